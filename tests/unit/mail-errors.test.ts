import { describe, expect, it } from 'vitest';
import { readingVerdicts } from '../../core/answers';
import data from '../../core/data/mail-errors.json';
import { decide } from '../../core/decide';
import { cleanErrorText, type MailErrorEntry, mailErrors, readingOf, readMailError } from '../../core/mail-errors';

describe('the mail program errors the reader knows (core/data/mail-errors.json)', () => {
  it('has unique ids, known verdicts, both languages, a pattern and an example', () => {
    expect(new Set(mailErrors.map((e) => e.id)).size).toBe(mailErrors.length);
    for (const entry of mailErrors) {
      expect(readingVerdicts, entry.id).toContain(entry.verdict);
      expect(entry.meaning.it.trim(), entry.id).not.toBe('');
      expect(entry.meaning.en.trim(), entry.id).not.toBe('');
      expect([...(entry.hex ?? []), ...(entry.codes ?? []), ...(entry.phrases ?? [])].length, entry.id).toBeGreaterThan(
        0,
      );
      expect(entry.examples.length, entry.id).toBeGreaterThan(0);
      // Patterns are written as they are matched: hex codes and phrases in lower case.
      for (const hex of entry.hex ?? []) expect(hex, entry.id).toMatch(/^0x[0-9a-f]{8}$/);
      for (const code of entry.codes ?? []) expect(code, entry.id).toMatch(/^[245]\.\d{1,3}\.\d{1,3}$/);
      for (const phrase of entry.phrases ?? []) expect(phrase, entry.id).toBe(phrase.toLowerCase());
    }
  });

  // The same rule as the catalogue: an entry without a findable source fails.
  it.each(mailErrors.map((e) => [e.id, e] as const))('%s names its source', (_, entry) => {
    expect(entry.source).toMatch(/^\[[^\]]+\] /);
    expect(entry.source).toMatch(/https?:\/\/|\.md|\.aspx|#\d+|imnxport\.h|Thunderbird|research/);
  });

  // Every example reads as its own entry: the table test of the decoder, one row per example.
  const examples = mailErrors.flatMap((entry) => entry.examples.map((example) => [entry.id, example, entry] as const));
  it.each(examples)('%s ← %s', (id, example, entry) => {
    const read = readMailError(example);
    expect(read?.entry.id).toBe(id);
    expect(readingOf(read?.entry as MailErrorEntry).verdict).toBe(entry.verdict);
  });

  it('is the data file itself (nothing added in code)', () => {
    expect(mailErrors).toBe(data.errors);
  });
});

describe('readMailError: precedence and the unknown', () => {
  it.each<[string, string, string | undefined, string | undefined]>([
    // The hex code wins over localised text (Outlook in Italian shows Italian words around the same code).
    ['hex over text', 'Impossibile connettersi al server. Errore 0x800CCC92', 'outlook-login-rejected', 'hex'],
    ['just the code, lower case', '0x800ccc0e', 'outlook-cannot-connect', 'hex'],
    // An enhanced status code with its text wins over a bare code of another entry.
    ['code and text over a bare code', '550 5.7.1 Unable to relay (5.2.2 in the log)', 'relay-denied', 'code-and-text'],
    ['a bare enhanced code', 'Errore 5.7.30', 'm365-basic-auth-retired', 'code'],
    ['the longest phrase wins', 'Your mailbox is full', 'own-mailbox-full', 'text'],
    [
      'accents folded',
      "Se l'account funzionava in precedenza, e possibile che la password sia stata rubata",
      'password-may-be-stolen',
      'text',
    ],
    ['a code inside another number is not a code', 'ticket 15.7.300', undefined, undefined],
    ['nothing known: never a guess', 'Si è verificato un errore imprevisto', undefined, undefined],
  ])('%s', (_, text, id, match) => {
    const read = readMailError(text);
    expect(read?.entry.id).toBe(id);
    expect(read?.match).toBe(match);
  });

  it('marks what decides by itself and what is an authentication error', () => {
    expect(readingOf(readMailError('550 5.1.1 user unknown')?.entry as MailErrorEntry)).toEqual({
      id: 'recipient-unknown',
      verdict: 'recipient',
      decisive: true,
    });
    expect(
      readingOf(readMailError('534-5.7.9 Application-specific password required')?.entry as MailErrorEntry),
    ).toEqual({
      id: 'gmail-app-password',
      verdict: 'password',
      decisive: false,
      authentication: true,
    });
  });
});

