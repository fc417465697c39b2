import { useEffect, useState } from 'preact/hooks';
import type { Advisory } from '../../core/advisories/parse';
import { incidentsModule } from './use-incidents';

/** The consultant's advisories, from the last good reading of their feed (the first screen reads it afresh). */
export function useFeedAdvisories(url: string | undefined): Advisory[] {
  const [advisories, setAdvisories] = useState<Advisory[]>([]);
  useEffect(() => {
    if (!url) return;
    let live = true;
    void incidentsModule
      .load()
      .then(({ cachedAdvisories }) => cachedAdvisories(url))
      .then((read) => {
        if (live) setAdvisories(read);
      });
    return () => {
      live = false;
    };
  }, [url]);
  return advisories;
}
