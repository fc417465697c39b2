import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { builtInProviders } from '../../core/catalogue/built-in';
import { contrastOnWhite, effectiveCatalogue, mergeSettings, usableBrandColor } from '../../core/effective-settings';
import { isSafeWebUrl } from '../../core/guards';
import { type Settings, settingsTable, validateSettings } from '../../core/settings';
import { errorLine, isValidationCode } from '../../core/validation-messages';

const ids = builtInProviders.map((p) => p.id);
/** The validator, its errors as English lines (`consultant.email: is not an email address`) to read in a table. */
const validate = (input: unknown) => {
  const { settings, errors } = validateSettings(input, ids);
  return { settings, errors: errors.map(errorLine) };
};

const full = {
  provider: 'studio-mail',
  lockProvider: true,
  consultant: {
    name: 'Studio Bianchi',
    phone: '+39 055 123456',
    email: 'assistenza@studiobianchi.it',
    whatsapp: '+39 333 123 4567',
    website: 'https://studiobianchi.it/',
    hours: 'lun-ven 9-18',
  },
  technician: { name: 'Marco Rossi', phone: '+39 347 765 4321', email: 'marco@example.it' },
  customProviders: [{ id: 'studio-mail', name: 'Studio Mail', webmailUrl: 'https://posta.studiobianchi.it/' }],
  hiddenProviders: ['aol', 'gmx-com'],
  detection: false,
  outsideChecks: false,
  neighbours: { url: 'https://ntfy.studiobianchi.it/vicini', token: 'tk_readwrite0123' },
  branding: { productName: 'Posta Bianchi', color: '#0b4f8a' },
  reportEmail: 'ticket@studiobianchi.it',
};

