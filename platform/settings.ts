// Settings: the administrator's policy (storage.managed) over the user's own (options page), validated.
import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import { mergeSettings } from '../core/effective-settings';
import { builtInProviders } from '../core/providers';
import { type Settings, type SettingsKey, validateSettings } from '../core/settings';
import { settingsCache } from './settings-cache';

/** The user's own settings (options page or an imported file), stored as entered and validated on every read. */
export const localSettingsItem = storage.defineItem<Record<string, unknown>>('local:settings', { fallback: {} });

const builtInIds = builtInProviders.map((p) => p.id);

export interface LoadedSettings {
  settings: Settings;
  /** What the policy alone sets (read-only on the options page). */
  managed?: Settings;
  /** The keys set by policy: shown read-only on the options page. */
  managedKeys: SettingsKey[];
  managedErrors: string[];
  localErrors: string[];
}

export const noSettings: LoadedSettings = { settings: {}, managedKeys: [], managedErrors: [], localErrors: [] };

/** Firefox throws when no policy exists for the extension; Chromium answers {}. Both mean "no policy". */
async function readManaged(): Promise<unknown> {
  try {
    return (await browser.storage.managed.get()) ?? {};
  } catch {
    return {};
  }
}

export async function loadSettings(): Promise<LoadedSettings> {
  const [managedRaw, localRaw] = await Promise.all([readManaged(), localSettingsItem.getValue().catch(() => ({}))]);
  const managed = validateSettings(managedRaw, builtInIds);
  const local = validateSettings(localRaw, builtInIds);
  return {
    settings: mergeSettings(managed.settings, local.settings),
    managed: managed.settings,
    managedKeys: Object.keys(managed.settings) as SettingsKey[],
    managedErrors: managed.errors,
    localErrors: local.errors,
  };
}

/**
 * The effective settings, validated by the background script and kept here for the popup, so that the popup's
 * start-up path needs no validator. The popup falls back to validating itself when the cache is not there yet.
 */
export async function refreshSettingsCache(): Promise<LoadedSettings> {
  const loaded = await loadSettings();
  await settingsCache.setValue(loaded);
  return loaded;
}

/** Calls back when the policy or the user's settings change (no reinstall needed for a new policy). */
export function watchSettings(callback: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || (area === 'local' && 'settings' in changes)) callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Stores the user's own settings (the keys the policy sets are left out: the policy decides those). */
export async function saveLocalSettings(input: Record<string, unknown>, managedKeys: readonly string[]): Promise<void> {
  const own = Object.fromEntries(Object.entries(input).filter(([key]) => !managedKeys.includes(key)));
  await localSettingsItem.setValue(own);
}
