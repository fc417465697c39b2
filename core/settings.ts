// The consultant's settings, from a managed policy, the options page or an imported file, through one validator.
// It never throws and never loses the valid part: each invalid entry is dropped with a readable error.
import * as v from 'valibot';
import { defaultCountryCode, normalizePhone, parseCountryCode } from './phone';
import { isSafeWebUrl, type Provider, plainText, providerIdSchema, validateProvider } from './provider';
import { builtInProviders } from './providers';
import { validationMessages as m } from './validation-messages';

/** Limits on what a policy or a file may hold: beyond them the rest is refused, never stored or shown. */
export const settingsLimits = { customProviders: 200, hiddenProviders: 200, errors: 50, keyInError: 60 } as const;

/** Lower case, accents and spaces folded: "Arubà " and "aruba" are the same name to a user. */
const foldName = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .toLowerCase();
const builtInNames = new Set(builtInProviders.map((p) => foldName(p.name)));

/** A key as it may appear in an error: a hostile file's 1 MB key is cut. */
const keyText = (key: string) =>
  key.length > settingsLimits.keyInError ? `${key.slice(0, settingsLimits.keyInError)}…` : key;

const text = plainText;
/** A phone number, stored in international form ("333 1234567" → "+39 333 1234567" with Italy's code). */
const phoneIn = (countryCode: string) =>
  v.pipe(
    v.string(m.notText),
    v.trim(),
    v.maxLength(40, m.tooLong),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      const number = normalizePhone(dataset.value, countryCode);
      if (number) return number.display;
      addIssue({ message: m.notPhone });
      return NEVER;
    }),
  );
const email = v.pipe(v.string(m.notText), v.trim(), v.email(m.notEmail), v.maxLength(254, m.tooLong));
const webUrl = v.pipe(v.string(m.notText), v.trim(), v.check(isSafeWebUrl, m.notHttps));

