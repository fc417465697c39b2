// What an imported settings file would change, said before anything is saved: every changed key with its new value
// in plain text (a swapped consultant's number, report address or feed shows for what it is; a custom provider with
// its webmail's host). Pure: the labels are passed in.
import { type Settings, type SettingsKey, settingsKeys } from './settings';

/** A value as one short line: objects as "field: value" pairs, lists joined, nothing longer than `max`. */
export function valueText(value: unknown, max = 200): string {
  const text = (() => {
    if (value === undefined || value === null) return '—';
    if (Array.isArray(value)) return value.map((v) => valueText(v, max)).join(', ');
    if (typeof value === 'object') {
      return Object.entries(value as Record<string, unknown>)
        .map(([k, v]) => `${k}: ${valueText(v, max)}`)
        .join(', ');
    }
    return String(value);
  })();
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

export function importChanges(before: Settings, after: Settings, label: (key: SettingsKey) => string): string[] {
  return settingsKeys
    .filter((key) => JSON.stringify(after[key] ?? null) !== JSON.stringify(before[key] ?? null))
    .map((key) => {
      const value =
        key === 'customProviders'
          ? (after.customProviders ?? []).map((p) => `${p.name} (${new URL(p.webmailUrl).hostname})`).join(', ')
          : valueText(after[key]);
      return `${label(key)}: ${value || '—'}`;
    });
}
