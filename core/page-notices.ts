// The webmail page's own words, read once on the user's click (platform/page-reading.ts): the navigation's HTTP
// status, and which entry of core/data/webmail-notices.json its title and visible text match. The matching runs
// inside the page (readPageFacts is sent there whole), so that only an entry id and a status ever leave it.

import type { NoticeKind, PageReading } from './answers';
import data from './data/webmail-notices.json';
import { fold } from './fold';

export interface NoticeEntry {
  id: string;
  kind: NoticeKind;
  phrases: string[];
  examples: string[];
  source: string;
}

export const webmailNotices = data.notices as NoticeEntry[];
/** Statuses that say the server is unavailable, read as such without a known notice. */
export const unavailableStatuses: readonly number[] = data.statuses.unavailable;

/** What is sent into the page: each entry's id and its phrases, folded. */
export interface NoticePattern {
  id: string;
  phrases: string[];
}
export const noticePatterns: NoticePattern[] = webmailNotices.map((e) => ({
  id: e.id,
  phrases: e.phrases.map(fold),
}));

/**
 * Pages longer than this are not matched: a block page or a banner is short; an inbox is long, and its subjects could
 * carry the same words ("Kaspersky", "manutenzione programmata").
 */
export const pageTextLimit = 6000;

/** What the page gives back: at most an entry id and a status. */
export interface PageFacts {
  id?: string;
  status?: number;
}

/**
 * Runs inside the webmail tab (scripting.executeScript serialises it: no import, no outer name). Reads the
 * navigation's status and matches the title and visible text; returns only the matching entry's id and the status.
 */
export function readPageFacts(patterns: NoticePattern[], limit: number): PageFacts {
  // core/fold.ts's rule, written out: the function is sent into the page whole and can name nothing outside it.
  const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const navigation = performance.getEntriesByType('navigation')[0] as { responseStatus?: unknown } | undefined;
  const status = navigation?.responseStatus;
  // biome-ignore lint/performance/useDomNodeTextContent: the visible text, what the user sees, not hidden markup.
  const text = `${document.title}\n${document.body ? document.body.innerText : ''}`;
  let id: string | undefined;
  if (text.length <= limit) {
    const folded = fold(text);
    id = patterns.find((p) => p.phrases.some((phrase) => folded.includes(phrase)))?.id;
  }
  const facts: PageFacts = {};
  if (id !== undefined) facts.id = id;
  if (typeof status === 'number' && Number.isInteger(status) && status >= 100 && status < 600) facts.status = status;
  return facts;
}

/**
 * The reading kept from what the page gave back (checked again: a page can answer anything): a known entry with its
 * kind, or a failing status that says the server is unavailable; nothing otherwise.
 */
export function pageReadingOf(facts: unknown): PageReading | undefined {
  if (typeof facts !== 'object' || facts === null) return undefined;
  const { id, status } = facts as { id?: unknown; status?: unknown };
  const knownStatus =
    typeof status === 'number' && Number.isInteger(status) && status >= 100 && status < 600 ? status : undefined;
  const entry = webmailNotices.find((e) => e.id === id);
  if (entry) return { id: entry.id, kind: entry.kind, ...(knownStatus ? { status: knownStatus } : {}) };
  if (knownStatus && unavailableStatuses.includes(knownStatus)) {
    return { id: `http-${knownStatus}`, kind: 'unavailable', status: knownStatus };
  }
  return undefined;
}
