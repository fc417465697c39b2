// Phone numbers in links. Settings hold them in international form (core/schemas.ts makes them so, with
// libphonenumber-js, when they are validated); here they become tel: and wa.me links. Pure, and small: it is on the
// popup's path.

/** Italy: the country of most of the consultant's clients. The consultant can set another. */
export const defaultCountryCode = '39';

/** A country calling code: 1 to 3 digits, not starting with 0, with or without "+". */
export function parseCountryCode(input: string): string | null {
  const code = input.trim().replace(/^\+/, '');
  return /^[1-9]\d{0,2}$/.test(code) ? code : null;
}

/**
 * The digits of a number in international form ("+39 333 123 4567", "0039 333…"), for tel: and wa.me; null for
 * anything else (a national number has not been through the validator, and its country is not known here).
 */
export function internationalDigits(phone: string): string | null {
  const text = phone.trim();
  if (!/^(\+|00)[0-9 ()./-]+$/.test(text)) return null;
  const digits = text.replace(/\D/g, '').replace(/^00/, '');
  return digits.length >= 6 && digits.length <= 15 && !digits.startsWith('0') ? digits : null;
}

/** A tel: link; null when the number is not one. */
export function telUrl(phone: string): string | null {
  const digits = internationalDigits(phone);
  return digits ? `tel:+${digits}` : null;
}

/** A WhatsApp click-to-chat link, with a message when given; null when the number is not one. */
export function whatsappUrl(phone: string, text?: string): string | null {
  const digits = internationalDigits(phone);
  if (!digits) return null;
  return `https://wa.me/${digits}${text === undefined ? '' : `?text=${encodeURIComponent(text)}`}`;
}
