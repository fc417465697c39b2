// The shape of a mail provider, and the one validator for provider data from anywhere
// (the built-in catalogue in tests, custom providers from a policy or an imported file).
import * as v from 'valibot';
import { listLimit, nameLimit } from '../limits';
import { flag, httpsUrl, phoneNumber, plainText } from '../schemas';
import { issueError, validationCodes as m, type ValidationError } from '../validation-messages';

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
  'clientPassword',
  'senderMustMatch',
  'sendingLimit',
  'planRestricted',
  'imapPaid',
  'serversByPlan',
  'italyOnly',
] as const;
export type ProviderNoteId = (typeof providerNoteIds)[number];

/** Plain words that tell look-alike entries apart; each has a translated message `providerHint_<id>`. */
export const providerHintIds = [
  'ordinary',
  'pec',
  'gmail',
  'workspace',
  'outlook',
  'm365',
  'line',
  'personal',
] as const;
export type ProviderHintId = (typeof providerHintIds)[number];

/** Webmails with a compose link: the report can be sent from the webmail that works. */
export const composeKinds = ['gmail', 'outlook-live', 'outlook-office'] as const;
export type ComposeKind = (typeof composeKinds)[number];

const hostName = v.pipe(
  v.string(m.notText),
  v.trim(),
  v.toLowerCase(),
  v.regex(/^(?=.{1,253}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/, m.notHost),
);
const domainName = v.pipe(
  v.string(m.notText),
  v.trim(),
  v.toLowerCase(),
  v.regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,63}$/, m.notDomain),
);
/** A DNS name as SPF `include:` uses it: labels may start with an underscore (_spf.aruba.it). */
const spfName = v.pipe(
  v.string(m.notText),
  v.trim(),
  v.toLowerCase(),
  v.regex(/^(?=.{1,253}$)[a-z0-9_]([a-z0-9_-]*[a-z0-9])?(\.[a-z0-9_]([a-z0-9_-]*[a-z0-9])?)+$/, m.notHost),
);
/** An MX host name, or `*.suffix` for any host below suffix. */
const mxPattern = v.pipe(
  v.string(m.notText),
  v.trim(),
  v.toLowerCase(),
  v.regex(/^(\*\.)?([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,63}$/, m.notMx),
);
const server = v.object(
  {
    host: hostName,
    port: v.pipe(v.number(m.notPort), v.integer(m.notPort), v.minValue(1, m.notPort), v.maxValue(65535, m.notPort)),
    security: v.picklist(['ssl', 'starttls'], m.notSecurity),
  },
  m.notObject,
);

export const providerIdSchema = v.pipe(v.string(m.notText), v.regex(/^[a-z0-9][a-z0-9-]{0,39}$/, m.badId));

export const providerSchema = v.object(
  {
    id: providerIdSchema,
    name: plainText(nameLimit),
    webmailUrl: httpsUrl,
    pec: v.optional(flag),
    statusUrl: v.optional(httpsUrl),
    passwordResetUrl: v.optional(httpsUrl),
    supportUrl: v.optional(httpsUrl),
    supportPhone: v.optional(phoneNumber()),
    domains: v.optional(v.pipe(v.array(domainName, m.notList), v.maxLength(listLimit, m.tooMany))),
    mx: v.optional(v.pipe(v.array(mxPattern, m.notList), v.maxLength(50, m.tooMany))),
    imap: v.optional(v.pipe(v.array(server, m.notList), v.maxLength(10, m.tooMany))),
    pop3: v.optional(v.pipe(v.array(server, m.notList), v.maxLength(10, m.tooMany))),
    smtp: v.optional(v.pipe(v.array(server, m.notList), v.maxLength(10, m.tooMany))),
    notes: v.optional(v.array(v.picklist(providerNoteIds, m.notNote), m.notList)),
    /**
     * Signals for business domains that publish their own MX host (mx.<their-domain>): names their SPF record
     * includes, and the IPv4 ranges (CIDR) their MX hosts' addresses fall in. Each with its source in core/data/provider-sources.json.
     */
    spfIncludes: v.optional(v.pipe(v.array(spfName, m.notList), v.maxLength(10, m.tooMany))),
    mxAddressRanges: v.optional(
      v.pipe(
        v.array(
          v.pipe(v.string(m.notText), v.regex(/^(\d{1,3}\.){3}\d{1,3}\/(\d|[12]\d|3[0-2])$/, m.invalid)),
          m.notList,
        ),
        v.maxLength(20, m.tooMany),
      ),
    ),
    /**
     * Host names a business domain's own mail names (imap., pop., autoconfig.<domain>) point to by CNAME, or
     * `*.suffix`: a weaker signal, asked only when the MX names alone do not tell.
     */
    cnameTargets: v.optional(v.pipe(v.array(mxPattern, m.notList), v.maxLength(10, m.tooMany))),
    /**
     * Who holds such a mailbox: `consumer`, a person with the provider directly (Gmail, Libero: no consultant in
     * between, a fault there is the provider's to fix); `business`, a domain or paid service someone set up.
     */
    audience: v.optional(v.picklist(['consumer', 'business'], m.invalid)),
    /** Which of the look-alike entries this is, in plain words (`providerHint_<hint>`). */
    hint: v.optional(v.picklist(providerHintIds, m.invalid)),
    /** The words clients use for the service, for the search ("office" finds Microsoft 365). */
    keywords: v.optional(v.pipe(v.array(plainText(40), m.notList), v.maxLength(10, m.tooMany))),
    /** The webmail's compose link, to send the report from the webmail that works. */
    compose: v.optional(v.picklist(composeKinds, m.invalid)),
    /** A public incident feed the extension can read (none needs a permission). */
    statusFeed: v.optional(v.picklist(['google-workspace'], m.invalid)),
  },
  m.notObject,
);

export type Provider = v.InferOutput<typeof providerSchema>;

/**
 * One entry of the built-in catalogue (core/data/providers.json): the same schema, but a mail service whose webmail
 * address no source gives may leave it out. The finder still recognises it and asks the user for the address.
 */
export const catalogueEntrySchema = v.object(
  {
    ...providerSchema.entries,
    webmailUrl: v.optional(httpsUrl),
    /**
     * The webmail on the customer's own domain (SiteGround, cPanel hosts): `https://{domain}/webmail`, filled with the
     * typed address's domain and proposed for the user to confirm, never opened unasked.
     */
    webmailTemplate: v.optional(v.pipe(v.string(m.notText), v.regex(/^https:\/\/\{domain\}\/[\w/.-]*$/, m.notHttps))),
  },
  m.notObject,
);
export type CatalogueEntry = v.InferOutput<typeof catalogueEntrySchema>;
export type ServerSetting = v.InferOutput<typeof server>;

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: ValidationError[] };

/** Validates one provider; each error names its field: `{ path: 'webmailUrl', code: 'notHttps' }`. */
export function validateProvider(input: unknown): Validated<Provider> {
  const result = v.safeParse(providerSchema, input);
  if (result.success) return { ok: true, value: result.output };
  return { ok: false, errors: result.issues.map((issue) => issueError(v.getDotPath(issue) ?? '', issue.message)) };
}
