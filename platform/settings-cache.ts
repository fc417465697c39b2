// The popup's view of the settings: the background's validated copy, or (before the background has run) a
// validation of its own, loaded on demand so that the schema library stays off the common start-up path.
import { storage } from '@wxt-dev/storage';
import type { LoadedSettings } from './settings';

export const settingsCache = storage.defineItem<LoadedSettings | null>('session:settings', { fallback: null });

export async function loadPopupSettings(): Promise<LoadedSettings> {
  const cached = await settingsCache.getValue().catch(() => null);
  if (cached && typeof cached === 'object' && typeof cached.settings === 'object') return cached;
  const { loadSettings } = await import('./settings');
  return loadSettings();
}
