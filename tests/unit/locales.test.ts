import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCatalogue } from '../../tools/i18n-catalogue';

const locales = readdirSync(new URL('../../public/_locales/', import.meta.url));
const english = readCatalogue('en');

describe('locales', () => {
  it('include English (the default) and Italian', () => {
    expect(locales.sort()).toEqual(['en', 'it']);
  });

  it.each(locales)('%s has exactly the keys of the default locale', (locale) => {
    expect(Object.keys(readCatalogue(locale)).sort()).toEqual(Object.keys(english).sort());
  });

  it('message names use only the characters browsers accept', () => {
    for (const key of Object.keys(english)) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });

  it.each(locales)('%s: every message has text and a translator description', (locale) => {
    for (const [key, entry] of Object.entries(readCatalogue(locale))) {
      expect(entry.message.trim(), key).not.toBe('');
      expect((entry as { description?: string }).description?.trim(), key).toBeTruthy();
    }
  });

  it.each(locales)('%s: placeholders are declared, used, and the same as in English', (locale) => {
    for (const [key, entry] of Object.entries(readCatalogue(locale))) {
      const used = [...entry.message.matchAll(/\$([a-z_]+)\$/gi)].map((m) => m[1]?.toLowerCase()).sort();
      const declared = Object.keys(entry.placeholders ?? {}).sort();
      expect([...new Set(used)], key).toEqual(declared);
      expect(entry.placeholders, key).toEqual(english[key]?.placeholders);
    }
  });

  it('Italian speaks to the user with tu, in gender-neutral phrases, and never writes "a" before a vowel or a name', () => {
    const italian = readCatalogue('it');
    const rules: [RegExp, string][] = [
      [/\b(sua|suo|sue|suoi|Lei|La preghiamo)\b/, 'formal Lei among tu'],
      [/\b(sono|sei|è) (sicur|riuscit|stat|convint)[oa]\b/, 'gendered adjective about the user'],
      [/\ba \$[A-Z]+\$/, '"a" before a name (ad Aruba, a Anna): use "presso" or a colon'],
      [/\ba [Aa]/, '"a" before an a: "ad" (ad Aruba)'],
    ];
    for (const [key, entry] of Object.entries(italian)) {
      for (const [pattern, why] of rules) expect(entry.message, `${key}: ${why}`).not.toMatch(pattern);
    }
  });

  it('Italian calls the mail provider "fornitore", never "gestore" (to most Italians the phone company)', () => {
    for (const [key, entry] of Object.entries(readCatalogue('it'))) expect(entry.message, key).not.toMatch(/gestor/i);
  });

  it.each(locales)(
    '%s: a count is written in its plural forms, or as a label ("Voci: 3"), never "tutte le 1"',
    (locale) => {
      const catalogue = readCatalogue(locale);
      for (const [key, entry] of Object.entries(catalogue)) {
        if (!/\$COUNT\$/.test(entry.message)) continue;
        const pair = key.match(/^(.*)_(one|other)$/);
        if (pair) {
          // Both forms exist, and the one form really is singular in the language (Intl's rules choose it for 1).
          expect(catalogue[`${pair[1]}_one`], key).toBeDefined();
          expect(catalogue[`${pair[1]}_other`], key).toBeDefined();
          expect(new Intl.PluralRules(locale).select(1)).toBe('one');
        } else {
          expect(entry.message, key).toMatch(/: \$COUNT\$/);
        }
      }
      expect(catalogue.historyClearConfirm_one?.message).not.toMatch(/tutte|all /);
    },
  );

  it('the manifest strings exist', () => {
    for (const key of ['extName', 'extShortName', 'extDescription']) expect(english[key]).toBeDefined();
    expect(english.extShortName?.message.length).toBeLessThanOrEqual(12);
    expect(english.extDescription?.message.length).toBeLessThanOrEqual(132);
  });
});
