// The consultant's settings, from a managed policy, the options page or an imported file, through one validator.
// It never throws and never loses the valid part: each invalid entry is dropped with an error `{ path, code }`.
// The `Settings` type is derived from the schemas below: the keys, their values and the validator have one home
// (public/managed_schema.json is tested against them).
import * as v from 'valibot';
import { isRecord } from './guards';
import { defaultCountryCode } from './phone';
import { type Provider, providerIdSchema, validateProvider } from './provider';
import { builtInProviders } from './providers';
import { colour, countryCode, emailAddress, flag, httpsUrl, phoneNumber, plainText } from './schemas';
import { issueError, validationCodes as m, type ValidationError } from './validation-messages';

/** Limits on what a policy or a file may hold: beyond them the rest is refused, never stored or shown. */
export const settingsLimits = { customProviders: 200, hiddenProviders: 200, errors: 50, keyInError: 60 } as const;

/** The fields of the consultant, the technician and the branding; phone numbers made international with `code`. */
const fieldSchemasIn = (code: string) => {
  const phone = phoneNumber(code);
  const contact = { name: plainText(80), phone, email: emailAddress, whatsapp: phone };
  return {
    consultant: { ...contact, website: httpsUrl, hours: plainText(120) },
    technician: contact,
    branding: { productName: plainText(40), color: colour },
  } as const;
};
type FieldSchemas = ReturnType<typeof fieldSchemasIn>;
/** An object of optional fields, each as its schema outputs it. */
type FieldsOf<T extends Record<string, v.GenericSchema>> = { [K in keyof T]?: v.InferOutput<T[K]> };

export type Contact = FieldsOf<FieldSchemas['technician']>;
export type Consultant = FieldsOf<FieldSchemas['consultant']>;

const fieldOrder = fieldSchemasIn(defaultCountryCode);
/** The consultant's and the technician's fields, in the schema's order (the options form's too). */
export const consultantFields = Object.keys(fieldOrder.consultant) as (keyof Consultant)[];
export const technicianFields = Object.keys(fieldOrder.technician) as (keyof Contact)[];

/** Every settings key with the schema of its value: the source of the `Settings` type and of `settingsKeys`. */
const keySchemas = {
  provider: providerIdSchema,
  lockProvider: flag,
  consultant: v.custom<Consultant>(() => true),
  technician: v.custom<Contact>(() => true),
  customProviders: v.custom<Provider[]>(() => true),
  hiddenProviders: v.array(providerIdSchema),
  /** Whether the address finder may look up MX records by DNS over HTTPS (default: yes). */
  detection: flag,
  branding: v.custom<FieldsOf<FieldSchemas['branding']>>(() => true),
  reportEmail: emailAddress,
  /** The client (company) this computer belongs to: named in every report, for a consultant with many clients. */
  clientName: plainText(80),
  /** The consultant's incident feed (https): open incidents are shown before the webmail is opened. */
  incidentFeedUrl: httpsUrl,
  /** The country calling code added to phone numbers written without one (default Italy, 39). */
  phoneCountryCode: countryCode,
} as const;

export type Settings = { -readonly [K in keyof typeof keySchemas]?: v.InferOutput<(typeof keySchemas)[K]> };
export type SettingsKey = keyof Settings;
export const settingsKeys = Object.keys(keySchemas) as SettingsKey[];

/** Keys whose value is one plain value, checked by its schema alone. */
const plainKeys = ['lockProvider', 'detection', 'reportEmail', 'clientName', 'incidentFeedUrl'] as const;
/** Keys whose fields are checked one by one (a bad field is dropped, the others kept). */
const objectKeys = ['consultant', 'technician', 'branding'] as const;

export interface ValidatedSettings {
  settings: Settings;
  /** Each naming its place: `{ path: 'consultant.email', code: 'notEmail' }`. */
  errors: ValidationError[];
}

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

const firstIssue = (path: string, result: { issues: readonly { message: string }[] }) =>
  issueError(path, result.issues[0]?.message);

/** Validates an object of optional fields one by one: a bad field is dropped, the others kept. */
function objectOf<T extends Record<string, v.GenericSchema>>(
  key: string,
  value: unknown,
  fields: T,
  errors: ValidationError[],
): FieldsOf<T> | undefined {
  if (!isRecord(value)) {
    errors.push({ path: key, code: m.notObject });
    return undefined;
  }
  const out: Record<string, unknown> = {};
  for (const [field, raw] of Object.entries(value)) {
    // Own keys only: "constructor" or "__proto__" from a hostile file must not reach Object.prototype.
    const schema = Object.hasOwn(fields, field) ? fields[field] : undefined;
    if (!schema) {
      errors.push({ path: `${key}.${keyText(field)}`, code: m.unknownSetting });
      continue;
    }
    if (raw === '' || raw === null || raw === undefined) continue; // an empty field is simply not set
    const result = v.safeParse(schema, raw);
    if (result.success) out[field] = result.output;
    else errors.push(firstIssue(`${key}.${field}`, result));
  }
  return Object.keys(out).length > 0 ? (out as FieldsOf<T>) : undefined;
}

