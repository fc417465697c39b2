// What a reader takes for a settings key that is not set: the settings table's fallbacks (core/settings.ts reads
// them from here, and a test checks the two agree), apart so that the popup's first paint reads them without the
// validator.
import { defaultCountryCode } from './phone';

export const settingsDefaults = {
  lockProvider: false,
  customProviders: [],
  hiddenProviders: [],
  detection: true,
  outsideChecks: true,
  phoneCountryCode: defaultCountryCode,
  surface: 'panel',
} as const;

type Defaults = typeof settingsDefaults;

/** A key's value, or its fallback: the one place readers get defaults from. */
export function settingOf<K extends keyof Defaults, S extends { [P in K]?: unknown }>(
  settings: S,
  key: K,
): NonNullable<S[K]> | Defaults[K] {
  return (settings[key] ?? settingsDefaults[key]) as NonNullable<S[K]> | Defaults[K];
}
