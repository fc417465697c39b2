// The automatic checks' latest run (session:checks) read back: on the popup's first paint. The provider feed's
// reading inside it goes through the same cleaning as the feed itself (core/probes/status-feed.ts).

import { isRecord, isTime } from '../guards';
import { idLimit, incidentFieldLimit } from '../limits';
import type { NeighboursReading } from '../neighbours';
import type { OutsideReading } from '../probes/outside';
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

const outsideStates: readonly unknown[] = ['up', 'down', 'mixed', 'unavailable'];
const outsideWhys: readonly unknown[] = ['offline', 'rate-limited', 'service-error', 'no-probes', 'timeout'];
const shortText = (value: unknown) => (typeof value === 'string' ? value.slice(0, 60) : '');

/** Other networks' probes as stored: a damaged reading is no reading. */
export function parseOutsideReading(value: unknown): OutsideReading | undefined {
  if (!isRecord(value) || !outsideStates.includes(value.state) || typeof value.host !== 'string') return undefined;
  if (!Number.isInteger(value.port) || !isTime(value.at)) return undefined;
  const probes = (Array.isArray(value.probes) ? value.probes : [])
    .slice(0, 10)
    .flatMap((p) =>
      isRecord(p) && typeof p.answered === 'boolean'
        ? [{ city: shortText(p.city), network: shortText(p.network), answered: p.answered }]
        : [],
    );
  const id = typeof value.id === 'string' && /^[\w-]{1,60}$/.test(value.id) ? value.id : undefined;
  return {
    state: value.state as OutsideReading['state'],
    host: value.host.slice(0, 253),
    port: value.port as number,
    at: value.at,
    probes,
    ...(id ? { id } : {}),
    ...(outsideWhys.includes(value.why) ? { why: value.why as OutsideReading['why'] } : {}),
  };
}

const neighbourWhys: readonly unknown[] = ['offline', 'refused', 'service-error', 'timeout'];

/** The neighbours' count as stored: a damaged reading is no reading. */
export function parseNeighboursReading(value: unknown): NeighboursReading | undefined {
  if (!isRecord(value) || (value.state !== 'counted' && value.state !== 'unavailable') || !isTime(value.at)) {
    return undefined;
  }
  const count =
    Number.isInteger(value.count) && (value.count as number) >= 0 ? Math.min(value.count as number, 999) : 0;
  return {
    state: value.state,
    count,
    at: value.at,
    ...(neighbourWhys.includes(value.why) ? { why: value.why as NeighboursReading['why'] } : {}),
  };
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
  const outside = parseOutsideReading(value.outside);
  const neighbours = parseNeighboursReading(value.neighbours);
  return {
    requestedAt: value.requestedAt,
    providerId: value.providerId,
    results,
    finishedAt,
    ...(feed ? { feed } : {}),
    ...(incident ? { incident } : {}),
    ...(outside ? { outside } : {}),
    ...(neighbours ? { neighbours } : {}),
  };
}
