// Validation errors in the user's words: the validators give `{ path, code }`, translated here, at the edge.
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
  if (key === 'consultant' || key === 'technician' || key === 'notify') return sub ? `${key}.${sub}` : (key ?? '');
  if (key === 'customProviders' && sub !== undefined) {
    // A field the form does not show (the id, imap…) is told under the provider's name.
    const shown = (customProviderFields as readonly string[]).includes(field ?? '') ? field : 'name';
    return `customProviders.${sub}.${shown}`;
  }
  if (key === 'branding') return sub ?? 'branding';
  return key ?? '';
}
