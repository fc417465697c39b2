// What the validators say, as data: an error is `{ path, code }` (consultant.email, notEmail). Screens translate
// the code at the edge (`settingsError_<code>`); the English text below is for tests and the docs.
export const validationMessages = {
  notHttps: 'must be an https:// address',
  localAddress: 'is on this computer or its local network: use a public https address',
  tooLarge: 'is larger than settings may be (1 MB): leave out what is not needed',
  notHost: 'is not a host name',
  notDomain: 'is not a domain name',
  notMx: 'is not an MX host or *.pattern',
  badId: 'must be 1-40 lowercase letters, digits or dashes',
  empty: 'is empty',
  tooLong: 'is too long',
  badCharacters: 'contains control characters, line breaks or direction overrides',
  tooMany: 'has too many entries',
  moreErrors: 'more errors, not listed',
  builtInName: 'is the name of a built-in provider: a look-alike could send users to the wrong webmail',
  notPhone: 'is not a phone number',
  notCountryCode: 'is not a country calling code (1 to 3 digits, e.g. 39)',
  notEmail: 'is not an email address',
  notColor: 'is not a #rrggbb colour',
  notPort: 'is not a port number',
  notSecurity: 'must be ssl or starttls',
  notNote: 'is not a known note',
  notText: 'must be text',
  notObject: 'must be an object',
  notList: 'must be a list',
  notBoolean: 'must be true or false',
  unknownSetting: 'is not a known setting',
  unknownProvider: 'is not a known provider',
  duplicateId: 'duplicates an id used above',
  builtInId: 'is the id of a built-in provider: give the custom one another id',
  builtInDomain: 'names a domain of a built-in provider: its users would be sent to this webmail instead',
  rangeTooWide: 'has an address range wider than /16: it would claim domains of other providers',
  lockNeedsProvider: 'needs a provider to lock to',
  notJson: 'is not valid JSON',
  invalid: 'is not valid',
  required: 'is needed for this channel',
  notNotifyKind: 'must be webhook, ntfy, teams or telegram',
  notBotToken: 'is not a Telegram bot token (digits, a colon, then 35 characters, as BotFather gives it)',
  notChatId: 'is not a Telegram chat id (the number of a private chat or group)',
  publicChat: 'is a public Telegram channel: every report would be published to anyone',
  telegramReads:
    'is Telegram: a bot token can read its chat, so on clients’ computers it would let anyone read every report. Use a webhook, Teams Workflows or ntfy with a write-only token',
  policyOnly: 'can only be set by policy (managed machines)',
  retiredTeamsConnector: 'is an Office 365 connector, retired in 2025: use the address of a Teams Workflows flow',
} as const;

export type ValidationCode = keyof typeof validationMessages;

/** One problem found in data from outside: where (`consultant.email`, `customProviders.2.webmailUrl`) and what. */
export interface ValidationError {
  path: string;
  code: ValidationCode;
  /** For `moreErrors`: how many more were found. */
  count?: number;
}

/** Each code as itself: valibot schemas take these as their messages, so that an issue's message is its code. */
export const validationCodes = Object.fromEntries(Object.keys(validationMessages).map((code) => [code, code])) as {
  [K in ValidationCode]: K;
};

export const isValidationCode = (value: unknown): value is ValidationCode =>
  typeof value === 'string' && Object.hasOwn(validationMessages, value);

/** An error from a valibot issue's message (a code; anything else is `invalid`). */
export const issueError = (path: string, message: string | undefined): ValidationError => ({
  path,
  code: isValidationCode(message) ? message : 'invalid',
});

/** The error in English, one line, for logs and tests: `consultant.email: is not an email address`. */
export function errorLine({ path, code, count }: ValidationError): string {
  const where = count !== undefined ? String(count) : path;
  return where ? `${where}: ${validationMessages[code]}` : validationMessages[code];
}
