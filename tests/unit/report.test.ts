import { describe, expect, it } from 'vitest';
import type { ProbeResult } from '../../core/checks';
import { formatReport, mailtoUrl, type ReportInput, whatsappUrl } from '../../core/report';
import { formatMessage, readCatalogue } from './fake-i18n';

const translator = (locale: string) => {
  const catalogue = readCatalogue(locale);
  return (key: string, subs?: string | string[]) => {
    const text = formatMessage(catalogue, key, subs);
    if (!text) throw new Error(`missing message ${key}`);
    return text;
  };
};

const results: ProbeResult[] = [
  { kind: 'internet', host: 'www.gstatic.com', status: 'ok', ms: 80 },
  { kind: 'internet', host: 'www.cloudflare.com', status: 'ok', ms: 95 },
  { kind: 'webmail', host: 'webmail.aruba.it', status: 'timeout', ms: 2500 },
  { kind: 'webmail-dns', host: 'webmail.aruba.it', status: 'ok', ms: 30 },
];

const base: ReportInput = {
  verdict: 'mail-service',
  reason: 'login-refused',
  providerName: 'Aruba',
  webmailUrl: 'https://webmail.aruba.it',
  checkedAt: Date.parse('2026-11-25T08:30:05Z'),
  answers: { outcome: 'login-failed', passwordSure: true },
  results: null,
  environment: 'Chrome 156, Linux',
  version: '0.1.0',
};

const format = (locale: 'en' | 'it', input: ReportInput = base) =>
  formatReport(input, { t: translator(locale), locale, timeZone: 'Europe/Rome' });

describe('report', () => {
  it('English, minimal: when with time zone, provider, verdict, answers, environment, version', () => {
    const { subject, body } = format('en');
    expect(subject).toBe('Email problem (Aruba): The Aruba mail service is failing. It is not your computer.');
    expect(body).toBe(
      [
        'Webmail First: email check report',
        '',
        'When: 11/25/26, 9:30:05 AM (Europe/Rome)',
        'Provider: Aruba (https://webmail.aruba.it)',
        'Verdict: The Aruba mail service is failing. It is not your computer.',
        'What to tell them: The Aruba webmail refuses my password, and I am sure it is right.',
        '',
        'Answers:',
        '- What happened in the webmail: I could not sign in',
        '- Are you sure the password is right? Yes, I am sure',
        '',
        'Automatic checks:',
        '- no result',
        '',
        'Browser and system: Chrome 156, Linux',
        'Webmail First 0.1.0',
      ].join('\n'),
    );
  });

  it('Italian, with everything: address, measured checks with times, a Google incident', () => {
    const { subject, body } = format('it', {
      ...base,
      reason: 'checked-webmail-down',
      answers: {},
      results,
      address: 'info@studio-rossi.it',
      feed: { state: 'incident', title: 'Gmail down' },
    });
    expect(subject).toBe('Problema posta (Aruba): Il servizio di posta Aruba ha un problema. Non è il tuo computer.');
    expect(body).toContain('Quando: 25/11/26, 09:30:05 (Europe/Rome)');
    expect(body).toContain('Indirizzo: info@studio-rossi.it');
    expect(body).toContain('Cosa dire: La webmail Aruba (webmail.aruba.it) non risponde, mentre gli altri siti sì.');
    expect(body).toContain('Risposte:\n- nessuna (hanno deciso le verifiche automatiche)');
    expect(body).toContain('- Gli altri siti rispondono (in 80 ms).');
    expect(body).toContain('- webmail.aruba.it non risponde (nessuna risposta entro 2,5 secondi).');
    expect(body).toContain('- La pagina di stato di Google segnala un problema in corso su Gmail: Gmail down');
  });

  it.each(['en', 'it'] as const)('%s: every verdict and reason formats without a missing message', (locale) => {
    const cases: [ReportInput['verdict'], ReportInput['reason'], ReportInput['answers']][] = [
      ['mail-client', 'webmail-works', { outcome: 'works' }],
      ['mail-service', 'page-down', { outcome: 'page-failed', otherSitesOpen: true }],
      ['mail-service', 'inbox-failed', { outcome: 'inbox-failed' }],
      ['internet', 'nothing-opens', { outcome: 'page-failed', otherSitesOpen: false }],
      ['internet', 'checked-offline', {}],
      ['password', 'password-unsure', { outcome: 'login-failed', passwordSure: false }],
    ];
    for (const [verdict, reason, answers] of cases) {
      const { body } = format(locale, { ...base, verdict, reason, answers, results });
      expect(body).not.toMatch(/\$[A-Z]+\$|undefined|null/);
    }
  });

  it('never includes the address unless the user typed it', () => {
    expect(format('en').body).not.toMatch(/Address:|@/);
  });
});

describe('links', () => {
  it('mailto carries the recipient, the subject and the body, encoded', () => {
    const url = mailtoUrl('studio@bianchi.it', 'Problema & posta', 'riga 1\nriga 2?');
    expect(url).toBe('mailto:studio@bianchi.it?subject=Problema%20%26%20posta&body=riga%201%0Ariga%202%3F');
    expect(mailtoUrl('', 's', 'b')).toBe('mailto:?subject=s&body=b');
  });

  it('WhatsApp uses the number in international form, digits only', () => {
    expect(whatsappUrl('+39 333 123 4567', 'ciao')).toBe('https://wa.me/393331234567?text=ciao');
    expect(whatsappUrl('0039 333 1234567', 'x')).toBe('https://wa.me/393331234567?text=x');
    expect(whatsappUrl('123', 'x')).toBeNull();
  });
});
