// The neighbours' stored items (platform/neighbours.ts uses them, the background alone, and the options page's last
// poll): in a module of their own, off the popup's first paint. Listed in ./index.ts's table.
import { storage } from '@wxt-dev/storage';
import type { NeighboursLast, OutsideCache } from '../../core/stored/neighbours';

/** Globalping's last readings by host and port, reused for five minutes (several checks in an office ask once). */
export const outsideCacheItem = storage.defineItem<OutsideCache>('session:outsideCache', { fallback: [] });

/** The checks whose event went to the neighbours' topic (their times): one event per check. */
export const neighboursPostedItem = storage.defineItem<number[]>('session:neighboursPosted', { fallback: [] });

/** The neighbours' last poll or test event: what the options page shows. */
export const neighboursLastItem = storage.defineItem<NeighboursLast | null>('local:neighboursLast', { fallback: null });
