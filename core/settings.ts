// The consultant's settings, from a managed policy, the options page or an imported file, through one validator.
// It never throws and never loses the valid part: each invalid entry is dropped with an error `{ path, code }`.
// The `Settings` type is derived from the schemas below: the keys, their values and the validator have one home
// (the managed schema is generated from them: core/managed-schema.ts).
import * as v from 'valibot';
import { builtInProviders } from './catalogue/built-in';
import { brandsOf, looksLikeBuiltIn } from './catalogue/look-alikes';
import { ownProviderId } from './catalogue/own-provider';
import { type Provider, providerIdSchema, providerSchema, validateProvider } from './catalogue/provider';
import { isRecord, unsafeTextCharacters } from './guards';
import { idLimit, listLimit } from './limits';
import { channelProblems, type NotifyChannel, notifyFieldSchemas } from './notify/channel';
import { defaultCountryCode } from './phone';
import { colour, countryCode, emailAddress, flag, httpsUrl, phoneNumber, plainText, publicHttpsUrl } from './schemas';
import { settingsDefaults } from './settings-defaults';
import { issueError, validationCodes as m, type ValidationError } from './validation-messages';

/** Limits on what a policy or a file may hold: beyond them the rest is refused, never stored or shown. */
export const settingsLimits = {
  customProviders: listLimit,
  hiddenProviders: listLimit,
  errors: 50,
  keyInError: idLimit,
  /**
   * The most a policy or a file may hold, as JSON text: stored twice (the user's settings and the validated copy),
   * it stays far below storage.local's 10 MB, so that the history and the copy can always be written.
   */
  bytes: 1_000_000,
} as const;

/**
 * The neighbours' topic: its ntfy address and, where the topic needs one, its access token. Here, with the validator:
 * core/neighbours.ts is read by the popup's first paint (the outage rule), which must not carry valibot.
 */
const neighbourFieldSchemas = {
  url: publicHttpsUrl,
  token: v.pipe(plainText(200), v.regex(/^[\w:.-]+$/, m.badCharacters)),
} as const;

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

/**
 * How a key's value is checked. `plain`: its schema alone. `fields`: an object whose fields are checked one by one
 * (a bad field is dropped, the others kept; phone numbers made international with the country code). The others
 * need the catalogue: `providerId` (a known id), `providerIds` (a list of known ids), `providers` (custom
 * providers), `countryCode` (checked first: the phone numbers need it).
 */
export type SettingKind = 'plain' | 'fields' | 'providerId' | 'providerIds' | 'providers' | 'countryCode';

export interface SettingRow<S extends v.GenericSchema = v.GenericSchema> {
  kind: SettingKind;
  /** The value's schema: the type, and for `plain` and `countryCode` keys the check. */
  schema: S;
  /** The value a reader takes when the key is not set (none: the feature is off or nobody is named). */
  fallback?: v.InferOutput<S>;
  /** For the managed schema (chrome://policy shows it) and docs/consultant.md. */
  description: string;
  /** For `fields` keys: each field's schema, with phone numbers made international with the country code. */
  fields?: (code: string) => Record<string, v.GenericSchema>;
  /**
   * Holds a secret: Chrome and Edge show it masked in chrome://policy (`sensitiveValue` in the managed schema). The
   * registry and the policy files still hold it readable, which is why a deployed secret must be able to post only.
   */
  sensitive?: boolean;
}

const row = <S extends v.GenericSchema>(r: SettingRow<S>) => r;
/**
 * The schema of a `fields` key: an object of optional fields (phone numbers for the default country code). The type,
 * the managed schema and the docs read it; the validator checks field by field with the settings' own code (`fields`).
 */
const fieldsSchema = <T extends Record<string, v.GenericSchema>>(fields: T) => v.partial(v.object(fields));

/**
 * The one settings table: every key, how it is checked, its fallback and its description. The `Settings` type, the
 * defaults, the validator, the managed schema (core/managed-schema.ts, written at build) and the keys the options
 * page compares all derive from it: a new key is one row here plus its texts.
 */
