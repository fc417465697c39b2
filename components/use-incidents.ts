import { useEffect, useState } from 'preact/hooks';
import type { Incident } from '../core/incidents';

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
    void import('../platform/incidents').then(async ({ cachedIncidents, readIncidentFeed }) => {
      const cached = await cachedIncidents(url);
      if (live && cached) setIncidents(cached);
      const fresh = await readIncidentFeed(url);
      if (live && fresh) setIncidents(fresh);
    });
    return () => {
      live = false;
    };
  }, [url]);
  return incidents;
}
