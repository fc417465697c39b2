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
 * The settings keys whose readers iterate or index them, with the shape they need (tests/unit/stored-state.test.ts
 * holds this list to the settings table's kinds, so a new list or object key cannot be missed). Kept here rather than
 * taken from the table: the table brings the validator, which stays off the first paint.
 */
export const cachedShapes = {
  customProviders: 'providers',
  hiddenProviders: 'strings',
  consultant: 'object',
  technician: 'object',
  branding: 'object',
  notify: 'object',
  neighbours: 'object',
} as const;

const isProvider = (p: unknown) =>
  isRecord(p) && typeof p.id === 'string' && typeof p.name === 'string' && typeof p.webmailUrl === 'string';

/**
 * Whether a copy's lists are lists and its objects objects: a copy of the right format but another shape (written by a
 * later version that changed a shape without changing the format) would otherwise throw in the popup's first paint.
 */
function hasReadableShape(settings: Record<string, unknown>): boolean {
  return Object.entries(cachedShapes).every(([key, shape]) => {
    const value = settings[key];
    if (value === undefined) return true;
    if (shape === 'object') return isRecord(value);
    if (!Array.isArray(value)) return false;
    return shape === 'strings' ? value.every((x) => typeof x === 'string') : value.every(isProvider);
  });
}

/**
 * The cached copy as stored, or null when there is none or it is not of this format. The copy was validated
 * when it was written (by this code): a shape check is enough here, and keeps the validator off the start-up path.
 */
export function parseCachedSettings(value: unknown): LoadedSettings | null {
  if (!isRecord(value) || value.format !== settingsCacheFormat || !isRecord(value.settings)) return null;
  if (!hasReadableShape(value.settings) || (isRecord(value.managed) && !hasReadableShape(value.managed))) return null;
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  return {
    settings: value.settings as Settings,
    ...(isRecord(value.managed) ? { managed: value.managed as Settings } : {}),
    managedKeys: list(value.managedKeys) as SettingsKey[],
    managedErrors: errorList(value.managedErrors),
    localErrors: errorList(value.localErrors),
  };
}
