// The options page's form, as plain strings and flags, to and from settings. Pure.
import type { Settings, SettingsKey } from './settings';
import { validationMessages } from './validation-messages';

export const consultantFields = ['name', 'phone', 'email', 'whatsapp', 'website', 'hours'] as const;
export const technicianFields = ['name', 'phone', 'email', 'whatsapp'] as const;

export interface SettingsDraft {
  provider: string;
  lockProvider: boolean;
  detection: boolean;
  hiddenProviders: string[];
  consultant: Record<(typeof consultantFields)[number], string>;
  technician: Record<(typeof technicianFields)[number], string>;
  reportEmail: string;
  clientName: string;
  /** The country calling code for numbers written without one ("39"; empty: Italy). */
  phoneCountryCode: string;
  productName: string;
  color: string;
  /** Custom providers as JSON text: a list of provider objects. */
  customProviders: string;
}

const fields = <K extends string>(keys: readonly K[], from: Partial<Record<K, string>> | undefined) =>
  Object.fromEntries(keys.map((k) => [k, from?.[k] ?? ''])) as Record<K, string>;

export function draftFrom(settings: Settings): SettingsDraft {
  return {
    provider: settings.provider ?? '',
    lockProvider: settings.lockProvider ?? false,
    detection: settings.detection ?? true,
    hiddenProviders: settings.hiddenProviders ?? [],
    consultant: fields(consultantFields, settings.consultant),
    technician: fields(technicianFields, settings.technician),
    reportEmail: settings.reportEmail ?? '',
    clientName: settings.clientName ?? '',
    phoneCountryCode: settings.phoneCountryCode ?? '',
    productName: settings.branding?.productName ?? '',
    color: settings.branding?.color ?? '',
    customProviders: settings.customProviders?.length ? JSON.stringify(settings.customProviders, null, 2) : '',
  };
}

/** The form fields each setting fills. */
const draftFieldsOf: Record<SettingsKey, readonly (keyof SettingsDraft)[]> = {
  provider: ['provider'],
  lockProvider: ['lockProvider'],
  detection: ['detection'],
  hiddenProviders: ['hiddenProviders'],
  consultant: ['consultant'],
  technician: ['technician'],
  reportEmail: ['reportEmail'],
  clientName: ['clientName'],
  phoneCountryCode: ['phoneCountryCode'],
  branding: ['productName', 'color'],
  customProviders: ['customProviders'],
};

/**
 * The draft with the policy's values in the fields it sets, the user's edits elsewhere kept: for a policy that
 * is read after the form is on screen.
 */
export function withManagedFields(
  draft: SettingsDraft,
  settings: Settings,
  keys: readonly SettingsKey[],
): SettingsDraft {
  const fromPolicy = draftFrom(settings);
  const fields = keys.flatMap((key) => draftFieldsOf[key] ?? []);
  return { ...draft, ...Object.fromEntries(fields.map((field) => [field, fromPolicy[field]])) };
}

/** Only the filled fields: an empty field is "not set", never an error. */
function filled(record: Record<string, string>): Record<string, string> | undefined {
  const entries = Object.entries(record)
    .map(([k, v]) => [k, v.trim()] as const)
    .filter(([, v]) => v !== '');
  return entries.length ? Object.fromEntries(entries) : undefined;
}

/**
 * The draft as raw settings for the validator, plus the errors the form itself finds (custom providers that are
 * not JSON). Defaults are left out (detection on, provider not locked), so they stay defaults.
 */
export function settingsFrom(draft: SettingsDraft): { input: Record<string, unknown>; errors: string[] } {
  const input: Record<string, unknown> = {};
  const errors: string[] = [];
  if (draft.provider) input.provider = draft.provider;
  if (draft.lockProvider) input.lockProvider = true;
  if (!draft.detection) input.detection = false;
  if (draft.hiddenProviders.length) input.hiddenProviders = draft.hiddenProviders;
  const consultant = filled(draft.consultant);
  if (consultant) input.consultant = consultant;
  const technician = filled(draft.technician);
  if (technician) input.technician = technician;
  if (draft.reportEmail.trim()) input.reportEmail = draft.reportEmail.trim();
  if (draft.clientName.trim()) input.clientName = draft.clientName.trim();
  if (draft.phoneCountryCode.trim()) input.phoneCountryCode = draft.phoneCountryCode.trim();
  const branding = filled({ productName: draft.productName, color: draft.color });
  if (branding) input.branding = branding;
  if (draft.customProviders.trim()) {
    try {
      input.customProviders = JSON.parse(draft.customProviders);
    } catch {
      errors.push(`customProviders: ${validationMessages.notJson}`);
    }
  }
  return { input, errors };
}
