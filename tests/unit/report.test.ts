import { describe, expect, it } from 'vitest';
import type { Translate } from '../../core/messages';
import { whatsappUrl } from '../../core/phone';
import type { ProbeResult } from '../../core/probes/results';
import { composeUrl, composeUrlLimit, formatReport, mailtoUrl, type ReportInput } from '../../core/report';
import { reportChannel } from '../../core/report-channel';
import { formatMessage, readCatalogue } from '../../tools/i18n-catalogue';

const translator = (locale: string): Translate => {
  const catalogue = readCatalogue(locale);
  return (key, subs) => {
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
  verdict: 'account',
  reason: 'login-refused',
  providerName: 'Aruba',
  webmailUrl: 'https://webmail.aruba.it',
  checkedAt: Date.parse('2026-11-25T08:30:05Z'),
  answers: { outcome: 'login-failed', followUp: 'password-sure' },
  results: null,
  environment: 'Chrome 156, Linux',
  version: '0.1.0',
};

const format = (locale: 'en' | 'it', input: ReportInput = base) =>
  formatReport(input, { t: translator(locale), locale, timeZone: 'Europe/Rome' });

describe('report', () => {
  it('English, minimal: when with time zone, provider, verdict, answers, environment, version', () => {
    const { subject, body } = format('en');
    // The verdict line is written for its reader: no "your computer" to the person who receives it.
    expect(subject).toBe('Email problem (Aruba): Aruba mail: the service responds, but the mailbox has a problem');
    expect(body).toBe(
      [
        'Webmail First: email check report',
        '',
        'Checked on: 2026-11-25 09:30 (Europe/Rome) · Wednesday, November 25, 2026 at 9:30 AM',
        'Email provider: Aruba (https://webmail.aruba.it)',
        'Verdict: Aruba mail: the service responds, but the mailbox has a problem',
        "What to tell them: I can't sign in to the Aruba webmail with my password, which I typed and is definitely right.",
        '',
        'Answers:',
        "- How it went in the webmail: I can't get in (or I don't know the password)",
        "- Is the password definitely right? Yes, I typed it and it's definitely right",
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
      verdict: 'mail-service',
      reason: 'checked-webmail-down',
      answers: { checked: 'webmail-down' },
      answeredAt: Date.parse('2026-11-25T08:31:00Z'),
      results,
      address: 'info@studio-rossi.it',
      feed: { state: 'incident', title: 'Gmail down' },
    });
    expect(subject).toBe('Problema posta (Aruba): Posta Aruba: non funziona nemmeno dalla webmail');
    expect(body).toContain(
      'Data della verifica: 2026-11-25 09:31 (Europe/Rome) · mercoledì 25 novembre 2026 alle ore 09:31',
    );
    expect(body).toContain('Indirizzo: info@studio-rossi.it');
    expect(body).toContain(
      "Cosa dire: La webmail di Aruba (all'indirizzo webmail.aruba.it) non risponde, mentre gli altri siti sì.",
    );
    expect(body).toContain(
      "Risposte:\n- Risultato dei controlli automatici, confermato dall'utente: I controlli automatici non riescono ad aprire la webmail di Aruba, mentre gli altri siti sì.",
    );
    expect(body).toContain('Webmail aperta: 2026-11-25 09:30 (Europe/Rome)');
    // The report keeps the technical facts: hosts and times.
    expect(body).toContain('- Gli altri siti rispondono (in 80 ms).');
    expect(body).toContain(
      '- webmail.aruba.it non ha risposto entro 2,5 secondi (lento, il che non vuol dire guasto).',
    );
    expect(body).toContain('- La pagina di stato di Google segnala un problema in corso su Gmail: Gmail down');
  });

  it.each(['en', 'it'] as const)('%s: every verdict and reason formats without a missing message', (locale) => {
    const cases: [ReportInput['verdict'], ReportInput['reason'], ReportInput['answers']][] = [
      ['mail-client', 'webmail-works', { outcome: 'works' }],
      ['mail-service', 'page-down', { outcome: 'page-failed', followUp: 'internet-works' }],
      ['mail-service', 'inbox-failed', { outcome: 'inbox-failed' }],
      ['internet', 'nothing-opens', { outcome: 'page-failed', followUp: 'internet-down' }],
      ['internet', 'checked-offline', {}],
      ['password', 'password-unsure', { outcome: 'login-failed', followUp: 'password-unsure' }],
      ['password', 'password-remembered', { outcome: 'login-failed', followUp: 'password-remembered' }],
      ['password', 'password-expired', { outcome: 'warning', followUp: 'password-expired' }],
      ['account', 'send-blocked', { outcome: 'send-failed', followUp: 'send-all' }],
      ['recipient', 'recipient-side', { outcome: 'send-failed', followUp: 'send-one' }],
      ['account', 'mailbox-full', { outcome: 'warning', followUp: 'quota' }],
      ['account', 'suspended', { outcome: 'warning', followUp: 'suspended' }],
      ['account', 'blocked', { outcome: 'warning', followUp: 'blocked' }],
      ['account', 'warning-other', { outcome: 'warning', followUp: 'other' }],
      ['mail-client', 'pop-deleted', { outcome: 'inbox-empty', followUp: 'missing-in-program' }],
      ['account', 'mail-missing', { outcome: 'inbox-empty', followUp: 'missing-nowhere' }],
      ['account', 'domain-missing', {}],
      ['account', 'domain-no-mail', {}],
      ['mail-service', 'maintenance', { outcome: 'page-notice', followUp: 'notice-maintenance' }],
      ['network', 'blocked-page', { outcome: 'page-notice', followUp: 'notice-blocked' }],
      ['mail-service', 'notice-other', { outcome: 'page-notice', followUp: 'notice-other' }],
      ['network', 'phone-works', { outcome: 'page-failed', followUp: 'internet-works', second: 'phone-works' }],
      ['mail-service', 'phone-fails', { outcome: 'page-failed', followUp: 'internet-works', second: 'phone-fails' }],
      [
        'mail-service',
        'phone-unknown',
        { outcome: 'page-failed', followUp: 'internet-works', second: 'phone-unknown' },
      ],
      ['internet', 'slow-line', { outcome: 'page-failed', followUp: 'internet-works', checked: 'internet-slow' }],
      ['account', 'domain-delivery', { outcome: 'send-failed', followUp: 'send-spam' }],
      ['recipient', 'too-big', { outcome: 'send-failed', followUp: 'send-too-big' }],
      ['phishing', 'phishing-typed', { outcome: 'warning', followUp: 'scam', second: 'typed-yes' }],
      ['phishing', 'phishing-ignored', { outcome: 'warning', followUp: 'scam', second: 'typed-no' }],
      ['mail-service', 'maintenance', { checked: 'page-maintenance' }],
      ['mail-client', 'error-reading', { outcome: 'works' }],
      ['middle-man', 'gmail-fetch', { outcome: 'works', second: 'reader-gmail' }],
      ['middle-man', 'new-outlook', { outcome: 'works', second: 'reader-new-outlook' }],
      ['mail-client', 'reader-phone', { outcome: 'works', second: 'reader-phone' }],
      ['mail-client', 'reader-other', { outcome: 'works', second: 'reader-other' }],
    ];
    for (const [verdict, reason, answers] of cases) {
      const { body } = format(locale, { ...base, verdict, reason, answers, results });
      expect(body).not.toMatch(/\$[A-Z]+\$|undefined|null/);
    }
  });

  it('says the phone answer and the accepted page notice in the answers', () => {
    const phone = format('en', {
      ...base,
      verdict: 'network',
      reason: 'phone-works',
      answers: { outcome: 'page-failed', followUp: 'internet-works', second: 'phone-works' },
    }).body;
    expect(phone).toContain(
      '- On your phone, on mobile data (Wi-Fi off), does the Aruba webmail open? Yes, it opens on the phone',
    );
    const page = format('en', {
      ...base,
      verdict: 'network',
      reason: 'blocked-page',
      answers: { checked: 'page-blocked' },
    });
    expect(page.body).toContain("it's a filter or an antivirus blocking the site");
    expect(page.subject).toContain('blocked by this network');
  });

  it('a full year and an unambiguous order, whatever the locale', () => {
    for (const locale of ['en', 'it'] as const) {
      expect(format(locale).body).toMatch(/: 2026-11-25 09:30 \(Europe\/Rome\)/);
    }
  });

  it('names a disagreement between the answer and the checks', () => {
    const upResults: ProbeResult[] = [
      { kind: 'internet', host: 'www.gstatic.com', status: 'ok', ms: 80 },
      { kind: 'webmail', host: 'webmail.aruba.it', status: 'ok', ms: 84 },
    ];
    const { body } = format('en', {
      ...base,
      reason: 'page-down',
      answers: { outcome: 'page-failed', followUp: 'internet-works' },
      results: upResults,
    });
    expect(body).toContain("Note: From here the Aruba webmail's site answers.");
    expect(format('en').body).not.toContain('Note:');
  });

  it('names the client and the person who sent it (a consultant has many clients)', () => {
    const { subject, body } = format('it', { ...base, client: 'Studio Rossi Srl', person: 'Anna Verdi' });
    expect(subject).toMatch(/^Studio Rossi Srl: Problema posta \(Aruba\)/);
    expect(body).toContain('Cliente: Studio Rossi Srl\nInviato da: Anna Verdi\nFornitore della posta: Aruba');
  });

  it("uses the administrator's product name in the title", () => {
    const { body } = formatReport(base, {
      t: translator('en'),
      locale: 'en',
      timeZone: 'Europe/Rome',
      productName: 'Posta Sicura',
    });
    expect(body.split('\n')[0]).toBe('Posta Sicura: email check report');
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

describe('the report through a channel that works', () => {
  it.each<[ReportInput['verdict'], string]>([
    ['mail-service', 'broken'],
    ['account', 'broken'],
    ['password', 'broken'],
    ['internet', 'broken'],
    ['mail-client', 'webmail'],
    ['recipient', 'mail'],
  ])('%s → %s', (verdict, kind) => {
    expect(
      reportChannel(verdict, { name: 'Gmail', webmailUrl: 'https://mail.google.com/', compose: 'gmail' }).kind,
    ).toBe(kind);
  });

  it.each([
    ['gmail', 'https://mail.google.com/mail/?view=cm&fs=1&to=a%40b.it&su=S%20%C3%A8&body=B'],
    ['outlook-live', 'https://outlook.live.com/mail/0/deeplink/compose?to=a%40b.it&subject=S%20%C3%A8&body=B'],
    ['outlook-office', 'https://outlook.office.com/mail/deeplink/compose?to=a%40b.it&subject=S%20%C3%A8&body=B'],
  ] as const)('%s: recipient, subject and body filled', (kind, url) => {
    expect(composeUrl(kind, 'a@b.it', 'S è', 'B')).toBe(url);
  });

  it('cuts a long body at a line to stay under the limit', () => {
    const body = Array.from({ length: 200 }, (_, i) => `line ${i} ${'x'.repeat(20)}`).join('\n');
    const url = composeUrl('gmail', 'a@b.it', 'S', body);
    expect(url.length).toBeLessThanOrEqual(composeUrlLimit);
    expect(decodeURIComponent(url.split('&body=')[1] ?? '')).toMatch(/^line 0 x+\n[\s\S]*\n…$/);
  });

  it('carries the pasted error and its reading, or says it is not recognised', () => {
    const withReading = format('en', {
      ...base,
      error: { text: '550 5.1.8 bad outbound sender', meaning: 'Blocked.' },
    });
    expect(withReading.body).toContain("Email program's error: 550 5.1.8 bad outbound sender\nWhat it means: Blocked.");
    const unknown = format('it', { ...base, error: { text: 'boh\u202E' } });
    expect(unknown.body).toContain(
      'Errore del programma di posta: boh\nCosa vuol dire: Non riconosciamo questo messaggio',
    );
  });
});
