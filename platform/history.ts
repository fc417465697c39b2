// Records each finished check in the history (background script).
import { findProvider } from '../core/catalogue';
import type { Evidence } from '../core/checks';
import { recordEntry } from '../core/history';
import type { Provider } from '../core/provider';
import { builtInProviders } from '../core/providers';
import { type ChecksRecord, currentChecks, screenOf, type WizardState } from '../core/wizard';
import { historyItem, loadHistory } from './storage';

/** Adds or updates the history entry of the current check once it has a verdict. */
export async function recordVerdict(
  state: WizardState,
  checks: ChecksRecord | null,
  evidence: Evidence,
  catalogue: readonly Provider[] = builtInProviders,
): Promise<void> {
  const screen = screenOf(state, evidence);
  const provider = findProvider(state.providerId, catalogue);
  if (screen.kind !== 'verdict' || state.openedAt === null || !provider) return;
  const run = currentChecks(state, checks);
  const entry = {
    at: state.openedAt,
    providerId: provider.id,
    providerName: provider.name,
    webmailUrl: provider.webmailUrl,
    verdict: screen.verdict,
    reason: screen.reason,
    answers: state.answers,
    results: run?.results ?? null,
    ...(run?.feed ? { feed: run.feed } : {}),
    ...(state.address ? { address: state.address } : {}),
  };
  const history = await loadHistory();
  const existing = history.find((e) => e.at === entry.at);
  if (existing && JSON.stringify(existing) === JSON.stringify(entry)) return;
  await historyItem.setValue(recordEntry(history, entry));
}
