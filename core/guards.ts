// Type guards for data read from outside the code (storage of another version, files, policies, feeds).

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The largest time `Date` can hold (ms since the epoch): anything beyond makes date formatting throw. */
const maxTime = 8.64e15;

/** A point in time `Date` can represent and format (ms since the epoch, not before 1970). */
export const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= maxTime;

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

/** The longest URL kept: longer ones are refused (no real webmail address comes close). */
export const maxUrlLength = 2048;

/** True for an absolute https:// URL with a host and no credentials: the only kind the extension ever opens. */
export function isSafeWebUrl(value: string): boolean {
  if (value.length > maxUrlLength || !URL.canParse(value)) return false;
  const url = new URL(value);
  return url.protocol === 'https:' && url.hostname !== '' && url.username === '' && url.password === '';
}

/**
 * "www.ferriconsulenza.it" → "https://www.ferriconsulenza.it": what people type for a website. A colon before a
 * digit is a port, not a scheme: "webmail.studio.it:2096" (cPanel's webmail) gets its https:// too.
 */
export function withHttps(url: string): string {
  const text = url.trim();
  return text === '' || /^[a-z][a-z0-9+.-]*:(?!\d)/i.test(text) ? text : `https://${text}`;
}

/**
 * True for a host on the user's own network or machine: loopback, private and link-local addresses, `localhost`,
 * local names (`.local`, `.lan`, `.internal`, `.home.arpa`) and single-label names. A feed the extension fetches by
 * itself on every popup may not live there: it would send requests into the user's network unasked.
 */
export function isLocalHost(hostname: string): boolean {
  const host = hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
  if (!host.includes('.') && !host.includes(':')) return true;
  if (/(^|\.)(localhost|local|lan|internal|home\.arpa)$/.test(host)) return true;
  const v4 = host.match(/^(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}$/);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 100 && b >= 64 && b <= 127)
    );
  }
  if (host.includes(':'))
    return host === '::1' || /^f[cd]/.test(host) || /^fe[89ab]/.test(host) || host.startsWith('::ffff:');
  return false;
}
