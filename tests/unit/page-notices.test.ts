// The webmail page's own words: every notice entry has a source and reads its own examples; the reader that runs
// inside the page returns only an entry id and a status; what comes back is checked again.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { noticeKinds } from '../../core/answers';
import { fold } from '../../core/fold';
import { noticePatterns, pageReadingOf, pageTextLimit, readPageFacts, webmailNotices } from '../../core/page-notices';

/** A page as the reader sees it: a title, its visible text, its navigation's status. */
function stubPage(title: string, text: string, status?: number) {
  vi.stubGlobal('document', { title, body: { innerText: text } });
  vi.stubGlobal('performance', {
    getEntriesByType: (type: string) =>
      type === 'navigation' && status !== undefined ? [{ responseStatus: status }] : [],
  });
}

afterEach(() => vi.unstubAllGlobals());

describe('the webmail notices (core/data/webmail-notices.json)', () => {
  it('has unique ids, a known kind, phrases, examples and a source for every entry', () => {
    const ids = webmailNotices.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of webmailNotices) {
      expect(noticeKinds, entry.id).toContain(entry.kind);
      expect(entry.phrases.length, entry.id).toBeGreaterThan(0);
      expect(entry.examples.length, entry.id).toBeGreaterThan(0);
      expect(entry.source, entry.id).toMatch(/^\[[VPU]\] \S/);
    }
  });

  it.each(webmailNotices.flatMap((e) => e.examples.map((example) => [e.id, example] as const)))(
    '%s reads its own example: %s',
    (id, example) => {
      stubPage('Webmail', example, 200);
      expect(readPageFacts(noticePatterns, pageTextLimit)).toEqual({ id, status: 200 });
    },
  );

  it('covers the block pages of the filters and antivirus Italian offices run, and the providers’ banners', () => {
    const kinds = new Set(webmailNotices.map((e) => e.kind));
    for (const kind of ['blocked', 'maintenance', 'unavailable', 'credentials', 'quota'] as const) {
      expect(kinds, kind).toContain(kind);
    }
    const blocked = webmailNotices.filter((e) => e.kind === 'blocked').map((e) => e.id);
    expect(blocked).toEqual(expect.arrayContaining(['fortiguard', 'watchguard', 'eset', 'kaspersky']));
  });
});

describe('the reader that runs inside the page', () => {
  it('matches the title and the visible text, accents folded, case ignored', () => {
    stubPage('FORTIGUARD WEB FILTERING', 'Web Page Blocked!', 403);
    expect(readPageFacts(noticePatterns, pageTextLimit)).toEqual({ id: 'fortiguard', status: 403 });
    stubPage('Libero Mail', 'STIAMO EFFETTUANDO UN INTERVENTO DI MANUTENZIONE', 503);
    expect(readPageFacts(noticePatterns, pageTextLimit)).toEqual({ id: 'maintenance-it', status: 503 });
    stubPage('Posta', 'La tua casella e piena', 200);
    expect(readPageFacts(noticePatterns, pageTextLimit)).toEqual({ id: 'mailbox-full', status: 200 });
  });

  it('never matches a long page (an inbox whose subjects could carry the same words)', () => {
    const inbox = `Posta in arrivo\n${'Rinnovo Kaspersky Anti-Virus in scadenza — offerta\n'.repeat(200)}`;
    expect(inbox.length).toBeGreaterThan(pageTextLimit);
    stubPage('Posta in arrivo (12)', inbox, 200);
    expect(readPageFacts(noticePatterns, pageTextLimit)).toEqual({ status: 200 });
  });

  it('gives back nothing but an id and a status: no text, no title', () => {
    stubPage('Aruba Webmail — mario.rossi@studio.it', 'Benvenuto Mario Rossi, hai 3 nuovi messaggi', 200);
    const facts = readPageFacts(noticePatterns, pageTextLimit);
    expect(facts).toEqual({ status: 200 });
    expect(JSON.stringify(facts)).not.toMatch(/Rossi|Aruba|messaggi/);
  });

  it('leaves out a status the browser does not give (0, missing)', () => {
    stubPage('Webmail', 'Accedi');
    expect(readPageFacts(noticePatterns, pageTextLimit)).toEqual({});
    stubPage('Webmail', 'Accedi', 0);
    expect(readPageFacts(noticePatterns, pageTextLimit)).toEqual({});
  });

  it('is self-contained: it names nothing from outside (it is sent into the page whole)', () => {
    const source = readPageFacts.toString();
    expect(source).not.toMatch(/noticePatterns|webmailNotices|import|\bfold\(text\)\.trim/);
  });
});

describe('what the page gave back, checked again', () => {
  it.each<[string, unknown, unknown]>([
    [
      'a known entry keeps its kind and status',
      { id: 'watchguard', status: 403 },
      { id: 'watchguard', kind: 'blocked', status: 403 },
    ],
    ['a known entry without a status', { id: 'credentials-it' }, { id: 'credentials-it', kind: 'credentials' }],
    [
      '503 without a notice: the server says it is unavailable',
      { status: 503 },
      { id: 'http-503', kind: 'unavailable', status: 503 },
    ],
    ['502 and 504 too', { status: 504 }, { id: 'http-504', kind: 'unavailable', status: 504 }],
    ['a 200 without a notice: nothing', { status: 200 }, undefined],
    ['a 403 without a notice: nothing (a filter or the site itself: unknown)', { status: 403 }, undefined],
    ['an id this version does not know: nothing', { id: 'rm -rf', status: 200 }, undefined],
    ['a page answering junk', 'Kaspersky', undefined],
    ['null', null, undefined],
    ['an impossible status is dropped', { id: 'eset', status: 99999 }, { id: 'eset', kind: 'blocked' }],
  ])('%s', (_, facts, expected) => {
    expect(pageReadingOf(facts)).toEqual(expected);
  });

  it('folds inside the page as core/fold.ts does everywhere else', () => {
    stubPage('Libero', 'CREDENZIALI NON RICONOSCIÙTE', 200);
    expect(readPageFacts(noticePatterns, pageTextLimit)).toEqual({ id: 'credentials-it', status: 200 });
    expect(fold('Credenziali NON riconosciùte')).toBe('credenziali non riconosciute');
  });
});