/** The valid custom providers: new ids, not built-in ones, no look-alike of a built-in name. */
function customProvidersOf(value: unknown, knownIds: readonly string[], errors: ValidationError[]): Provider[] {
  if (!Array.isArray(value)) {
    errors.push({ path: 'customProviders', code: m.notList });
    return [];
  }
  const seen = new Set<string>();
  const providers: Provider[] = [];
  if (value.length > settingsLimits.customProviders) errors.push({ path: 'customProviders', code: m.tooMany });
  for (const [index, raw] of value.slice(0, settingsLimits.customProviders).entries()) {
    const result = validateProvider(raw);
    const label = `customProviders.${index}`;
    if (!result.ok) {
      errors.push(...result.errors.map((e) => ({ ...e, path: `${label}.${e.path}` })));
      continue;
    }
    const { id, name } = result.value;
    // A duplicate; a built-in id (it always means the built-in provider: the background can then check it without
    // the policy); a built-in name ("Aruba" pointing elsewhere would send users to a look-alike webmail).
    const refused: [string, ValidationError['code']] | undefined = seen.has(id)
      ? ['id', m.duplicateId]
      : knownIds.includes(id)
        ? ['id', m.builtInId]
        : builtInNames.has(foldName(name))
          ? ['name', m.builtInName]
          : undefined;
    if (refused) {
      errors.push({ path: `${label}.${refused[0]}`, code: refused[1] });
      continue;
    }
    seen.add(id);
    providers.push(result.value);
  }
  return providers;
}

/**
 * The one validator for settings from outside. `knownIds` are the built-in provider ids, so that a preset or
 * hidden id can be checked (custom providers are added to them).
 */
export function validateSettings(input: unknown, knownIds: readonly string[]): ValidatedSettings {
  const errors: ValidationError[] = [];
  const settings: Settings = {};
  if (!isRecord(input)) {
    return { settings, errors: input === undefined ? [] : [{ path: 'settings', code: m.notObject }] };
  }
  for (const key of Object.keys(input)) {
    if (!Object.hasOwn(keySchemas, key)) errors.push({ path: keyText(key), code: m.unknownSetting });
  }

  if (input.customProviders !== undefined) {
    const providers = customProvidersOf(input.customProviders, knownIds, errors);
    if (providers.length > 0) settings.customProviders = providers;
  }
  const ids = new Set([...knownIds, ...(settings.customProviders ?? []).map((p) => p.id)]);

  // Ids are forgiving where it is safe: "Libero " in a policy means libero.
  const idOf = (raw: unknown) => (typeof raw === 'string' ? raw.trim().toLowerCase() : raw);
  if (input.provider !== undefined) {
    const result = v.safeParse(keySchemas.provider, idOf(input.provider));
    if (!result.success) errors.push(firstIssue('provider', result));
    else if (!ids.has(result.output)) errors.push({ path: 'provider', code: m.unknownProvider });
    else settings.provider = result.output;
  }
  if (input.hiddenProviders !== undefined) {
    if (!Array.isArray(input.hiddenProviders)) errors.push({ path: 'hiddenProviders', code: m.notList });
    else {
      if (input.hiddenProviders.length > settingsLimits.hiddenProviders) {
        errors.push({ path: 'hiddenProviders', code: m.tooMany });
      }
      const listed = input.hiddenProviders.slice(0, settingsLimits.hiddenProviders);
      const hidden = listed.map(idOf).filter((id, index): id is string => {
        const ok = typeof id === 'string' && ids.has(id);
        if (!ok) errors.push({ path: `hiddenProviders.${index}`, code: m.unknownProvider });
        return ok;
      });
      if (hidden.length > 0) settings.hiddenProviders = [...new Set(hidden)];
    }
  }
  for (const key of plainKeys) {
    const raw = input[key];
    if (raw === undefined || raw === '') continue;
    const result = v.safeParse(keySchemas[key], raw);
    if (result.success) (settings as Record<string, unknown>)[key] = result.output;
    else errors.push(firstIssue(key, result));
  }
  let code = defaultCountryCode;
  if (input.phoneCountryCode !== undefined && input.phoneCountryCode !== '') {
    const result = v.safeParse(keySchemas.phoneCountryCode, input.phoneCountryCode);
    if (result.success) {
      settings.phoneCountryCode = result.output;
      code = result.output;
    } else errors.push(firstIssue('phoneCountryCode', result));
  }
  const fieldSchemas = fieldSchemasIn(code);
  for (const key of objectKeys) {
    if (input[key] === undefined) continue;
    const value = objectOf(key, input[key], fieldSchemas[key], errors);
    if (value) (settings as Record<string, unknown>)[key] = value;
  }
  if (settings.lockProvider && !settings.provider) {
    errors.push({ path: 'lockProvider', code: m.lockNeedsProvider });
    delete settings.lockProvider;
  }
  // A hostile file can make thousands of errors: the first ones are enough to act on.
  const more = errors.length - settingsLimits.errors;
  return {
    settings,
    errors:
      more > 0 ? [...errors.slice(0, settingsLimits.errors), { path: '', code: m.moreErrors, count: more }] : errors,
  };
}
