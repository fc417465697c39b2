// Validation errors in the user's words: the validators give `{ path, code }`, translated here, at the edge.
import { type SettingsKey, settingsTable } from '../../core/settings';
import { customProviderFields } from '../../core/settings-form';
import type { ValidationError } from '../../core/validation-messages';
import { t } from '../../platform/i18n';

/** What is wrong, translated: "is not an email address" in the page's language. */
export const errorText = (error: ValidationError): string => t(`settingsError_${error.code}`);

/** Where and what: "consultant.email: …" (or "450: more errors, not listed"). */
export const errorAt = (error: ValidationError): string =>
  t('optionsErrorAt', [error.count !== undefined ? String(error.count) : error.path, errorText(error)]);

/** The field an error belongs to on this page: its path up to the field the form shows. */
export function fieldOf({ path }: ValidationError): string {
  const [key, sub, field] = path.split('.');
  // The branding's fields stand on their own in the form (productName, color).
  if (key === 'branding') return sub ?? 'branding';
  // A key of fields (consultant, technician, notify): each field has its own place on the form.
  const row = key !== undefined && Object.hasOwn(settingsTable, key) ? settingsTable[key as SettingsKey] : undefined;
  if (row?.kind === 'fields' && sub !== undefined) return `${key}.${sub}`;
  if (key === 'customProviders' && sub !== undefined) {
    // A field the form does not show (the id, imap…) is told under the provider's name.
    const shown = (customProviderFields as readonly string[]).includes(field ?? '') ? field : 'name';
    return `customProviders.${sub}.${shown}`;
  }
  return key ?? '';
}
