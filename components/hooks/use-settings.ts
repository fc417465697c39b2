import { useEffect, useState } from 'preact/hooks';
import { emptyLoadedSettings, type LoadedSettings } from '../../core/effective-settings';
import { lazy } from '../../core/lazy';
import { parseCachedSettings } from '../../core/stored/settings-cache';
import { logFailure } from '../../platform/log';
import { settingsCacheItem } from '../../platform/storage';

/** The validator and the managed read: after the first paint, never on the start-up path. */
const settingsModule = lazy(() => import('../../platform/settings'));

export interface SettingsHandle {
  loaded: LoadedSettings;
  /** True until the first fresh read lands when no validated copy was cached (the first run ever). */
  pending: boolean;
}

/**
 * The effective settings: the cached copy at once (never waiting for managed storage, whose first read after a
 * browser start takes seconds), then the fresh read, then every change the background script caches.
 */
export function useSettings(cached: LoadedSettings | null): SettingsHandle {
  const [loaded, setLoaded] = useState(cached ?? emptyLoadedSettings);
  const [pending, setPending] = useState(cached === null);
  useEffect(() => {
    const unwatch = settingsCacheItem.watch((value) => {
      const next = parseCachedSettings(value);
      if (next) setLoaded(next);
    });
    // After the first paint: the validator and the managed read are not on the start-up path.
    const timer = setTimeout(() => {
      void settingsModule
        .load()
        .then((m) => m.refreshSettingsCache())
        .then(setLoaded)
        .catch((error: unknown) => logFailure('settings not read', error))
        .finally(() => setPending(false));
    }, 0);
    return () => {
      unwatch();
      clearTimeout(timer);
    };
  }, []);
  return { loaded, pending };
}