describe('validateSettings', () => {
  it('accepts a complete, valid configuration unchanged', () => {
    expect(validate(full)).toEqual({ settings: full, errors: [] });
  });

  it('every row of the table carries its real schema: what the validator keeps passes it, a wrong shape does not', () => {
    const kept = validate(full).settings as Record<string, unknown>;
    for (const [key, row] of Object.entries(settingsTable)) {
      if (key in kept) expect(v.is(row.schema, kept[key]), key).toBe(true);
    }
    // The two kinds checked entry by entry (a contact's fields, the custom providers) have a schema of that shape.
    expect(v.is(settingsTable.consultant.schema, { name: 7 })).toBe(false);
    expect(v.is(settingsTable.customProviders.schema, [{ id: 'x' }])).toBe(false);
    expect(v.is(settingsTable.customProviders.schema, 'a list')).toBe(false);
  });

  it('nothing configured is no settings and no error', () => {
    expect(validate(undefined)).toEqual({ settings: {}, errors: [] });
    expect(validate({})).toEqual({ settings: {}, errors: [] });
  });

  it('drops each invalid entry with a readable error, keeping the rest', () => {
    const { settings, errors } = validate({
      ...full,
      consultant: { ...full.consultant, email: 'not an email', website: 'javascript:alert(1)' },
      customProviders: [
        ...full.customProviders,
        { id: 'evil', name: 'Evil', webmailUrl: 'javascript:alert(1)' },
        { id: 'studio-mail', name: 'Again', webmailUrl: 'https://x.example' },
      ],
      hiddenProviders: ['aol', 'nope', 7],
      colour: 'red',
    });
    expect(errors).toEqual([
      'colour: is not a known setting',
      'customProviders.1.webmailUrl: must be an https:// address',
      'customProviders.2.id: duplicates an id used above',
      'hiddenProviders.1: is not a known provider',
      'hiddenProviders.2: is not a known provider',
      'consultant.email: is not an email address',
      'consultant.website: must be an https:// address',
    ]);
    expect(settings.consultant).toEqual({
      name: 'Studio Bianchi',
      phone: '+39 055 123456',
      whatsapp: '+39 333 123 4567',
      hours: 'lun-ven 9-18',
    });
    expect(settings.customProviders?.map((p) => p.id)).toEqual(['studio-mail']);
    expect(settings.hiddenProviders).toEqual(['aol']);
    expect(settings.reportEmail).toBe(full.reportEmail);
  });

  it('ignores inherited names such as "constructor" and "__proto__" (a hostile file)', () => {
    const hostile = JSON.parse('{"consultant":{"constructor":"x","__proto__":{"polluted":true},"name":"A"}}');
    expect(validate(hostile)).toEqual({
      settings: { consultant: { name: 'A' } },
      errors: ['consultant.constructor: is not a known setting', 'consultant.__proto__: is not a known setting'],
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('an unknown preset is reported and left out (the picker takes over); lock needs a provider', () => {
    expect(validate({ provider: 'gone', lockProvider: true })).toEqual({
      settings: {},
      errors: ['provider: is not a known provider', 'lockProvider: needs a provider to lock to'],
    });
  });

  it.each([
    ['a string', 'aruba', ['settings: must be an object']],
    ['an array', [], ['settings: must be an object']],
    [
      'wrong types',
      { detection: 'yes', customProviders: {}, consultant: 'me' },
      ['customProviders: must be a list', 'detection: must be true or false', 'consultant: must be an object'],
    ],
  ])('reports %s', (_, input, errors) => {
    expect(validate(input).errors).toEqual(errors);
  });
});

describe('validateSettings with random input (fast-check)', () => {
  const urlish = fc.oneof(
    fc.webUrl(),
    fc.constantFrom(
      'javascript:alert(1)',
      'data:text/html,x',
      'file:///etc/passwd',
      'http://x.example',
      ' https://ok.example ',
    ),
    fc.string(),
  );
  const providerLike = fc.record(
    {
      id: fc.oneof(fc.constantFrom('aruba', 'x', 'studio-mail'), fc.string()),
      name: fc.string(),
      webmailUrl: urlish,
      statusUrl: urlish,
    },
    { requiredKeys: [] },
  );
  const settingsLike = fc.oneof(
    fc.anything(),
    fc.record(
      {
        provider: fc.oneof(fc.constantFrom(...ids), fc.anything()),
        customProviders: fc.oneof(fc.array(fc.oneof(providerLike, fc.anything())), fc.anything()),
        consultant: fc.oneof(fc.record({ website: urlish, email: fc.string(), phone: fc.string() }), fc.anything()),
        hiddenProviders: fc.anything(),
        branding: fc.anything(),
      },
      { requiredKeys: [] },
    ),
  );

  it('never throws, and never yields an unsafe URL', () => {
    fc.assert(
      fc.property(settingsLike, (input) => {
        const { settings, errors } = validate(input);
        expect(Array.isArray(errors)).toBe(true);
        const urls = [
          ...(settings.customProviders ?? []).flatMap((p) => [
            p.webmailUrl,
            p.statusUrl,
            p.passwordResetUrl,
            p.supportUrl,
          ]),
          settings.consultant?.website,
        ].filter((u): u is string => u !== undefined);
        for (const url of urls) expect(isSafeWebUrl(url)).toBe(true);
        if (settings.provider)
          expect([...ids, ...(settings.customProviders ?? []).map((p) => p.id)]).toContain(settings.provider);
      }),
      { numRuns: 500 },
    );
  });

  it('validating its own output changes nothing (stable)', () => {
    fc.assert(
      fc.property(settingsLike, (input) => {
        const once = validate(input).settings;
        expect(validate(once)).toEqual({ settings: once, errors: [] });
      }),
      { numRuns: 300 },
    );
  });
});

describe('error codes for the options page', () => {
  it('every message the validators write has a code, and every code a translated message', async () => {
    const { readCatalogue } = await import('../../tools/i18n-catalogue');
    const { validationMessages } = await import('../../core/validation-messages');
    const { errors } = validateSettings(
      {
        provider: 7,
        lockProvider: 'y',
        consultant: { name: '', phone: 'x', email: 'y', website: 'http://a.b', hours: 5, other: 1 },
        branding: { color: 'red', productName: 'x'.repeat(99) },
        customProviders: [
          {
            id: 'Bad Id',
            name: 3,
            webmailUrl: 'https://a.b',
            domains: 'x',
            mx: ['?'],
            imap: [{ host: '-', port: 0, security: 'tls' }],
          },
        ],
        hiddenProviders: 'aol',
        other: true,
      },
      ids,
    );
    expect(errors.length).toBeGreaterThan(10);
    for (const error of errors) {
      expect(isValidationCode(error.code), errorLine(error)).toBe(true);
      expect(error.code, errorLine(error)).not.toBe('invalid');
    }
    for (const locale of ['en', 'it']) {
      const messages = readCatalogue(locale);
      for (const code of Object.keys(validationMessages))
        expect(messages[`settingsError_${code}`], `${locale} ${code}`).toBeDefined();
    }
  });
});

describe('effective settings', () => {
  it('policy wins over the user, key by key', () => {
    const managed: Settings = { provider: 'aruba', consultant: { name: 'Policy' } };
    const local: Settings = { provider: 'gmail', technician: { name: 'Mine' } };
    expect(mergeSettings(managed, local)).toEqual({
      provider: 'aruba',
      consultant: { name: 'Policy' },
      technician: { name: 'Mine' },
    });
  });

  it('a custom provider may not take a built-in id', () => {
    const { settings, errors } = validate({
      customProviders: [{ id: 'aruba', name: 'Aruba (studio)', webmailUrl: 'https://webmail.aruba.it/studio' }],
    });
    expect(settings).toEqual({});
    expect(errors).toEqual(['customProviders.0.id: is the id of a built-in provider: give the custom one another id']);
  });

  it('the catalogue adds custom providers, hides hidden ones but never the preset', () => {
    const extra = { id: 'studio-mail', name: 'Studio Mail', webmailUrl: 'https://posta.example.it' };
    const list = effectiveCatalogue(builtInProviders, {
      customProviders: [extra],
      hiddenProviders: ['gmail', 'libero'],
      provider: 'libero',
    });
    expect(list.at(-1)).toEqual(extra);
    expect(list.some((p) => p.id === 'gmail')).toBe(false);
    expect(list.some((p) => p.id === 'libero')).toBe(true);
  });
});

describe('branding colour', () => {
  it.each([
    ['#000000', 21],
    ['#ffffff', 1],
  ])('contrast of %s on white is %d', (hex, ratio) => {
    expect(contrastOnWhite(hex)).toBeCloseTo(ratio, 1);
  });

  it('uses a dark enough colour and ignores a pale one', () => {
    expect(usableBrandColor({ branding: { color: '#0b4f8a' } })).toBe('#0b4f8a');
    expect(usableBrandColor({ branding: { color: '#ffdd00' } })).toBeUndefined();
    expect(usableBrandColor({})).toBeUndefined();
  });
});
