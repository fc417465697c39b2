// The value schemas shared by every validator (providers, settings, the consultant's incident feed): one home for
// what a line of text, an https address, a phone number or an email address may be. Their messages are codes
// (core/validation-messages.ts), translated where they are shown.
import * as v from 'valibot';
import { isSafeWebUrl, unsafeTextCharacters } from './guards';
import { defaultCountryCode, normalizePhone, parseCountryCode } from './phone';
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

/** An absolute https:// address with a host and no credentials: the only kind the extension opens or fetches. */
export const httpsUrl = v.pipe(v.string(m.notText), v.trim(), v.check(isSafeWebUrl, m.notHttps));

export const emailAddress = v.pipe(v.string(m.notText), v.trim(), v.email(m.notEmail), v.maxLength(254, m.tooLong));

/** A phone number, kept in international form: "333 1234567" → "+39 333 1234567" with Italy's code. */
export const phoneNumber = (countryCode: string = defaultCountryCode) =>
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
