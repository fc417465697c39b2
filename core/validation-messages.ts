// The validators' messages, one code each: the English text goes into error strings ("path: message", for logs,
// tests and the README); the options page shows the translated message `settingsError_<code>` instead.
export const validationMessages = {
  notHttps: 'must be an https:// address',
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
  lockNeedsProvider: 'needs a provider to lock to',
  notJson: 'is not valid JSON',
  invalid: 'is not valid',
} as const;

export type ValidationCode = keyof typeof validationMessages;

/** Splits an error string into its path and message code ("consultant.email: …" → consultant.email, notEmail). */
export function parseValidationError(error: string): { path: string; code: ValidationCode } {
  const at = error.indexOf(': ');
  const path = at === -1 ? '' : error.slice(0, at);
  const message = at === -1 ? error : error.slice(at + 2);
  const code = (Object.keys(validationMessages) as ValidationCode[]).find((c) => validationMessages[c] === message);
  return { path, code: code ?? 'invalid' };
}
