// One run of the automatic checks as the background script stores it (session storage) and the popup reads it
// back: its shape (core/stored/checks.ts reads it back). Pure.

import type { NeighboursReading } from '../neighbours';
import type { WizardState } from '../wizard-state';
import type { OutsideReading } from './outside';
import { type Evidence, type ProbeResult, summarize } from './results';
import type { FeedReading } from './status-feed';

/** One run of the automatic checks, written by the background script. */
export interface ChecksRecord {
  /** The wizard's checkRequestedAt this run answers. */
  requestedAt: number;
  providerId: string;
  /** Null while the checks run. */
  results: ProbeResult[] | null;
  finishedAt: number | null;
  /** The provider's incident feed, where it has one. */
  feed?: FeedReading;
  /** The consultant's open incident on this provider, when their feed has one: recorded with the check. */
  incident?: KnownIncident;
  /** Other networks' probes (Globalping), asked once the user said the webmail, the login or the inbox failed. */
  outside?: OutsideReading;
  /** The consultant's other clients (the neighbours' topic), asked at the same moment. */
  neighbours?: NeighboursReading;
}

/** An incident the consultant already knows of, as the report and the history keep it. */
export interface KnownIncident {
  id: string;
  ticket?: string;
  since?: string;
}

/** The checks belonging to the current request, if any. */
export function currentChecks(state: WizardState, checks: ChecksRecord | null | undefined): ChecksRecord | undefined {
  return checks && state.stage === 'opened' && checks.requestedAt === state.checkRequestedAt ? checks : undefined;
}

export function evidenceOf(state: WizardState, checks: ChecksRecord | null | undefined): Evidence {
  return summarize(currentChecks(state, checks)?.results);
}

/** Other sites failing on the same provider that make it an outage, whatever this screen says. */
export const neighboursOutage = 2;

/** Somebody else says the service is down: an open incident (the consultant's, Google's), or other clients failing. */
function othersSayDown(checks: ChecksRecord | null | undefined): boolean {
  return (
    checks?.incident !== undefined ||
    checks?.feed?.state === 'incident' ||
    (checks?.neighbours?.count ?? 0) >= neighboursOutage
  );
}

/**
 * An outage is known: the consultant's open incident or Google's, the webmail host failing, every probe on other
 * networks failing, or two other clients of the consultant failing on the same provider in the last half hour.
 */
export function outageKnown(checks: ChecksRecord | null | undefined, evidence: Evidence): boolean {
  return evidence.webmail === 'down' || checks?.outside?.state === 'down' || othersSayDown(checks);
}

/** Other networks reach the provider's servers, and nobody else says the service is down. */
export function elsewhereUp(checks: ChecksRecord | null | undefined): boolean {
  return checks?.outside?.state === 'up' && !othersSayDown(checks);
}

/** What a check's history entry keeps of its run: the results and the readings beside them, where there are any. */
export function checksOfEntry(run: Partial<ChecksRecord> | null | undefined) {
  return {
    results: run?.results ?? null,
    ...(run?.feed ? { feed: run.feed } : {}),
    ...(run?.incident ? { incident: run.incident } : {}),
    ...(run?.outside ? { outside: run.outside } : {}),
    ...(run?.neighbours ? { neighbours: run.neighbours } : {}),
  };
}
