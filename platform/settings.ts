// Settings: the administrator's policy (storage.managed) over the user's own (options page), validated.
// Loaded on demand by the pages (the validator is not on the popup's start-up path).
import { browser } from 'wxt/browser';
import { builtInProviders } from '../core/catalogue/built-in';
import { type LoadedSettings, mergeSettings, settingsCacheFormat } from '../core/effective-settings';
import { type SettingsKey, validateLocalSettings, validateSettings } from '../core/settings';
import { withLock } from './lock';
import { logFailure } from './log';
import { localSettingsItem, settingsCacheItem } from './storage';

const builtInIds = builtInProviders.map((p) => p.id);

/** Firefox throws when no policy exists for the extension; Chromium answers {}. Both mean "no policy". */
async function readManaged(): Promise<unknown> {
  try {
    return (await browser.storage.managed.get()) ?? {};
  } catch {
    // Expected, not a failure: Firefox rejects when no policy names the extension.
    return {};
  }
}

function loadedFrom(managedRaw: unknown, localRaw: unknown): LoadedSettings {
  const managed = validateSettings(managedRaw, builtInIds);
  const local = validateLocalSettings(localRaw, builtInIds);
  return {
    settings: mergeSettings(managed.settings, local.settings),
    managed: managed.settings,
    managedKeys: Object.keys(managed.settings) as SettingsKey[],
    managedErrors: managed.errors,
    localErrors: local.errors,
  };
}

const readLocal = () => localSettingsItem.getValue().catch(() => ({}));

/** The user's own settings alone, validated: what a page can show before the policy read lands. */
export async function loadLocalSettings(): Promise<LoadedSettings> {
  return loadedFrom({}, await readLocal());
}

/** Policy and the user's own settings, read afresh. The first managed read after a browser start takes seconds. */
export async function loadSettings(): Promise<LoadedSettings> {
  const [managedRaw, localRaw] = await Promise.all([readManaged(), readLocal()]);
  return loadedFrom(managedRaw, localRaw);
}

/** JSON with the keys in order: storage hands objects back with their keys sorted. */
const stableJson = (value: unknown): string =>
  JSON.stringify(value, (_, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );

/** Writes the validated copy, unless it is unchanged (every write wakes the listeners of every open page). */
async function writeCopy(loaded: LoadedSettings): Promise<void> {
  const cached = await settingsCacheItem.getValue().catch(() => null);
  const { at: _at, ...previous } = cached ?? { at: 0 };
  const next = { format: settingsCacheFormat, ...loaded };
  if (stableJson(previous) === stableJson(next)) return;
  await settingsCacheItem.setValue({ ...next, at: Date.now() }).catch((error: unknown) => {
    logFailure('the settings copy could not be stored', error);
  });
}

/**
 * Keeps the validated copy that the pages paint from at their next start. The background, the popup and the options
 * page all write it, one at a time (platform/lock.ts, a Web Lock shared by every context of the extension), and each
 * reads the settings it copies inside the same lock: a refresh that read before a save can no longer write after it
 * (the review's L7: the read happened before the lock, so a slow first policy read landed an old copy last).
 */
function cacheSettings(read: () => Promise<LoadedSettings>): Promise<LoadedSettings> {
  return withLock('settings-cache', async () => {
    const loaded = await read();
    await writeCopy(loaded);
    return loaded;
  });
}

/**
 * Reads the settings afresh and keeps the validated copy. The first managed read after a browser start takes
 * seconds: a save made meanwhile waits for the lock and then writes its own, newer copy.
 */
export function refreshSettingsCache(): Promise<LoadedSettings> {
  return cacheSettings(loadSettings);
}

/** Calls back when the policy or the user's settings change (no reinstall needed for a new policy). */
export function watchSettings(callback: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || (area === 'local' && 'settings' in changes)) callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * Stores the user's own settings (the keys the policy sets are left out: the policy decides those), and the
 * validated copy with the policy as `current` knows it, so that a popup opened next uses them at once.
 */
export async function saveLocalSettings(
  input: Record<string, unknown>,
  current: LoadedSettings,
): Promise<LoadedSettings> {
  const managedKeys: readonly string[] = current.managedKeys;
  const own = Object.fromEntries(Object.entries(input).filter(([key]) => !managedKeys.includes(key)));
  await localSettingsItem.setValue(own);
  const local = validateLocalSettings(own, builtInIds);
  const next = {
    ...current,
    settings: mergeSettings(current.managed ?? {}, local.settings),
    localErrors: local.errors,
  };
  return cacheSettings(async () => next);
}
