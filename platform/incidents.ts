// Reads the consultant's incident feed: without cookies, within 2 s, at most 100 KB, every field checked; the last
// good reading is kept in local storage with its time. A feed that is late, unreachable, not JSON or malformed
// changes nothing (null).
import { type Incident, incidentLimits, parseIncidentFeed } from '../core/incidents';
import { logFailure } from './log';
import { incidentsItem } from './storage';

export const incidentFeedTimeoutMs = 2000;

export async function readIncidentFeed(url: string, fetchFn: typeof fetch = fetch): Promise<Incident[] | null> {
  try {
    const response = await fetchFn(url, {
      credentials: 'omit',
      cache: 'no-store',
      signal: AbortSignal.timeout(incidentFeedTimeoutMs),
    });
    if (!response.ok) return null;
    const text = await response.text();
    if (text.length > incidentLimits.bytes) return null;
    const incidents = parseIncidentFeed(JSON.parse(text));
    if (incidents) await incidentsItem.setValue({ url, at: Date.now(), incidents }).catch(() => undefined);
    return incidents;
  } catch (error) {
    logFailure('the incident feed could not be read', error);
    return null;
  }
}

/** The last good reading of this feed, if any. */
export async function cachedIncidents(url: string): Promise<Incident[] | null> {
  const cached = await incidentsItem.getValue().catch(() => null);
  return cached && cached.url === url ? (parseIncidentFeed({ incidents: cached.incidents }) ?? null) : null;
}
