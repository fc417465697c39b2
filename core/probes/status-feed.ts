// Public incident feeds of providers, read where one exists. Pure parsing; the fetch is in the glue.
// "No incident reported" never proves a service works: the UI always says so.
import { isRecord, isTime, unsafeTextCharacters } from '../guards';

export type StatusFeed = 'google-workspace';

export const statusFeedUrls: Record<StatusFeed, string> = {
  'google-workspace': 'https://www.google.com/appsstatus/dashboard/incidents.json',
};

export type FeedReading =
  | { state: 'incident'; title: string; since?: string }
  | { state: 'none' }
  /** The feed could not be fetched or read. */
  | { state: 'unavailable' };

/** Google's words, on one line: control and direction characters become spaces (they would forge report lines). */
export const feedText = (value: unknown) =>
  typeof value === 'string'
    ? value.replace(new RegExp(unsafeTextCharacters.source, 'g'), ' ').trim().slice(0, 300)
    : '';
/** A date Google gives, only when it is one. */
export const feedDate = (value: unknown) =>
  typeof value === 'string' && value.length <= 40 && !unsafeTextCharacters.test(value) && isTime(Date.parse(value))
    ? value
    : undefined;

/**
 * Google Workspace Status Dashboard's incidents.json: an array of incidents with `service_name`,
 * `affected_products[].title`, `begin`, `end` (absent or empty while ongoing), `external_desc`.
 * Returns the newest ongoing incident affecting the product (Gmail).
 */
export function readGoogleIncidents(json: unknown, product = 'Gmail', now = Date.now()): FeedReading {
  if (!Array.isArray(json)) return { state: 'unavailable' };
  const ongoing = json.filter(isRecord).filter((incident) => {
    const products = Array.isArray(incident.affected_products) ? incident.affected_products : [];
    const affects = incident.service_name === product || products.some((p) => isRecord(p) && p.title === product);
    const end = typeof incident.end === 'string' && incident.end !== '' ? Date.parse(incident.end) : Number.NaN;
    return affects && (Number.isNaN(end) || end > now);
  });
  const newest = ongoing.sort((a, b) => String(b.begin ?? '').localeCompare(String(a.begin ?? '')))[0];
  if (!newest) return { state: 'none' };
  const title = feedText(newest.external_desc);
  const since = feedDate(newest.begin);
  return { state: 'incident', title, ...(since ? { since } : {}) };
}
