// The value schemas shared by every validator (providers, settings, the consultant's incident feed): one home for
// what a line of text, an https address, a phone number or an email address may be. Their messages are codes
// (core/validation-messages.ts), translated where they are shown.

import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import * as v from 'valibot';
import { isSafeWebUrl, unsafeTextCharacters } from './guards';
import { addressLimit } from './limits';
import { defaultCountryCode, parseCountryCode } from './phone';
import { validationCodes as m } from './validation-messages';

/** One line of plain text from outside, at most `max` characters, without control or direction characters. */
export const plainText = (max: number) =>
  v.pipe(
    v.string(m.notText),
    v.trim(),
    v.minLength(1, m.empty),
    v.maxLength(max, m.tooLong),
    v.check((value) => !unsafeTextCharacters.test(value), m.badCharacters),
  );

/**
 * An absolute https:// address with a host and no credentials: the only kind the extension opens or fetches. Kept in
 * its parsed, normalised form (`new URL(…).href`), and refused with a tab, a line break or a direction character:
 * the URL parser drops those silently, so the raw text would differ from what is opened, and could carry forged
 * lines into a report or a policy file.
 */
export const httpsUrl = v.pipe(
  v.string(m.notText),
  v.trim(),
  v.check((value) => !unsafeTextCharacters.test(value), m.badCharacters),
  v.check(isSafeWebUrl, m.notHttps),
  v.transform((value) => new URL(value).href),
);

/** An https address outside the user's own network: for what the extension fetches by itself (the incident feed). */
export const publicHttpsUrl = v.pipe(
  httpsUrl,
  v.check((value) => !isLocalHost(new URL(value).hostname), m.localAddress),
);

export const emailAddress = v.pipe(
  v.string(m.notText),
  v.trim(),
  v.email(m.notEmail),
  v.maxLength(addressLimit, m.tooLong),
);

/**
 * A phone number, kept in international form by libphonenumber-js: "333 1234567" → "+39 333 123 4567" with Italy's
 * code, and a national trunk 0 dropped where the country drops it ("044 668 18 00" with 41 → "+41 44 668 18 00";
 * Italy keeps its 0). Here, in the layer that validates settings, so that the popup's first paint does not carry
 * the library: the popup only reads numbers already international.
 */
export const phoneNumber = (countryCode: string = defaultCountryCode) =>
  v.pipe(
    v.string(m.notText),
    v.trim(),
    v.maxLength(40, m.tooLong),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      const number = internationalPhone(dataset.value, countryCode);
      if (number) return number;
      addIssue({ message: m.notPhone });
      return NEVER;
    }),
  );

/** A number as typed, in international form ("+41 44 668 18 00"), or null when it cannot be a phone number. */
export function internationalPhone(input: string, countryCode: string = defaultCountryCode): string | null {
  const text = input.trim();
  // Only what people type for a phone number: digits, spaces, + ( ) . / - ("333 CALL ME" is not one).
  if (!/^\+?[0-9 ()./-]+$/.test(text)) return null;
  // "0041 44…" is "+41 44…"; a leading "(+41)" or "+44 (0)20" is handled by the library.
  const international = text.replace(/^00(?=[1-9])/, '+');
  const number = parsePhoneNumberFromString(international, { defaultCallingCode: countryCode });
  return number?.isPossible() ? number.formatInternational() : null;
}

/** A country calling code, 1 to 3 digits ("+39" → "39"). */
export const countryCode = v.pipe(
  v.string(m.notCountryCode),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const code = parseCountryCode(dataset.value);
    if (code) return code;
    addIssue({ message: m.notCountryCode });
    return NEVER;
  }),
);

export const colour = v.pipe(v.string(m.notText), v.regex(/^#[0-9a-f]{6}$/i, m.notColor));

export const flag = v.boolean(m.notBoolean);

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
      (a === 100 && b >= 64 && b <= 127) ||
      (a === 198 && (b === 18 || b === 19)) // benchmarking networks, used inside organisations
    );
  }
  if (host.includes(':')) {
    return (
      host === '::1' ||
      host === '::' ||
      /^f[cd]/.test(host) ||
      /^fe[89a-f]/.test(host) || // link-local fe80::/10 and the old site-local fec0::/10
      host.startsWith('::ffff:') ||
      host.startsWith('64:ff9b:') || // NAT64: an IPv4 address inside, possibly a private one
      host.startsWith('2002:') // 6to4: likewise
    );
  }
  // Public names that resolve to the asking machine or any address written in them (wildcard DNS services): the
  // extension cannot resolve a name before it fetches, so these known ones are refused by name. Others are not caught.
  return /(^|\.)(nip\.io|sslip\.io|xip\.io|localtest\.me|lvh\.me|vcap\.me|traefik\.me)$/.test(host);
}
