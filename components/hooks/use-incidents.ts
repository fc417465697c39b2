import { useEffect, useState } from 'preact/hooks';
import type { Incident } from '../../core/incidents/match';
import { lazy } from '../../core/lazy';

/** The feed's reader, loaded after the first paint (shared with the verdict's advisories). */
export const incidentsModule = lazy(() => import('../../platform/incidents'));

const retryLater = <T>(read: () => Promise<T>) =>
  new Promise<T>((done) => setTimeout(() => void read().then(done), 3000));

/**
 * The consultant's incidents: the last good reading at once, then the feed read afresh, after the first paint
 * (the reader is loaded on demand). No feed, or one that fails: none.
 */
export function useIncidents(url: string | undefined): Incident[] {
  const [incidents, setIncidents] = useState<Incident[]>([]);
  useEffect(() => {
    setIncidents([]);
    if (!url) return;
    let live = true;
    void incidentsModule.load().then(async ({ cachedIncidents, readIncidentFeed }) => {
      const cached = await cachedIncidents(url);
      if (live && cached) setIncidents(cached);
      // One more try after a moment: right after a browser start the network can be busy.
      const fresh = (await readIncidentFeed(url)) ?? (live ? await retryLater(() => readIncidentFeed(url)) : null);
      if (live && fresh) setIncidents(fresh);
    });
    return () => {
      live = false;
    };
  }, [url]);
  return incidents;
}