export const settingsTable = {
  provider: row({
    kind: 'providerId',
    schema: providerIdSchema,
    description: 'Id of a built-in or custom provider to preselect.',
  }),
  lockProvider: row({
    kind: 'plain',
    schema: flag,
    fallback: settingsDefaults.lockProvider,
    description: 'Offer only the preset provider.',
  }),
  consultant: row({
    kind: 'fields',
    schema: fieldsSchema(fieldOrder.consultant),
    fields: (code) => fieldSchemasIn(code).consultant,
    description:
      'The consultant, called when the mail service or the mailbox fails: name, phone, email, whatsapp, website, hours.',
  }),
  technician: row({
    kind: 'fields',
    schema: fieldsSchema(fieldOrder.technician),
    fields: (code) => fieldSchemasIn(code).technician,
    description: "The client's own technician, called when the webmail works: name, phone, email, whatsapp.",
  }),
  customProviders: row({
    kind: 'providers',
    // The type and the managed schema; each entry is checked by validateProvider (ids, look-alikes, https).
    schema: v.array(providerSchema),
    fallback: [...settingsDefaults.customProviders],
    description: 'Providers added to the list: at least an id, a name and an https webmail address.',
  }),
  hiddenProviders: row({
    kind: 'providerIds',
    schema: v.array(providerIdSchema),
    fallback: [...settingsDefaults.hiddenProviders],
    description: 'Ids of built-in providers to leave out of the list.',
  }),
  detection: row({
    kind: 'plain',
    schema: flag,
    fallback: settingsDefaults.detection,
    description:
      'Whether the address finder may look up MX, TXT, A and CNAME records by DNS over HTTPS (default: yes).',
  }),
  branding: row({
    kind: 'fields',
    schema: fieldsSchema(fieldOrder.branding),
    fields: (code) => fieldSchemasIn(code).branding,
    description:
      'The product name shown instead of Webmail First, and the main colour (#rrggbb, used only when white text on it stays readable).',
  }),
  reportEmail: row({
    kind: 'plain',
    schema: emailAddress,
    description: "Where reports are emailed, if not the consultant's own address.",
  }),
  clientName: row({
    kind: 'plain',
    schema: plainText(80),
    description: 'The client (company) this computer belongs to: named in every report.',
  }),
  incidentFeedUrl: row({
    kind: 'plain',
    // Fetched by itself on every popup: never an address on the user's own network.
    schema: publicHttpsUrl,
    description:
      "The consultant's incident feed (an https JSON file): open incidents are shown before the webmail opens.",
  }),
  surface: row({
    kind: 'plain',
    schema: v.picklist(['panel', 'popup'], m.invalid),
    fallback: settingsDefaults.surface,
    description:
      'Where the questions show once the webmail opens: "panel" (the side panel beside the webmail, where the browser has one) or "popup" (the toolbar popup only).',
  }),
  notify: row({
    kind: 'fields',
    schema: fieldsSchema(notifyFieldSchemas),
    fields: () => notifyFieldSchemas,
    sensitive: true,
    description:
      'The consultant\'s channel, for "Tell my consultant now": kind (webhook, ntfy or teams; telegram only in a computer\'s own settings, never by policy: a bot token reads its chat), url (webhook, ntfy topic or Teams Workflows address), token (an ntfy access token of a write-only user), auto (policy only: send mail-service and account verdicts without a click).',
  }),
  outsideChecks: row({
    kind: 'plain',
    schema: flag,
    fallback: settingsDefaults.outsideChecks,
    description:
      "Whether Globalping's probes in Italy may test the provider's mail servers (host names and ports only) when the webmail, the login or the inbox failed (default: yes).",
  }),
  neighbours: row({
    kind: 'fields',
    schema: fieldsSchema(neighbourFieldSchemas),
    fields: () => neighbourFieldSchemas,
    sensitive: true,
    description:
      "The neighbours' topic (an ntfy topic URL, apart from the report channel) and its token: each check posts a minimal event (provider, verdict, time, a random site id) and reads how many other sites failed on the same provider in the last 30 minutes.",
  }),
  phoneCountryCode: row({
    kind: 'countryCode',
    schema: countryCode,
    fallback: settingsDefaults.phoneCountryCode,
    description: 'The country calling code added to phone numbers written without one (default 39, Italy).',
  }),
} as const satisfies Record<string, SettingRow>;