const fieldSchemasIn = (countryCode: string) => {
  const phone = phoneIn(countryCode);
  const contactFields = { name: text(80), phone, email, whatsapp: phone };
  return {
    consultant: { ...contactFields, website: webUrl, hours: text(120) },
    technician: contactFields,
    branding: { productName: text(40), color: v.pipe(v.string(m.notText), v.regex(/^#[0-9a-f]{6}$/i, m.notColor)) },
  } as const;
};

export interface Contact {
  name?: string;
  phone?: string;
  email?: string;
  whatsapp?: string;
}
export interface Consultant extends Contact {
  website?: string;
  hours?: string;
}
export interface Settings {
  provider?: string;
  lockProvider?: boolean;
  consultant?: Consultant;
  technician?: Contact;
  customProviders?: Provider[];
  hiddenProviders?: string[];
  /** Whether the address finder may look up MX records by DNS over HTTPS (default: yes). */
  detection?: boolean;
  branding?: { productName?: string; color?: string };
  reportEmail?: string;
  /** The consultant's incident feed (https): open incidents are shown before the webmail is opened. */
  incidentFeedUrl?: string;
  /** The client (company) this computer belongs to: named in every report, for a consultant with many clients. */
  clientName?: string;
  /** The country calling code added to phone numbers written without one (default Italy, 39). */
  phoneCountryCode?: string;
}
export type SettingsKey = keyof Settings;
export const settingsKeys: readonly SettingsKey[] = [
  'provider',
  'lockProvider',
  'consultant',
  'technician',
  'customProviders',
  'hiddenProviders',
  'detection',
  'branding',
  'reportEmail',
  'clientName',
  'incidentFeedUrl',
  'phoneCountryCode',
];

export interface ValidatedSettings {
  settings: Settings;
  /** Human-readable, naming the key: `consultant.email: is not an email address`. */
  errors: string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function issueText(path: string, result: { issues: readonly { message: string }[] }): string {
  return `${path}: ${result.issues[0]?.message ?? m.invalid}`;
}

/** Validates an object of optional fields one by one: a bad field is dropped, the others kept. */
function objectOf<T extends Record<string, v.GenericSchema>>(
  key: string,
  value: unknown,
  fields: T,
  errors: string[],
): { [K in keyof T]?: v.InferOutput<T[K]> } | undefined {
  if (!isRecord(value)) {
    errors.push(`${key}: ${m.notObject}`);
    return undefined;
  }
  const out: Record<string, unknown> = {};
  for (const [field, raw] of Object.entries(value)) {
    // Own keys only: "constructor" or "__proto__" from a hostile file must not reach Object.prototype.
    const schema = Object.hasOwn(fields, field) ? fields[field] : undefined;
    if (!schema) {
      errors.push(`${key}.${keyText(field)}: ${m.unknownSetting}`);
      continue;
    }
    if (raw === '' || raw === null || raw === undefined) continue; // an empty field is simply not set
    const result = v.safeParse(schema, raw);
    if (result.success) out[field] = result.output;
    else errors.push(issueText(`${key}.${field}`, result));
  }
  return Object.keys(out).length > 0 ? (out as { [K in keyof T]?: v.InferOutput<T[K]> }) : undefined;
}

/**
 * The one validator for settings from outside. `knownIds` are the built-in provider ids, so that a preset or
 * hidden id can be checked (custom providers are added to them).
 */
export function validateSettings(input: unknown, knownIds: readonly string[]): ValidatedSettings {
  const errors: string[] = [];
  const settings: Settings = {};
  if (!isRecord(input)) return { settings, errors: input === undefined ? [] : [`settings: ${m.notObject}`] };

  for (const key of Object.keys(input)) {
    if (!(settingsKeys as readonly string[]).includes(key)) errors.push(`${keyText(key)}: ${m.unknownSetting}`);
  }

  if (input.customProviders !== undefined) {
    if (!Array.isArray(input.customProviders)) errors.push(`customProviders: ${m.notList}`);
    else {
      const seen = new Set<string>();
      const providers: Provider[] = [];
      if (input.customProviders.length > settingsLimits.customProviders) errors.push(`customProviders: ${m.tooMany}`);
      input.customProviders.slice(0, settingsLimits.customProviders).forEach((raw, index) => {
        const result = validateProvider(raw);
        const label = `customProviders.${index}`;
        if (!result.ok) {
          errors.push(...result.errors.map((e) => `${label}.${e}`));
          return;
        }
        if (seen.has(result.value.id)) {
          errors.push(`${label}.id: ${m.duplicateId}`);
          return;
        }
        // A built-in id always means the built-in provider: the background can then check it without the policy.
        if (knownIds.includes(result.value.id)) {
          errors.push(`${label}.id: ${m.builtInId}`);
          return;
        }
        // "Aruba" pointing elsewhere would send users to a look-alike webmail.
        if (builtInNames.has(foldName(result.value.name))) {
          errors.push(`${label}.name: ${m.builtInName}`);
          return;
        }
        seen.add(result.value.id);
        providers.push(result.value);
      });
      if (providers.length > 0) settings.customProviders = providers;
    }
  }
  const ids = new Set([...knownIds, ...(settings.customProviders ?? []).map((p) => p.id)]);

  // Ids are forgiving where it is safe: "Libero " in a policy means libero.
  const idOf = (raw: unknown) => (typeof raw === 'string' ? raw.trim().toLowerCase() : raw);
  if (input.provider !== undefined) {
    const result = v.safeParse(providerIdSchema, idOf(input.provider));
    if (!result.success) errors.push(issueText('provider', result));
    else if (!ids.has(result.output)) errors.push(`provider: ${m.unknownProvider}`);
    else settings.provider = result.output;
  }
  for (const key of ['lockProvider', 'detection'] as const) {
    if (input[key] === undefined) continue;
    if (typeof input[key] === 'boolean') settings[key] = input[key];
    else errors.push(`${key}: ${m.notBoolean}`);
  }
  if (input.hiddenProviders !== undefined) {
    if (!Array.isArray(input.hiddenProviders)) errors.push(`hiddenProviders: ${m.notList}`);
    else {
      if (input.hiddenProviders.length > settingsLimits.hiddenProviders) errors.push(`hiddenProviders: ${m.tooMany}`);
      const listed = input.hiddenProviders.slice(0, settingsLimits.hiddenProviders);
      const hidden = listed.map(idOf).filter((id, index): id is string => {
        const ok = typeof id === 'string' && ids.has(id);
        if (!ok) errors.push(`hiddenProviders.${index}: ${m.unknownProvider}`);
        return ok;
      });
      if (hidden.length > 0) settings.hiddenProviders = [...new Set(hidden)];
    }
  }
  if (input.incidentFeedUrl !== undefined && input.incidentFeedUrl !== '') {
    const result = v.safeParse(webUrl, input.incidentFeedUrl);
    if (result.success) settings.incidentFeedUrl = result.output;
    else errors.push(issueText('incidentFeedUrl', result));
  }
  if (input.clientName !== undefined && input.clientName !== '') {
    const result = v.safeParse(text(80), input.clientName);
    if (result.success) settings.clientName = result.output;
    else errors.push(issueText('clientName', result));
  }
  if (input.reportEmail !== undefined && input.reportEmail !== '') {
    const result = v.safeParse(email, input.reportEmail);
    if (result.success) settings.reportEmail = result.output;
    else errors.push(issueText('reportEmail', result));
  }
  let countryCode = defaultCountryCode;
  if (input.phoneCountryCode !== undefined && input.phoneCountryCode !== '') {
    const code = typeof input.phoneCountryCode === 'string' ? parseCountryCode(input.phoneCountryCode) : null;
    if (code) {
      settings.phoneCountryCode = code;
      countryCode = code;
    } else errors.push(`phoneCountryCode: ${m.notCountryCode}`);
  }
  const fieldSchemas = fieldSchemasIn(countryCode);
  for (const key of ['consultant', 'technician', 'branding'] as const) {
    if (input[key] === undefined) continue;
    const value = objectOf(key, input[key], fieldSchemas[key], errors);
    if (value) (settings as Record<string, unknown>)[key] = value;
  }
  if (settings.lockProvider && !settings.provider) {
    errors.push(`lockProvider: ${m.lockNeedsProvider}`);
    delete settings.lockProvider;
  }
  // A hostile file can make thousands of errors: the first ones are enough to act on.
  const more = errors.length - settingsLimits.errors;
  return {
    settings,
    errors: more > 0 ? [...errors.slice(0, settingsLimits.errors), `${more}: ${m.moreErrors}`] : errors,
  };
}
