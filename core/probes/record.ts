// One run of the automatic checks as the background script stores it (session storage) and the popup reads it
// back: its shape, and the defensive parser for what comes out of storage. Pure.

import { isRecord, isTime } from '../guards';
import type { WizardState } from '../wizard-state';
import { type Evidence, type ProbeResult, summarize } from './results';
import { type FeedReading, parseFeedReading } from './status-feed';

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

function parseKnownIncident(value: unknown): KnownIncident | undefined {
  if (!isRecord(value) || typeof value.id !== 'string' || value.id.length > 60) return undefined;
  const text = (v: unknown) => (typeof v === 'string' && v.length <= 60 ? v : undefined);
  const ticket = text(value.ticket);
  const since = text(value.since);
  return { id: value.id, ...(ticket ? { ticket } : {}), ...(since ? { since } : {}) };
}

const probeKinds: readonly unknown[] = ['internet', 'webmail', 'webmail-dns'];
const probeStatuses: readonly unknown[] = ['ok', 'dns-failure', 'unreachable', 'timeout'];

function parseProbe(value: unknown): ProbeResult | undefined {
  if (!isRecord(value)) return undefined;
  const { kind, host, status, ms } = value;
  if (!probeKinds.includes(kind) || !probeStatuses.includes(status) || typeof host !== 'string') return undefined;
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0 || ms > 3_600_000) return undefined;
  return { kind, host, status, ms } as ProbeResult;
}

/** Reads stored check results defensively: malformed probes are dropped, a malformed record is ignored. */
/** An outage is known: the consultant's open incident or Google's, or the webmail host failing. */
export function outageKnown(checks: ChecksRecord | null | undefined, evidence: Evidence): boolean {
  return evidence.webmail === 'down' || checks?.incident !== undefined || checks?.feed?.state === 'incident';
}

export function parseChecksRecord(value: unknown): ChecksRecord | null {
  if (!isRecord(value) || !isTime(value.requestedAt) || typeof value.providerId !== 'string') return null;
  const results = Array.isArray(value.results)
    ? value.results.map(parseProbe).filter((r): r is ProbeResult => r !== undefined)
    : null;
  const finishedAt = isTime(value.finishedAt) ? value.finishedAt : null;
  const feed = parseFeedReading(value.feed);
  const incident = parseKnownIncident(value.incident);
  return {
    requestedAt: value.requestedAt,
    providerId: value.providerId,
    results,
    finishedAt,
    ...(feed ? { feed } : {}),
    ...(incident ? { incident } : {}),
  };
}