type Table = typeof settingsTable;
export type Settings = { -readonly [K in keyof Table]?: v.InferOutput<Table[K]['schema']> };
export type SettingsKey = keyof Settings;
export const settingsKeys = Object.keys(settingsTable) as SettingsKey[];

export interface ValidatedSettings {
  settings: Settings;
  /** Each naming its place: `{ path: 'consultant.email', code: 'notEmail' }`. */
  errors: ValidationError[];
}

/** The built-in providers' brands: a custom provider may not look like one (core/catalogue/look-alikes.ts). */
const builtInBrands = brandsOf(builtInProviders.map((p) => p.name));
/**
 * The built-in providers' mail domains: a custom provider may not claim one, even when the built-in is hidden
 * ("gmail.com" found as a custom provider would send a Gmail user to its webmail: the review's L8).
 */
const builtInDomains = new Set(builtInProviders.flatMap((p) => p.domains ?? []));

/**
 * A key as it may appear in an error: a hostile file's 1 MB key is cut, and its control and direction characters
 * (a U+202E that would turn the rest of the error line around) shown as "?".
 */
const keyText = (key: string) => {
  const shown = key.replace(new RegExp(unsafeTextCharacters.source, 'g'), '?');
  return shown.length > settingsLimits.keyInError ? `${shown.slice(0, settingsLimits.keyInError)}…` : shown;
};

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
    // the policy), or the user's own webmail's (the review's L3: its checks would never run); a built-in name ("Aruba" pointing elsewhere would send users to a look-alike webmail).
    const refused: [string, ValidationError['code']] | undefined = seen.has(id)
      ? ['id', m.duplicateId]
      : knownIds.includes(id) || id === ownProviderId
        ? ['id', m.builtInId]
        : looksLikeBuiltIn(name, builtInBrands)
          ? ['name', m.builtInName]
          : result.value.domains?.some((d) => builtInDomains.has(d))
            ? ['domains', m.builtInDomain]
            : result.value.mxAddressRanges?.some((r) => Number(r.split('/')[1]) < 16)
              ? ['mxAddressRanges', m.rangeTooWide]
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

export interface ValidateOptions {
  /**
   * Whether a Telegram channel is accepted: only in this computer's own settings (the options page, typed here), never
   * in a policy, an imported file or a deployment file, which reach clients' computers.
   */
  telegram?: boolean;
}

/**
 * The one validator for settings from outside. `knownIds` are the built-in provider ids, so that a preset or
 * hidden id can be checked (custom providers are added to them). `table` is the settings table (a test passes one
 * with a row more, to show that a new key needs nothing else).
 */
