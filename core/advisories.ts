// Dated changes that break mail on a known day (core/data/advisories.json, and the consultant's feed): which ones
// concern a check, on a given day. Pure: the clock is an argument. The shape and the feed's reader are in
// core/advisories/parse.ts (with the incident feed's reader, off the check screens' data).

import { type Advisory, day } from './advisories/parse';
import type { Reason, SecondAnswer } from './answers';
import data from './data/advisories.json';
import { enhancedStatusCodes } from './guards';

export const builtInAdvisories = data.advisories as Advisory[];

/** What a check shows about itself, for matching: its provider and, as known so far, its symptom. */
export interface CheckSituation {
  providerId: string;
  reason?: Reason | undefined;
  reader?: SecondAnswer | undefined;
  readingId?: string | undefined;
  errorText?: string | undefined;
}

/** Whether an advisory is current on `now` (from its start day, before its end day). */
export const current = (advisory: Advisory, now: number) => day(advisory.starts) <= now && now < day(advisory.ends);

/**
 * The advisories that concern a check now: current, for its provider, and explaining its symptom (a reason, where
 * the mailbox is read, the error's reading or one of its codes). An advisory naming no symptom never shows.
 */
export function advisoriesFor(advisories: readonly Advisory[], check: CheckSituation, now: number): Advisory[] {
  const codes = enhancedStatusCodes(check.errorText ?? '');
  const seen = new Set<string>();
  return advisories.filter((a) => {
    if (seen.has(a.id) || !current(a, now)) return false;
    if (a.providers && !a.providers.includes(check.providerId)) return false;
    if (a.notProviders?.includes(check.providerId)) return false;
    const matches =
      (check.reason !== undefined && (a.reasons ?? []).includes(check.reason)) ||
      (check.reader !== undefined && (a.readers ?? []).includes(check.reader)) ||
      (check.readingId !== undefined && (a.readings ?? []).includes(check.readingId)) ||
      (a.codes ?? []).some((code) => codes.has(code));
    if (matches) seen.add(a.id);
    return matches;
  });
}
