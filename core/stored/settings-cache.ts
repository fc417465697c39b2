// The copy of the settings the popup and options page paint from (local:settingsCache) read back: on the first
// paint, so a shape check only (the copy was validated by this code when it was written).

import type { LoadedSettings } from '../effective-settings';
import { settingsCacheFormat } from '../effective-settings';
import { isRecord } from '../guards';
import type { Settings, SettingsKey } from '../settings';
import type { ValidationError } from '../validation-messages';

/** Errors as the copy holds them: a shape check (the English lines of a 0.1 copy are dropped until the next read). */
const errorList = (value: unknown): ValidationError[] =>
  Array.isArray(value) ? (value.filter(isRecord) as unknown as ValidationError[]) : [];

/**
 * The cached copy as stored, or null when there is none or it is not of this format. The copy was validated
 * when it was written (by this code): a shape check is enough here, and keeps the validator off the start-up path.
 */
export function parseCachedSettings(value: unknown): LoadedSettings | null {
  if (!isRecord(value) || value.format !== settingsCacheFormat || !isRecord(value.settings)) return null;
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  return {
    settings: value.settings as Settings,
    ...(isRecord(value.managed) ? { managed: value.managed as Settings } : {}),
    managedKeys: list(value.managedKeys) as SettingsKey[],
    managedErrors: errorList(value.managedErrors),
    localErrors: errorList(value.localErrors),
  };
}
