import { useEffect, useState } from 'preact/hooks';
import { type LoadedSettings, loadSettings, watchSettings } from '../platform/settings';

/** The effective settings, refreshed when a policy or the options page changes them. */
export function useSettings(initial: LoadedSettings): LoadedSettings {
  const [loaded, setLoaded] = useState(initial);
  useEffect(() => watchSettings(() => void loadSettings().then(setLoaded)), []);
  return loaded;
}
