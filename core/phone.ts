// Phone numbers as people write them ("333 1234567", "055 123456", "+39 333…", "0039 333…"), made
// international so that tel: and WhatsApp links reach the right country. Pure.

/** Italy: the country of most of the consultant's clients. The administrator can set another. */
export const defaultCountryCode = '39';

export interface PhoneNumber {
  /** International digits, no "+": for wa.me and tel: links. */
  digits: string;
  /** As shown and stored: "+39 333 1234567" (the user's own grouping kept). */
  display: string;
}

/** A country calling code: 1 to 3 digits, not starting with 0, with or without "+". */
export function parseCountryCode(input: string): string | null {
  const code = input.trim().replace(/^\+/, '');
  return /^[1-9]\d{0,2}$/.test(code) ? code : null;
}

/**
 * The number in international form, or null when it is not a phone number: 6 to 15 digits typed, and 15 at
 * most in international form (E.164). A number without "+" or "00" is national: the country code is added.
 */
export function normalizePhone(input: string, countryCode: string = defaultCountryCode): PhoneNumber | null {
  const text = input.trim().replace(/\s+/g, ' ');
  if (!/^\+?[0-9 ()./-]+$/.test(text)) return null;
  const typed = text.replace(/\D/g, '');
  if (typed.length < 6 || typed.length > 15) return null;
  if (text.startsWith('+')) return { digits: typed, display: text };
  if (typed.startsWith('00')) {
    const digits = typed.slice(2);
    return digits.length >= 6 ? { digits, display: `+${text.replace(/^[^0-9]*00/, '')}` } : null;
  }
  const digits = `${countryCode}${typed}`;
  return digits.length <= 15 ? { digits, display: `+${countryCode} ${text}` } : null;
}

/** A tel: link; null when the number is not one. */
export function telUrl(phone: string, countryCode?: string): string | null {
  const number = normalizePhone(phone, countryCode);
  return number ? `tel:+${number.digits}` : null;
}

/** A WhatsApp click-to-chat link, with a message when given; null when the number is not one. */
export function whatsappUrl(phone: string, text?: string, countryCode?: string): string | null {
  const number = normalizePhone(phone, countryCode);
  if (!number) return null;
  return `https://wa.me/${number.digits}${text === undefined ? '' : `?text=${encodeURIComponent(text)}`}`;
}
