// The shape of a mail provider, and the one validator for provider data from anywhere
// (the built-in catalogue in tests, custom providers from a policy or an imported file).
import * as v from 'valibot';

/** Hints about common mail-program failures; each has a translated message `note_<id>`. */
export const providerNoteIds = [
  'fullAddress',
  'appPassword',
  'protocolsSwitch',
  'oauthOnly',
  'enableImap',
  'bridge',
  'userId',
  'smtpRestricted',
] as const;
export type ProviderNoteId = (typeof providerNoteIds)[number];

/** True for an absolute https:// URL with a host and no credentials: the only kind the extension ever opens. */
export function isSafeWebUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return url.protocol === 'https:' && url.hostname !== '' && url.username === '' && url.password === '';
}

const httpsUrl = v.pipe(v.string(), v.trim(), v.check(isSafeWebUrl, 'must be an https:// address'));
const hostName = v.pipe(
  v.string(),
  v.trim(),
  v.toLowerCase(),
  v.regex(/^(?=.{1,253}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/, 'is not a host name'),
);
const domainName = v.pipe(
  v.string(),
  v.trim(),
  v.toLowerCase(),
  v.regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,63}$/, 'is not a domain name'),
);
/** An MX host name, or `*.suffix` for any host below suffix. */
const mxPattern = v.pipe(
  v.string(),
  v.trim(),
  v.toLowerCase(),
  v.regex(/^(\*\.)?([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,63}$/, 'is not an MX host or *.pattern'),
);
const server = v.object({
  host: hostName,
  port: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(65535)),
  security: v.picklist(['ssl', 'starttls']),
});

export const providerIdSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'must be 1-40 lowercase letters, digits or dashes'),
);

export const providerSchema = v.object({
  id: providerIdSchema,
  name: v.pipe(v.string(), v.trim(), v.minLength(1, 'is empty'), v.maxLength(60, 'is longer than 60 characters')),
  webmailUrl: httpsUrl,
  pec: v.optional(v.boolean()),
  statusUrl: v.optional(httpsUrl),
  passwordResetUrl: v.optional(httpsUrl),
  supportUrl: v.optional(httpsUrl),
  supportPhone: v.optional(v.pipe(v.string(), v.regex(/^\+?[0-9 ().-]{4,25}$/, 'is not a phone number'))),
  domains: v.optional(v.array(domainName)),
  mx: v.optional(v.array(mxPattern)),
  imap: v.optional(v.array(server)),
  pop3: v.optional(v.array(server)),
  smtp: v.optional(v.array(server)),
  notes: v.optional(v.array(v.picklist(providerNoteIds))),
  /** A public incident feed the extension can read (none needs a permission). */
  statusFeed: v.optional(v.picklist(['google-workspace'])),
});

export type Provider = v.InferOutput<typeof providerSchema>;
export type ServerSetting = v.InferOutput<typeof server>;

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** Validates one provider; errors name the field, e.g. `webmailUrl: must be an https:// address`. */
export function validateProvider(input: unknown): Validated<Provider> {
  const result = v.safeParse(providerSchema, input);
  if (result.success) return { ok: true, value: result.output };
  return {
    ok: false,
    errors: result.issues.map((issue) => {
      const path = v.getDotPath(issue);
      return path ? `${path}: ${issue.message}` : issue.message;
    }),
  };
}
