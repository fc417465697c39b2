// The neighbours' stored items read back: Globalping's cached readings, the checks whose event was posted, and the
// options page's last result. A damaged value reads as empty.
import { isRecord, isTime } from '../guards';
import type { NeighboursReading } from '../neighbours';
import type { OutsideReading } from '../probes/outside';
import { parseNeighboursReading, parseOutsideReading } from './checks';

export type OutsideCache = OutsideReading[];

/** session:outsideCache: at most 20 readings, each as a check's record keeps it. */
export function parseOutsideCache(value: unknown): OutsideCache {
  if (!Array.isArray(value)) return [];
  return value.slice(-20).flatMap((r) => {
    const reading = parseOutsideReading(r);
    return reading ? [reading] : [];
  });
}

/** session:neighboursPosted: the last 50 checks' times. */
export function parseNeighboursPosted(value: unknown): number[] {
  return Array.isArray(value) ? value.filter(isTime).slice(-50) : [];
}

/** The options page's last word on the neighbours' topic: a test event sent, or the last poll's count. */
export interface NeighboursLast {
  kind: 'test' | 'poll';
  at: number;
  /** For a poll: the count (or why none); for a test: whether the topic took the event. */
  reading?: NeighboursReading;
  ok?: boolean;
  status?: number;
}

/** local:neighboursLast read back; null when there is none or it is damaged. */
export function parseNeighboursLast(value: unknown): NeighboursLast | null {
  if (!isRecord(value) || (value.kind !== 'test' && value.kind !== 'poll') || !isTime(value.at)) return null;
  const reading = parseNeighboursReading(value.reading);
  return {
    kind: value.kind,
    at: value.at,
    ...(reading ? { reading } : {}),
    ...(typeof value.ok === 'boolean' ? { ok: value.ok } : {}),
    ...(Number.isInteger(value.status) ? { status: value.status as number } : {}),
  };
}