export function validateSettings(
  input: unknown,
  knownIds: readonly string[],
  table: Readonly<Record<string, SettingRow>> = settingsTable,
  { telegram = false }: ValidateOptions = {},
): ValidatedSettings {
  const errors: ValidationError[] = [];
  const settings: Record<string, unknown> = {};
  if (!isRecord(input)) {
    return { settings: {}, errors: input === undefined ? [] : [{ path: 'settings', code: m.notObject }] };
  }
  // Over the budget, nothing is taken: a clear message, rather than storage that silently stops working later.
  if (JSON.stringify(input).length > settingsLimits.bytes)
    return { settings: {}, errors: [{ path: 'settings', code: m.tooLarge }] };
  for (const key of Object.keys(input)) {
    if (!Object.hasOwn(table, key)) errors.push({ path: keyText(key), code: m.unknownSetting });
  }
  const rows = Object.entries(table).filter(([key]) => input[key] !== undefined);
  const ofKind = (kind: SettingKind) => rows.filter(([, r]) => r.kind === kind);

  // Custom providers first: the ids below may name them.
  for (const [key] of ofKind('providers')) {
    const providers = customProvidersOf(input[key], knownIds, errors);
    if (providers.length > 0) settings[key] = providers;
  }
  const ids = new Set([...knownIds, ...((settings.customProviders as Provider[] | undefined) ?? []).map((p) => p.id)]);

  // Ids are forgiving where it is safe: "Libero " in a policy means libero.
  const idOf = (raw: unknown) => (typeof raw === 'string' ? raw.trim().toLowerCase() : raw);
  for (const [key, r] of ofKind('providerId')) {
    const result = v.safeParse(r.schema, idOf(input[key]));
    if (!result.success) errors.push(firstIssue(key, result));
    else if (!ids.has(result.output as string)) errors.push({ path: key, code: m.unknownProvider });
    else settings[key] = result.output;
  }
  for (const [key] of ofKind('providerIds')) {
    const raw = input[key];
    if (!Array.isArray(raw)) {
      errors.push({ path: key, code: m.notList });
      continue;
    }
    if (raw.length > settingsLimits.hiddenProviders) errors.push({ path: key, code: m.tooMany });
    const listed = raw.slice(0, settingsLimits.hiddenProviders);
    const known = listed.map(idOf).filter((id, index): id is string => {
      const ok = typeof id === 'string' && ids.has(id);
      if (!ok) errors.push({ path: `${key}.${index}`, code: m.unknownProvider });
      return ok;
    });
    if (known.length > 0) settings[key] = [...new Set(known)];
  }
  let code = defaultCountryCode;
  for (const [key, r] of [...ofKind('plain'), ...ofKind('countryCode')]) {
    const raw = input[key];
    if (raw === '') continue;
    const result = v.safeParse(r.schema, raw);
    if (!result.success) {
      errors.push(firstIssue(key, result));
      continue;
    }
    settings[key] = result.output;
    if (r.kind === 'countryCode') code = result.output as string;
  }
  for (const [key, r] of ofKind('fields')) {
    const value = objectOf(key, input[key], r.fields?.(code) ?? {}, errors);
    if (value) settings[key] = value;
  }
  // A channel is kept as given, and what it still lacks is named: it sends nothing until complete.
  if (settings.notify) errors.push(...channelProblems(settings.notify as NotifyChannel));
  // A Telegram bot token reads its chat: in a policy or a file meant for clients' computers it would let anyone there
  // read every client's reports (the review's H1). Only this computer's own settings may use one.
  if ((settings.notify as NotifyChannel | undefined)?.kind === 'telegram' && !telegram) {
    errors.push({ path: 'notify.kind', code: m.telegramReads });
    delete settings.notify;
  }
  if (settings.lockProvider && !settings.provider) {
    errors.push({ path: 'lockProvider', code: m.lockNeedsProvider });
    delete settings.lockProvider;
  }
  // A hostile file can make thousands of errors: the first ones are enough to act on.
  const more = errors.length - settingsLimits.errors;
  return {
    settings: settings as Settings,
    errors:
      more > 0 ? [...errors.slice(0, settingsLimits.errors), { path: '', code: m.moreErrors, count: more }] : errors,
  };
}

/**
 * The user's own settings (the options page, an imported file), validated: as a policy's, except what only a policy
 * may set (sending without a click, `notify.auto`), which is dropped and named.
 */
export function validateLocalSettings(input: unknown, knownIds: readonly string[]): ValidatedSettings {
  const result = validateSettings(input, knownIds, settingsTable, { telegram: true });
  const notify = result.settings.notify;
  if (notify?.auto === undefined) return result;
  const { auto: _, ...rest } = notify;
  return {
    settings: { ...result.settings, notify: rest },
    errors: [...result.errors, { path: 'notify.auto', code: m.policyOnly }],
  };
}

/** Raw settings without what only a policy may set: what the options page stores on this computer. */
export function withoutPolicyOnly(input: Record<string, unknown>): Record<string, unknown> {
  if (!isRecord(input.notify) || input.notify.auto === undefined) return input;
  const { auto: _, ...notify } = input.notify;
  return { ...input, notify };
}

/**
 * Settings as *Export settings* writes them: without the channel's token. A file travels (a mail, a USB stick, a
 * shared folder) and an exported token would be readable by anyone who has it; the token goes by policy, or is typed
 * on the computer that uses it.
 */
export function withoutSecrets(settings: Settings): Settings {
  if (!settings.notify?.token) return settings;
  const { token: _, ...notify } = settings.notify;
  return { ...settings, notify };
}