describe('generic words about the user’s own mailbox are not the recipient’s', () => {
  const verdictOf = (text: string) => {
    const found = readMailError(cleanErrorText(text));
    if (!found) return 'not recognised';
    const step = decide({}, undefined, { reading: readingOf(found.entry, found.match) });
    return step.kind === 'verdict' ? `${found.entry.id} → ${step.verdict}` : `${found.entry.id} → asks`;
  };
  it.each([
    // Thunderbird, the user's own server (IMAP): a missing Sent folder, the user's own mailbox full.
    [
      "The current operation on 'Sent' did not succeed. The mail server for account mario@studio.it responded: Mailbox does not exist, or must be subscribed to.",
      'own-folder-missing → asks',
    ],
    [
      "The current operation on 'Sent' did not succeed. The mail server responded: [OVERQUOTA] Quota exceeded (mailbox for user is full)",
      'own-mailbox-full → asks',
    ],
    // The same words without a status code: read, but they do not decide before the webmail is looked at.
    ['The folder does not exist', 'recipient-unknown → asks'],
    ['quota exceeded', 'recipient-over-quota → asks'],
    // With the status code, a bounce from the recipient's server decides.
    ['550 5.1.1 The email account that you tried to reach does not exist', 'recipient-unknown → recipient'],
    ['552 5.2.2 The email account that you tried to reach is over quota', 'recipient-over-quota → recipient'],
  ])('%s: %s', (text, expected) => {
    expect(verdictOf(text)).toBe(expected);
  });
});

describe('cleanErrorText', () => {
  it('removes control and direction characters, folds space, cuts to the limit', () => {
    expect(cleanErrorText('  550\r\n5.1.1\tuser\u202Eunknown\u0000 ')).toBe('550 5.1.1 user unknown');
    expect(cleanErrorText('x'.repeat(5000))).toHaveLength(600);
    expect(cleanErrorText(' \n ')).toBe('');
  });
});

describe("the reader's explanations say what happened; whom to call is the verdict's", () => {
  it('no explanation names the consultant or the technician (only the verdict knows who is there)', () => {
    for (const entry of mailErrors) {
      expect(entry.meaning.it, entry.id).not.toMatch(/consulente|tecnico/i);
      expect(entry.meaning.en, entry.id).not.toMatch(/consultant|technician/i);
    }
  });
});

describe('the error reader, round two: what people really paste', () => {
  it.each([
    ['Connessione al server imaps.aruba.it scaduta.', 'thunderbird-connection-timeout', 'question'],
    ['Impossibile ricevere la posta. Il server «imaps.aruba.it» non risponde.', 'ios-cannot-get-mail', 'question'],
    [
      'Il nome sul certificato di sicurezza non è valido o non corrisponde al nome del sito.',
      'outlook-certificate-name',
      'question',
    ],
    ['552 5.3.4 Message size exceeds fixed maximum message size', 'message-too-big', 'recipient/too-big'],
    [
      '550 5.7.515 Access denied, sending domain rossi-srl.it does not meet the required authentication level',
      'outlook-com-auth-required',
      'account/domain-delivery',
    ],
    ['550 5.7.30 Basic authentication is not supported for Client Submission', 'm365-basic-auth-retired', 'question'],
    ['Credenziali non riconosciute', 'libero-credentials', 'question'],
  ])('%s → %s', (text, id, first) => {
    const read = readMailError(text);
    expect(read?.entry.id).toBe(id);
    const step = decide({}, undefined, { reading: readingOf(read?.entry as MailErrorEntry, read?.match) });
    expect(step.kind === 'verdict' ? `${step.verdict}/${step.reason}` : step.kind).toBe(first);
  });

  it('a phrase with "…" holds its parts in order, anything between', () => {
    expect(readMailError('Connection to server imap.libero.it timed out.')?.entry.id).toBe(
      'thunderbird-connection-timeout',
    );
    expect(readMailError('timed out: connection to server')?.entry.id).not.toBe('thunderbird-connection-timeout');
  });

  it('Libero\'s "credentials not recognised" during a known outage is the outage, not a password', () => {
    const read = readMailError('Credenziali non riconosciute');
    const reading = readingOf(read?.entry as MailErrorEntry, read?.match);
    expect(decide({ outcome: 'works' }, undefined, { reading, outage: true })).toEqual({
      kind: 'verdict',
      verdict: 'mail-service',
      reason: 'error-reading',
    });
  });
});
