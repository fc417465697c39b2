// One run of the automatic checks as the background script stores it (session storage) and the popup reads it
// back: its shape (core/stored/checks.ts reads it back). Pure.

import type { WizardState } from '../wizard-state';
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

/** An outage is known: the consultant's open incident or Google's, or the webmail host failing. */
export function outageKnown(checks: ChecksRecord | null | undefined, evidence: Evidence): boolean {
  return evidence.webmail === 'down' || checks?.incident !== undefined || checks?.feed?.state === 'incident';
}
