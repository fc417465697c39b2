// An advisory's shape, and the consultant's feed's advisories read with the feed's own care (core/incidents/feed.ts):
// every field checked, lists of plain identifiers only, texts cut to one line. Pure.
import { isRecord, cleanText as plain } from '../guards';

export interface Advisory {
  id: string;
  /** The day it starts to matter (YYYY-MM-DD): shown from then. */
  starts: string;
  /** The day it stops mattering: never shown from then on. */
  ends: string;
  /** The providers it concerns (catalogue ids); any when absent. */
  providers?: string[];
  /** Providers it never concerns (Gmail fetching Gmail). */
  notProviders?: string[];
  /** Where the mailbox is read (the reader question's answers). */
  readers?: string[];
  /** The verdict reasons it explains. */
  reasons?: string[];
  /** The error reader's entries it explains. */
  readings?: string[];
  /** SMTP status codes in the pasted error it explains. */
  codes?: string[];
  /** Whom it sends the user to. */
  who: 'consultant' | 'technician' | 'user';
  text: { it: string; en: string };
  source?: string;
}

/** Midnight UTC of a YYYY-MM-DD day. */
export const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const advisoryId = /^[A-Za-z0-9][A-Za-z0-9._-]{0,59}$/;
const identifier = /^[a-z0-9][a-z0-9.-]{0,59}$/;
const listOf = (value: unknown, pattern: RegExp) =>
  Array.isArray(value) ? value.slice(0, 30).filter((v): v is string => typeof v === 'string' && pattern.test(v)) : [];

/**
 * One advisory, checked: an id, two real days in order, texts in both languages, whom to call; lists of plain
 * identifiers only (a code as 5.7.30). Undefined when it does not fit.
 */
export function parseAdvisory(value: unknown): Advisory | undefined {
  if (!isRecord(value)) return undefined;
  const { id, starts, ends, who } = value;
  if (typeof id !== 'string' || !advisoryId.test(id)) return undefined;
  if (typeof starts !== 'string' || typeof ends !== 'string' || !isoDay.test(starts) || !isoDay.test(ends)) {
    return undefined;
  }
  if (!(day(starts) < day(ends))) return undefined;
  if (who !== 'consultant' && who !== 'technician' && who !== 'user') return undefined;
  const text = isRecord(value.text) ? value.text : {};
  const it = plain(text.it, 500);
  const en = plain(text.en, 500);
  if (!it || !en) return undefined;
  const lists = {
    providers: listOf(value.providers, identifier),
    notProviders: listOf(value.notProviders, identifier),
    readers: listOf(value.readers, identifier),
    reasons: listOf(value.reasons, identifier),
    readings: listOf(value.readings, identifier),
    codes: listOf(value.codes, /^[245]\.\d{1,3}\.\d{1,3}$/),
  };
  const kept = Object.fromEntries(Object.entries(lists).filter(([, list]) => list.length > 0));
  const source = plain(value.source, 500);
  return { id, starts, ends, who, text: { it, en }, ...kept, ...(source ? { source } : {}) };
}

/** The advisories a feed carries (an optional `advisories` list, at most 30): those that fit. */
export function parseFeedAdvisories(json: unknown): Advisory[] {
  if (!isRecord(json) || !Array.isArray(json.advisories)) return [];
  return json.advisories.slice(0, 30).flatMap((a) => {
    const advisory = parseAdvisory(a);
    return advisory ? [advisory] : [];
  });
}
