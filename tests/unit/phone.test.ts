import { describe, expect, it } from 'vitest';
import { builtInProviders } from '../../core/catalogue/built-in';
import { parseCountryCode, telUrl, whatsappUrl } from '../../core/phone';
import { internationalPhone } from '../../core/schemas';
import { validateSettings as validateRaw } from '../../core/settings';
import { errorLine } from '../../core/validation-messages';

/** The validator, its errors as English lines. */
const validateSettings = (input: unknown, known: readonly string[]) => {
  const { settings, errors } = validateRaw(input, known);
  return { settings, errors: errors.map(errorLine) };
};

describe('phone numbers as people write them, made international (libphonenumber-js)', () => {
  it.each<[string, string | undefined, string | null]>([
    // As every Italian writes a mobile number: Italy's code is added, not France's (+33).
    ['333 1234567', undefined, '+39 333 123 4567'],
    ['3331234567', undefined, '+39 333 123 4567'],
    // Italy keeps the 0 of its landlines.
    ['055 123456', undefined, '+39 055 123456'],
    ['+39 333 123 4567', undefined, '+39 333 123 4567'],
    ['0039 333 1234567', undefined, '+39 333 123 4567'],
    ['+41 44 668 18 00', undefined, '+41 44 668 18 00'],
    // Every other country drops its national trunk 0 (the review's M3: these kept it before).
    ['044 668 18 00', '41', '+41 44 668 18 00'],
    ['079 123 45 67', '41', '+41 79 123 45 67'],
    ['06 12 34 56 78', '33', '+33 6 12 34 56 78'],
    ['030 1234567', '49', '+49 30 1234567'],
    ['+44 (0)20 7946 0000', undefined, '+44 20 7946 0000'],
    ['(.-)', undefined, null],
    ['12345', undefined, null],
    ['1234567890123456', undefined, null],
    ['333 CALL ME', undefined, null],
    ['', undefined, null],
  ])('%j (country %s) → %s', (input, country, expected) => {
    expect(internationalPhone(input, country)).toBe(expected);
  });

  it('links: tel: and wa.me from numbers in international form only', () => {
    expect(telUrl('+39 333 123 4567')).toBe('tel:+393331234567');
    expect(whatsappUrl('+39 333 123 4567', 'ciao')).toBe('https://wa.me/393331234567?text=ciao');
    expect(whatsappUrl('0041 79 123 45 67')).toBe('https://wa.me/41791234567');
    expect(telUrl('+41 44 668 18 00')).toBe('tel:+41446681800');
    // A national number has not been through the validator: no guess at its country.
    expect(telUrl('333 1234567')).toBeNull();
    expect(telUrl('(.-)')).toBeNull();
    expect(whatsappUrl('(.-)', 'x')).toBeNull();
  });

  it.each([
    ['39', '39'],
    ['+39', '39'],
    [' 1 ', '1'],
    ['0', null],
    ['3901', null],
    ['it', null],
  ])('country code %j → %s', (input, expected) => {
    expect(parseCountryCode(input)).toBe(expected);
  });
});

describe('the validator stores phone numbers in international form', () => {
  const ids = builtInProviders.map((p) => p.id);

  it('adds the country code, for the consultant and the technician (WhatsApp too)', () => {
    const { settings, errors } = validateSettings(
      { consultant: { phone: '055 123456', whatsapp: '333 1234567' }, technician: { whatsapp: '347 7654321' } },
      ids,
    );
    expect(errors).toEqual([]);
    expect(settings.consultant).toEqual({ phone: '+39 055 123456', whatsapp: '+39 333 123 4567' });
    expect(settings.technician).toEqual({ whatsapp: '+39 347 765 4321' });
  });

  it('uses the configured country code', () => {
    const { settings } = validateSettings({ phoneCountryCode: '+41', consultant: { phone: '044 668 18 00' } }, ids);
    expect(settings.phoneCountryCode).toBe('41');
    // The trunk 0 goes, as in Switzerland (the unit test used to lock in +41 044…).
    expect(settings.consultant?.phone).toBe('+41 44 668 18 00');
  });

  it('refuses what cannot be a number, with a message, keeping the rest', () => {
    const { settings, errors } = validateSettings(
      { phoneCountryCode: 'Italia', consultant: { name: 'Studio', phone: '(.-)' } },
      ids,
    );
    expect(settings.consultant).toEqual({ name: 'Studio' });
    expect(errors).toEqual([
      'phoneCountryCode: is not a country calling code (1 to 3 digits, e.g. 39)',
      'consultant.phone: is not a phone number',
    ]);
  });

  it('provider ids in a policy are forgiving about case and spaces', () => {
    const { settings, errors } = validateSettings({ provider: ' Libero', hiddenProviders: ['AOL '] }, ids);
    expect(errors).toEqual([]);
    expect(settings.provider).toBe('libero');
    expect(settings.hiddenProviders).toEqual(['aol']);
  });
});
