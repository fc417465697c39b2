// Dated changes as data: every advisory has a source and real days in order; each shows only between its days, for
// its provider and its symptom (a fixed clock, never the machine's); the consultant's feed carries the same shape,
// checked like an incident.
import { describe, expect, it } from 'vitest';
import { advisoriesFor, builtInAdvisories, current } from '../../core/advisories';
import { parseAdvisory, parseFeedAdvisories } from '../../core/advisories/parse';
import { secondQuestions } from '../../core/answers';
import { builtInProviders } from '../../core/catalogue/built-in';
import { mailErrors } from '../../core/mail-errors';
import { reasonTexts } from '../../core/texts';

const on = (iso: string) => Date.parse(`${iso}T12:00:00Z`);
const ids = (list: { id: string }[]) => list.map((a) => a.id);

describe('the built-in advisories (core/data/advisories.json)', () => {
  it('each has a source, two real days in order, both languages, whom to call, and survives its own reader', () => {
    for (const advisory of builtInAdvisories) {
      expect(advisory.source, advisory.id).toMatch(/^\[[VPU]\] \S/);
      expect(parseAdvisory(advisory), advisory.id).toEqual(advisory);
    }
  });

  it('names only providers, readers, reasons and error-reader entries that exist', () => {
    const providers = new Set(builtInProviders.map((p) => p.id));
    const readers = new Set<string>(secondQuestions.reader.answers);
    const reasons = new Set(Object.keys(reasonTexts));
    const readings = new Set(mailErrors.map((e) => e.id));
    for (const a of builtInAdvisories) {
      for (const p of [...(a.providers ?? []), ...(a.notProviders ?? [])])
        expect(providers, `${a.id}: ${p}`).toContain(p);
      for (const r of a.readers ?? []) expect(readers, `${a.id}: ${r}`).toContain(r);
      for (const r of a.reasons ?? []) expect(reasons, `${a.id}: ${r}`).toContain(r);
      for (const r of a.readings ?? []) expect(readings, `${a.id}: ${r}`).toContain(r);
    }
  });
});

describe('which advisories a check shows, on a given day', () => {
  it.each<[string, Parameters<typeof advisoriesFor>[1], string, string[]]>([
    [
      'a pasted 5.7.30 in January 2027: Microsoft 365 basic sign-in off',
      {
        providerId: 'microsoft-365',
        errorText: '550 5.7.30 Basic authentication is not supported for Client Submission',
      },
      '2027-01-15',
      ['m365-smtp-auth-basic-off'],
    ],
    [
      'the same error read by the reader, whatever the provider chosen',
      { providerId: 'aruba', readingId: 'm365-basic-auth-retired' },
      '2027-03-01',
      ['m365-smtp-auth-basic-off'],
    ],
    ['…but not before the day it starts', { providerId: 'microsoft-365', errorText: '550 5.7.30' }, '2026-12-30', []],
    [
      '…and never after the day it stops mattering',
      { providerId: 'microsoft-365', errorText: '550 5.7.30' },
      '2027-12-31',
      [],
    ],
    [
      'Libero read in Gmail, 2026: Gmail fetching ended',
      { providerId: 'libero', reason: 'gmail-fetch', reader: 'reader-gmail' },
      '2026-12-06',
      ['gmail-fetch-ended'],
    ],
    ['Gmail read in Gmail: nothing', { providerId: 'gmail', reader: 'reader-gmail' }, '2026-12-06', []],
    [
      'Aruba in the new Outlook: Microsoft cloud sync',
      { providerId: 'aruba', reader: 'reader-new-outlook' },
      '2026-12-06',
      ['new-outlook-cloud-sync'],
    ],
    [
      'Outlook.com full: the 5 GB shared with OneDrive',
      { providerId: 'outlook', reason: 'mailbox-full' },
      '2026-12-06',
      ['outlook-com-shared-storage'],
    ],
    ['Aruba full: not Outlook.com’s rule', { providerId: 'aruba', reason: 'mailbox-full' }, '2026-12-06', []],
    [
      'Aruba PEC, the webmail works: the three-month client password',
      { providerId: 'aruba-pec', reason: 'webmail-works' },
      '2026-12-06',
      ['aruba-pec-client-password'],
    ],
    ['a provider alone, no symptom: nothing', { providerId: 'microsoft-365' }, '2027-01-15', []],
  ])('%s', (_, check, date, expected) => {
    expect(ids(advisoriesFor(builtInAdvisories, check, on(date)))).toEqual(expected);
  });

  it('the same advisory from the feed and the built-in list shows once', () => {
    const twice = [...builtInAdvisories, ...builtInAdvisories];
    expect(ids(advisoriesFor(twice, { providerId: 'outlook', reason: 'mailbox-full' }, on('2026-12-06')))).toEqual([
      'outlook-com-shared-storage',
    ]);
  });

  it('is current from its first day to the day before its end', () => {
    const a = { id: 'x', starts: '2027-01-01', ends: '2027-02-01', who: 'user' as const, text: { it: 'a', en: 'a' } };
    expect(current(a, Date.parse('2026-12-31T23:59:59Z'))).toBe(false);
    expect(current(a, Date.parse('2027-01-01T00:00:00Z'))).toBe(true);
    expect(current(a, Date.parse('2027-01-31T23:59:59Z'))).toBe(true);
    expect(current(a, Date.parse('2027-02-01T00:00:00Z'))).toBe(false);
  });
});

describe("the consultant's feed carries advisories of the same shape", () => {
  const good = {
    id: 'aruba-pec-rem-2027',
    starts: '2027-01-01',
    ends: '2027-06-30',
    providers: ['aruba-pec'],
    reasons: ['webmail-works'],
    who: 'consultant',
    text: { it: 'La PEC diventa europea: il consulente ti aiuta.', en: 'PEC becomes European: your consultant helps.' },
  };
  it.each<[string, unknown, unknown]>([
    ['a good one', good, good],
    ['days out of order', { ...good, ends: '2026-01-01' }, undefined],
    ['not a day', { ...good, starts: 'soon' }, undefined],
    ['one language only', { ...good, text: { it: 'x' } }, undefined],
    ['an unknown whom', { ...good, who: 'everyone' }, undefined],
    ['a hostile id', { ...good, id: '<img onerror=x>' }, undefined],
    [
      'text with a line break or a control character: refused, like an incident’s',
      { ...good, text: { it: 'a\nb\u0000c', en: 'd' } },
      undefined,
    ],
    [
      'junk in the lists: dropped, the rest kept',
      { ...good, providers: ['aruba-pec', 'Evil Provider!', 7], codes: ['5.7.30', 'x'] },
      { ...good, codes: ['5.7.30'] },
    ],
  ])('%s', (_, value, expected) => {
    expect(parseAdvisory(value)).toEqual(expected);
  });

  it('reads at most 30 from a feed, and none from a feed without the list', () => {
    expect(parseFeedAdvisories({ incidents: [] })).toEqual([]);
    expect(
      parseFeedAdvisories({ advisories: Array.from({ length: 50 }, (_, n) => ({ ...good, id: `a${n}` })) }),
    ).toHaveLength(30);
    expect(parseFeedAdvisories({ advisories: 'x' })).toEqual([]);
  });
});
