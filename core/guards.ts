// Type guards for data read from outside the code (storage of another version, files, policies, feeds).

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The largest time `Date` can hold (ms since the epoch): anything beyond makes date formatting throw. */
const maxTime = 8.64e15;

/** A point in time `Date` can represent and format (ms since the epoch, not before 1970). */
export const isTime = (value: unknown): value is number =>
  // -0 is refused too: JSON writes it as 0, so a stored -0 would not read back the same.
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= maxTime && !Object.is(value, -0);

/**
 * Characters refused in free text (names, hours, messages…): control characters and line breaks (they forge lines
 * in a report or a mail subject and break a macOS profile), and bidirectional overrides (they flip displayed text).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
export const unsafeTextCharacters = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** One line of free text from outside, trimmed: undefined when empty, longer than `max` or holding the characters above. */
export function cleanText(value: unknown, max: number): string | undefined {
  const text = typeof value === 'string' ? value.trim() : '';
  return text !== '' && text.length <= max && !unsafeTextCharacters.test(text) ? text : undefined;
}

/** The enhanced SMTP status codes in a text (5.7.30, 4.4.1), as the error reader and the advisories match them. */
export function enhancedStatusCodes(text: string): Set<string> {
  return new Set(text.match(/(?<![\d.])[245]\.\d{1,3}\.\d{1,3}(?![\d.])/g) ?? []);
}

/** The longest URL kept: longer ones are refused (no real webmail address comes close). */
export const maxUrlLength = 2048;

/**
 * True for an absolute https:// URL with a host and no credentials: the only kind the extension ever opens. The limit
 * holds for the URL as typed and as kept (`href`): percent-encoding can make one "è" six characters, and an address
 * valid as typed then outgrew every limit once stored (the review's L2).
 */
export function isSafeWebUrl(value: string): boolean {
  if (value.length > maxUrlLength || !URL.canParse(value)) return false;
  const url = new URL(value);
  return (
    url.protocol === 'https:' &&
    url.hostname !== '' &&
    url.username === '' &&
    url.password === '' &&
    url.href.length <= maxUrlLength
  );
}

/**
 * "www.ferriconsulenza.it" → "https://www.ferriconsulenza.it": what people type for a website. A colon before a
 * digit is a port, not a scheme: "webmail.studio.it:2096" (cPanel's webmail) gets its https:// too.
 */
export function withHttps(url: string): string {
  const text = url.trim();
  return text === '' || /^[a-z][a-z0-9+.-]*:(?!\d)/i.test(text) ? text : `https://${text}`;
}
