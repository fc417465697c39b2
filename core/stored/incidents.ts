// The consultant's incidents as storage keeps them: the options page's drafts (local:incidentDraft) and the last good
// reading of the feed (local:incidents), read back with the feed's own rules (core/incidents/feed.ts).

import { type Advisory, parseFeedAdvisories } from '../advisories/parse';
import { isRecord, isTime, cleanText as plain } from '../guards';
import { incidentLimits, languageCode, parseIncidentFeed, providerIdPattern } from '../incidents/feed';
import type { Incident } from '../incidents/match';
import { incidentFieldLimit } from '../limits';

/**
 * The options page's incident drafts, read back: a draft may still lack its message (the feed then leaves it out),
 * but never a shape the writer cannot show. A malformed entry is dropped, never a crash (the review's L7).
 */
export function parseIncidentDrafts(value: unknown): Incident[] {
  if (!Array.isArray(value)) return [];
  return value.slice(0, incidentLimits.incidents).flatMap((raw): Incident[] => {
    if (!isRecord(raw)) return [];
    const id = plain(raw.id, incidentLimits.id);
    const providers = Array.isArray(raw.providers)
      ? raw.providers
          .filter((p): p is string => typeof p === 'string' && providerIdPattern.test(p))
          .slice(0, incidentLimits.providers)
      : [];
    const status = raw.status === 'open' || raw.status === 'resolved' ? raw.status : undefined;
    if (!id || !status || providers.length === 0) return [];
    const message: Record<string, string> = {};
    if (isRecord(raw.message)) {
      for (const [language, text] of Object.entries(raw.message).slice(0, 20)) {
        if (languageCode.test(language) && typeof text === 'string')
          message[language] = text.slice(0, incidentLimits.text);
      }
    }
    const since =
      typeof raw.since === 'string' && raw.since.length <= incidentFieldLimit ? raw.since : new Date(0).toISOString();
    const ticket = plain(raw.ticket, incidentLimits.id);
    return [{ id, providers, status, message, since, ...(ticket ? { ticket } : {}) }];
  });
}

/** The last good reading of the consultant's feed, as storage keeps it. */
export interface IncidentsCache {
  url: string;
  at: number;
  incidents: Incident[];
  /** The feed's advisories (optional in the feed: readers before 0.3 ignore them). */
  advisories?: Advisory[];
}

/** The last good reading of the consultant's feed: its address, when, its incidents and advisories re-checked. */
export function parseIncidentsCache(value: unknown): IncidentsCache | null {
  // The cache is a feed's shape plus its address and time: the feed's own readers check what it carries.
  const incidents = parseIncidentFeed(value);
  if (!incidents || !isRecord(value) || typeof value.url !== 'string' || !isTime(value.at)) return null;
  const advisories = parseFeedAdvisories(value);
  return { url: value.url, at: value.at, incidents, ...(advisories.length > 0 ? { advisories } : {}) };
}
