import { describe, expect, it } from 'vitest';
import { normalizePhone, parseCountryCode, telUrl, whatsappUrl } from '../../core/phone';
import { builtInProviders } from '../../core/providers';
import { validateSettings as validateRaw } from '../../core/settings';
import { errorLine } from '../../core/validation-messages';

/** The validator, its errors as English lines. */
const validateSettings = (input: unknown, known: readonly string[]) => {
  const { settings, errors } = validateRaw(input, known);
  return { settings, errors: errors.map(errorLine) };
};

describe('phone numbers as people write them', () => {
  it.each<[string, string | undefined, string | null, string | null]>([
    // As every Italian writes a mobile number: Italy's code is added, not France's (+33).
    ['333 1234567', undefined, '393331234567', '+39 333 1234567'],
    ['3331234567', undefined, '393331234567', '+39 3331234567'],
    ['055 123456', undefined, '39055123456', '+39 055 123456'],
    ['+39 333 123 4567', undefined, '393331234567', '+39 333 123 4567'],
    ['0039 333 1234567', undefined, '393331234567', '+39 333 1234567'],
    ['(+41) 44 668 18 00', undefined, null, null],
    ['+41 44 668 18 00', undefined, '41446681800', '+41 44 668 18 00'],
    ['06 12345678', '33', '330612345678', '+33 06 12345678'],
    ['(.-)', undefined, null, null],
    ['12345', undefined, null, null],
    ['1234567890123456', undefined, null, null],
    ['333 CALL ME', undefined, null, null],
    ['', undefined, null, null],
  ])('%j (country %s) → %s', (input, country, digits, display) => {
    const number = normalizePhone(input, country);
    expect(number?.digits ?? null).toBe(digits);
    expect(number?.display ?? null).toBe(display);
  });

  it('links: tel: and wa.me in international form, none for a non-number', () => {
    expect(telUrl('333 1234567')).toBe('tel:+393331234567');
    expect(whatsappUrl('333 1234567', 'ciao')).toBe('https://wa.me/393331234567?text=ciao');
    expect(whatsappUrl('+39 333 1234567')).toBe('https://wa.me/393331234567');
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
    expect(settings.consultant).toEqual({ phone: '+39 055 123456', whatsapp: '+39 333 1234567' });
    expect(settings.technician).toEqual({ whatsapp: '+39 347 7654321' });
  });

  it('uses the configured country code', () => {
    const { settings } = validateSettings({ phoneCountryCode: '+41', consultant: { phone: '044 668 18 00' } }, ids);
    expect(settings.phoneCountryCode).toBe('41');
    expect(settings.consultant?.phone).toBe('+41 044 668 18 00');
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
