// The consultant's incident feed: "your consultant already knows". A JSON file the consultant publishes on any
// static host (with Access-Control-Allow-Origin: *); read without cookies, every field checked, size-limited.
// Pure: fetching and caching are in platform/incidents.ts.
import { isRecord, isTime, cleanText as plain } from '../guards';
import { idLimit } from '../limits';
import type { Incident } from './match';

export const incidentFeedFormat = 'webmail-first-incidents';
export const incidentFeedVersion = 1;

export const incidentLimits = { bytes: 100_000, incidents: 100, providers: 50, text: 500, id: idLimit } as const;

export const providerIdPattern = /^[a-z0-9][a-z0-9-]{0,39}$/;
const incidentId = /^[A-Za-z0-9][A-Za-z0-9._-]{0,59}$/;
export const languageCode = /^[a-z]{2,3}(-[A-Za-z]{2,4})?$/;

function parseIncident(value: unknown): Incident | undefined {
  if (!isRecord(value)) return undefined;
  const id = typeof value.id === 'string' && incidentId.test(value.id) ? value.id : undefined;
  const status = value.status === 'open' || value.status === 'resolved' ? value.status : undefined;
  const providers = Array.isArray(value.providers)
    ? value.providers
        .slice(0, incidentLimits.providers)
        .filter((p): p is string => typeof p === 'string' && providerIdPattern.test(p))
    : [];
  const message: Record<string, string> = {};
  if (isRecord(value.message)) {
    for (const [language, text] of Object.entries(value.message).slice(0, 20)) {
      const clean = plain(text, incidentLimits.text);
      if (languageCode.test(language) && clean) message[language] = clean;
    }
  }
  if (!id || !status || providers.length === 0 || Object.keys(message).length === 0) return undefined;
  // A date, and only a date: a `since` with a line break would forge lines in the report (the review's L1).
  const sinceText = plain(value.since, 40);
  const since = sinceText && isTime(Date.parse(sinceText)) ? sinceText : undefined;
  const ticket = plain(value.ticket, incidentLimits.id);
  return { id, providers, status, message, ...(since ? { since } : {}), ...(ticket ? { ticket } : {}) };
}

/**
 * The incidents of a feed, each checked; what does not fit is dropped, the rest kept. Accepts the versioned file
 * the options page writes and the bare `{ incidents: [...] }` shape. Null when it is not a feed at all.
 */
export function parseIncidentFeed(json: unknown): Incident[] | null {
  if (!isRecord(json) || !Array.isArray(json.incidents)) return null;
  if (json.format !== undefined && json.format !== incidentFeedFormat) return null;
  if (typeof json.version === 'number' && json.version > incidentFeedVersion) return null;
  return json.incidents
    .slice(0, incidentLimits.incidents)
    .map(parseIncident)
    .filter((i): i is Incident => i !== undefined);
}

/** The feed file the consultant publishes (the options page writes it). */
export function incidentFeedJson(incidents: readonly Incident[]): string {
  return `${JSON.stringify({ format: incidentFeedFormat, version: incidentFeedVersion, incidents }, null, 2)}\n`;
}
