// The automatic checks' latest run (session:checks) read back: on the popup's first paint. The provider feed's
// reading inside it goes through the same cleaning as the feed itself (core/probes/status-feed.ts).

import { isRecord, isTime } from '../guards';
import { idLimit, incidentFieldLimit } from '../limits';
import type { ChecksRecord, KnownIncident } from '../probes/record';
import type { ProbeResult } from '../probes/results';
import { type FeedReading, feedDate, feedText } from '../probes/status-feed';

/** A stored reading read back defensively: anything else is no reading. */
export function parseFeedReading(value: unknown): FeedReading | undefined {
  if (!isRecord(value)) return undefined;
  if (value.state === 'none' || value.state === 'unavailable') return { state: value.state };
  if (value.state === 'incident' && typeof value.title === 'string') {
    const since = feedDate(value.since);
    return { state: 'incident', title: feedText(value.title), ...(since ? { since } : {}) };
  }
  return undefined;
}

function parseKnownIncident(value: unknown): KnownIncident | undefined {
  if (!isRecord(value) || typeof value.id !== 'string' || value.id.length > idLimit) return undefined;
  const text = (v: unknown) => (typeof v === 'string' && v.length <= incidentFieldLimit ? v : undefined);
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
