// Records each finished check in the history (background script).

import { builtInProviders } from '../core/catalogue/built-in';
import type { Provider } from '../core/catalogue/provider';
import { entryOf, type HistoryEntry, recordEntry } from '../core/history';
import type { ChecksRecord } from '../core/probes/record';
import type { Evidence } from '../core/probes/results';
import { parseHistory } from '../core/stored/history';
import { parseClearedAt } from '../core/stored/values';
import type { WizardState } from '../core/wizard-state';
import { withLock } from './lock';
import { logFailure } from './log';
import { historyClearedAtItem, historyItem } from './storage/reports';

/** The stored history, validated: corrupt entries dropped, the rest kept. */
export async function loadHistory(): Promise<HistoryEntry[]> {
  try {
    return parseHistory(await historyItem.getValue());
  } catch (error) {
    logFailure('the history could not be read', error);
    return [];
  }
}

/** Adds or updates the history entry of the current check once it has a verdict. */
export async function recordVerdict(
  state: WizardState,
  checks: ChecksRecord | null,
  evidence: Evidence,
  catalogue: readonly Provider[] = builtInProviders,
): Promise<void> {
  const entry = entryOf(state, checks, evidence, catalogue);
  if (!entry) return;
  // Read and written under one lock with "clear history": a clear is never undone by a write that read before it.
  await withLock('history', async () => {
    const clearedAt = parseClearedAt(await historyClearedAtItem.getValue());
    if (clearedAt !== null && (entry.answeredAt ?? entry.at) <= clearedAt) return;
    const history = await loadHistory();
    const existing = history.find((e) => e.at === entry.at);
    if (existing && JSON.stringify(existing) === JSON.stringify(entry)) return;
    await historyItem.setValue(recordEntry(history, entry));
  });
}

/** Clears the history, in turn with the background's writes, and for good: no check answered before now comes back. */
export function clearHistory(): Promise<void> {
  return withLock('history', async () => {
    await historyClearedAtItem.setValue(Date.now());
    await historyItem.setValue([]);
  });
}
