// What the settings do, without the validator (so the popup's start-up path carries no schema library).

import type { Provider } from './catalogue/provider';
import type { Settings, SettingsKey } from './settings';
import type { ValidationError } from './validation-messages';

/** The settings as validated from the policy and the user's own, with what the options page needs to mark. */
export interface LoadedSettings {
  settings: Settings;
  /** What the policy alone sets (read-only on the options page). */
  managed?: Settings;
  /** The keys set by policy: shown read-only on the options page. */
  managedKeys: SettingsKey[];
  managedErrors: ValidationError[];
  localErrors: ValidationError[];
}

export const emptyLoadedSettings: LoadedSettings = {
  settings: {},
  managedKeys: [],
  managedErrors: [],
  localErrors: [],
};

/** The format of the validated copy kept in storage.local; a copy of another format is ignored (read afresh). */
export const settingsCacheFormat = 1 as const;

export interface CachedSettings extends LoadedSettings {
  format: typeof settingsCacheFormat;
  /** When the copy was made (ms since the epoch). */
  at: number;
}

/** Policy values win over the user's own settings, key by key. */
export function mergeSettings(managed: Settings, local: Settings): Settings {
  return { ...local, ...managed };
}

/** The picker's catalogue: built-ins, then custom providers (their ids never clash: the validator sees to it), less hidden. */
export function effectiveCatalogue(builtIn: readonly Provider[], settings: Settings): Provider[] {
  const hidden = new Set(settings.hiddenProviders ?? []);
  const merged = [...builtIn, ...(settings.customProviders ?? [])];
  // The preset provider stays visible even if hidden by mistake; hiding every provider hides none (an empty
  // picker would leave the user nothing to check, and a policy cannot be undone by the user).
  const shown = merged.filter((p) => !hidden.has(p.id) || p.id === settings.provider);
  return shown.length > 0 ? shown : merged;
}

/** WCAG contrast ratio of a #rrggbb colour against white. */
export function contrastOnWhite(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return 1.05 / (luminance + 0.05);
}

/** The brand colour to use: the configured one when white text on it stays readable (AA, 4.5:1), else none. */
export function usableBrandColor(settings: Settings): string | undefined {
  const color = settings.branding?.color;
  return color && contrastOnWhite(color) >= 4.5 ? color : undefined;
}
