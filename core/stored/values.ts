// The small stored values read back: each is what this version writes, or the item's empty value.

import { isTime } from '../guards';
import { personNameLimit } from '../limits';

/** The person's name for the reports (local:personName). */
export const parsePersonName = (value: unknown): string =>
  typeof value === 'string' ? value.slice(0, personNameLimit) : '';

const version = /^\d{1,4}(\.\d{1,4}){0,3}$/;

/** A version this extension wrote (local:installedVersion). */
export const parseVersion = (value: unknown): string | null =>
  typeof value === 'string' && version.test(value) ? value : null;

/** The update still to announce (local:whatsNew). */
export function parseWhatsNew(value: unknown): { version: string; from?: string } | null {
  if (typeof value !== 'object' || value === null) return null;
  const { version: to, from } = value as Record<string, unknown>;
  const current = parseVersion(to);
  if (!current) return null;
  const previous = parseVersion(from);
  return { version: current, ...(previous ? { from: previous } : {}) };
}

/** This installation's id (local:installId): a UUID, made once. */
export const parseInstallId = (value: unknown): string | null =>
  typeof value === 'string' && /^[0-9a-f-]{36}$/i.test(value) ? value : null;

/** session:workerStarted: true once the worker ran in this browser session; anything else reads as not yet. */
export const parseWorkerStarted = (value: unknown): boolean => value === true;

/** local:historyClearedAt: when the user last cleared the history (a time), or null. */
export const parseClearedAt = (value: unknown): number | null => (isTime(value) && value > 0 ? value : null);
