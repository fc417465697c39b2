// The popup's view of the settings: the background's validated copy, or (before the background has run) a
// validation of its own, loaded on demand so that the schema library stays off the common start-up path.
import { storage } from '@wxt-dev/storage';
import type { LoadedSettings } from './settings';

export const settingsCache = storage.defineItem<LoadedSettings | null>('session:settings', { fallback: null });

const isLoadedSettings = (value: unknown): value is LoadedSettings =>
  typeof value === 'object' && value !== null && typeof (value as LoadedSettings).settings === 'object';

/** `early`: the cache as the early read (public/popup-start.js) found it, when there was one. */
export async function loadPopupSettings(early?: unknown): Promise<LoadedSettings> {
  if (isLoadedSettings(early)) return early;
  const cached = early === undefined ? await settingsCache.getValue().catch(() => null) : null;
  if (isLoadedSettings(cached)) return cached;
  const { loadSettings } = await import('./settings');
  return loadSettings();
}
