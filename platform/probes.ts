// Runs the automatic checks for the current wizard state and stores the results (background script).

import { builtInProviders } from '../core/catalogue/built-in';
import { findProvider } from '../core/catalogue/choose';
import type { Provider } from '../core/catalogue/provider';
import { openIncidentFor } from '../core/incidents/match';
import type { ChecksRecord, KnownIncident } from '../core/probes/record';
import { probeTimeoutMs } from '../core/probes/results';
import { runChecks } from '../core/probes/run';
import { type FeedReading, readGoogleIncidents, statusFeedUrls } from '../core/probes/status-feed';
import { parseChecksRecord } from '../core/stored/checks';
import type { WizardState } from '../core/wizard-state';
import { cachedIncidents, readIncidentFeed } from './incidents';
import { withLock } from './lock';
import { logFailure } from './log';
import { checksItem, loadCachedSettings, loadWizard } from './storage';

async function readFeed(provider: Provider): Promise<FeedReading | undefined> {
  if (!provider.statusFeed) return undefined;
  try {
    const response = await fetch(statusFeedUrls[provider.statusFeed], {
      credentials: 'omit',
      cache: 'no-store',
      signal: AbortSignal.timeout(probeTimeoutMs),
    });
    if (!response.ok) return { state: 'unavailable' };
    return readGoogleIncidents(await response.json());
  } catch (error) {
    // Shown as "could not be read"; logged for whoever looks at the console.
    logFailure('the status feed could not be read', error);
    return { state: 'unavailable' };
  }
}

/** The consultant's open incident on the provider, read from their feed (as the settings name it), if any. */
async function consultantIncident(providerId: string): Promise<KnownIncident | undefined> {
  const url = (await loadCachedSettings())?.settings.incidentFeedUrl;
  if (!url) return undefined;
  const incidents = (await readIncidentFeed(url)) ?? (await cachedIncidents(url));
  const open = openIncidentFor(incidents ?? [], providerId);
  return open
    ? { id: open.id, ...(open.ticket ? { ticket: open.ticket } : {}), ...(open.since ? { since: open.since } : {}) }
    : undefined;
}

/**
 * A change to the checks' record, read and written under one lock by its two writers (the checks' run here, the
 * neighbours' readings in platform/neighbours.ts), so that neither write loses the other. `null`: no change.
 */
export function changeChecks(change: (current: ChecksRecord | null) => ChecksRecord | null): Promise<void> {
  return withLock('checks', async () => {
    const next = change(parseChecksRecord(await checksItem.getValue().catch(() => null)));
    if (next) await checksItem.setValue(next);
  });
}

const running = new Set<number>();

/** Runs the checks the state asks for, once per request; results for a superseded request are dropped. */
export async function runRequestedChecks(state: WizardState, catalogue: readonly Provider[] = builtInProviders) {
  if (state.stage !== 'opened') return;
  const requestedAt = state.checkRequestedAt;
  const provider = findProvider(state.providerId, catalogue);
  if (!provider || running.has(requestedAt)) return;
  running.add(requestedAt);
  try {
    const base = { requestedAt, providerId: provider.id };
    await checksItem.setValue({ ...base, results: null, finishedAt: null });
    const [results, feed, incident] = await Promise.all([
      runChecks(provider.webmailUrl),
      readFeed(provider),
      consultantIncident(provider.id),
    ]);
    const now = await loadWizard();
    if (now.stage !== 'opened' || now.checkRequestedAt !== requestedAt) return;
    // The neighbours' readings may already be there (platform/neighbours.ts): kept.
    await changeChecks((stored) => {
      const kept = stored?.requestedAt === requestedAt ? stored : undefined;
      return {
        ...base,
        results,
        finishedAt: Date.now(),
        ...(feed ? { feed } : {}),
        ...(incident ? { incident } : {}),
        ...(kept?.outside ? { outside: kept.outside } : {}),
        ...(kept?.neighbours ? { neighbours: kept.neighbours } : {}),
      };
    });
  } finally {
    running.delete(requestedAt);
  }
}
