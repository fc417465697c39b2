// Reads the consultant's incident feed: without cookies, within 2 s, at most 100 KB, every field checked; the last
// good reading is kept in local storage with its time. A feed that is late, unreachable, not JSON or malformed
// changes nothing (null).
import { type Advisory, parseFeedAdvisories } from '../core/advisories/parse';
import { incidentLimits, parseIncidentFeed } from '../core/incidents/feed';
import type { Incident } from '../core/incidents/match';
import { parseIncidentsCache } from '../core/stored/incidents';
import { logFailure } from './log';
import { incidentsItem } from './storage';

export const incidentFeedTimeoutMs = 2000;

/**
 * The body as text, or null when it is larger than `limit` bytes: read as it arrives and cut off there, never whole
 * first (a hostile or broken feed of gigabytes would be held in memory before the check).
 */
export async function textWithin(response: Response, limit: number): Promise<string | null> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) {
    await response.body?.cancel().catch(() => undefined);
    return null;
  }
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

export async function readIncidentFeed(url: string, fetchFn: typeof fetch = fetch): Promise<Incident[] | null> {
  try {
    const response = await fetchFn(url, {
      // A redirect could lead the feed's simple GET to any host (the review's L10): it is a failure instead.
      redirect: 'error',
      credentials: 'omit',
      cache: 'no-store',
      signal: AbortSignal.timeout(incidentFeedTimeoutMs),
    });
    if (!response.ok) return null;
    const text = await textWithin(response, incidentLimits.bytes);
    if (text === null) return null;
    const json: unknown = JSON.parse(text);
    const incidents = parseIncidentFeed(json);
    const advisories = parseFeedAdvisories(json);
    if (incidents) {
      await incidentsItem
        .setValue({ url, at: Date.now(), incidents, ...(advisories.length > 0 ? { advisories } : {}) })
        .catch(() => undefined);
    }
    return incidents;
  } catch (error) {
    logFailure('the incident feed could not be read', error);
    return null;
  }
}

/** The advisories of the last good reading of this feed (none when there is no feed or it carries none). */
export async function cachedAdvisories(url: string): Promise<Advisory[]> {
  const cached = parseIncidentsCache(await incidentsItem.getValue().catch(() => null));
  return cached?.url === url ? (cached.advisories ?? []) : [];
}

/** The last good reading of this feed, if any. */
export async function cachedIncidents(url: string): Promise<Incident[] | null> {
  const cached = parseIncidentsCache(await incidentsItem.getValue().catch(() => null));
  return cached?.url === url ? cached.incidents : null;
}
