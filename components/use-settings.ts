import { useEffect, useState } from 'preact/hooks';
import type { LoadedSettings } from '../platform/settings';
import { settingsCache } from '../platform/settings-cache';

/** The effective settings, refreshed when the background script sees a policy or options change. */
export function useSettings(initial: LoadedSettings): LoadedSettings {
  const [loaded, setLoaded] = useState(initial);
  useEffect(() => settingsCache.watch((value) => value && setLoaded(value)), []);
  return loaded;
}
