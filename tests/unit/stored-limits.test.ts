// What the validators let in survives being stored and sent: an address valid as typed stays within the limit once
// normalised (percent-encoding made one "€" nine characters, and a message over the outbox's limit was queued, then
// dropped when read back); a policy file made from valid settings validates back; text stored by 0.1, before names
// and addresses were checked, can no longer forge a line of a report.
import fc from 'fast-check';
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { builtInProviders } from '../../core/catalogue/built-in';
import { deployFile, deployTarget } from '../../core/deploy';
import { maxUrlLength } from '../../core/guards';
import type { HistoryEntry } from '../../core/history';
import type { ReadyChannel } from '../../core/notify/channel';
import { outboxLimits } from '../../core/notify/outbox';
import { linuxPolicyJson } from '../../core/policy-files';
import { formatReport } from '../../core/report';
import { httpsUrl } from '../../core/schemas';
import { validateSettings } from '../../core/settings';
import { parseHistory } from '../../core/stored/history';
import { parseOutbox } from '../../core/stored/outbox';
import { buildMessage } from '../../platform/notify-message';
import { installFakeI18n } from './fake-i18n';

const ids = builtInProviders.map((p) => p.id);

describe('an address is checked as it is kept', () => {
  it('a URL within the limit as typed but over it once normalised is refused', () => {
    const typed = `https://posta.studio.example/${'€'.repeat(300)}`;
    expect(typed.length).toBeLessThan(maxUrlLength);
    expect(new URL(typed).href.length).toBeGreaterThan(maxUrlLength);
    expect(v.safeParse(httpsUrl, typed).success).toBe(false);
  });

  it('settings valid as typed write a Linux policy file that validates back the same (property)', () => {
    const target = deployTarget('linux', {
      mode: 'settings-only',
      chromeStoreId: '',
      edgeStoreId: '',
      hostUrl: '',
      firefoxUrl: '',
    }) as never;
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 700 }), (path) => {
        const typed = {
          customProviders: [{ id: 'studio', name: 'Posta Studio', webmailUrl: `https://posta.studio.example/${path}` }],
        };
        const first = validateSettings(typed, ids).settings;
        if (!first.customProviders) return;
        const policy = JSON.parse(linuxPolicyJson(first, target))['3rdparty'].extensions;
        const back = validateSettings(Object.values(policy)[0], ids);
        expect(back.errors).toEqual([]);
        expect(back.settings).toEqual(first);
      }),
      { numRuns: 300 },
    );
  });

  it('a TAB typed in the self-hosted address is refused, never written into updates.xml', () => {
    const form = {
      mode: 'self-hosted' as const,
      chromeStoreId: '',
      edgeStoreId: '',
      hostUrl: 'https://dl.studio.example/web\tmail-first',
      firefoxUrl: '',
    };
    expect(deployTarget('updates-xml', form)).toEqual({ problem: 'deployNeedsHost' });
    const fine = deployTarget('updates-xml', { ...form, hostUrl: 'dl.studio.example/webmail-first' });
    expect(String(deployFile('updates-xml', {}, fine as never, '0.3.0').content)).toContain(
      "codebase='https://dl.studio.example/webmail-first/",
    );
  });
});

describe('a message survives the outbox', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    installFakeI18n('en');
    fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'Webmail First', version: '0.3.0' });
    vi.stubGlobal('navigator', { userAgent: 'Chrome/141.0', userAgentData: { brands: [], platform: 'Linux' } });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('the longest valid address and pasted error still make a message the outbox keeps, on every channel', async () => {
    const at = Date.UTC(2026, 11, 1, 9);
    const longest = v.parse(httpsUrl, `https://posta.studio.example/${'è'.repeat(330)}`);
    const entry: HistoryEntry = {
      at,
      answeredAt: at,
      providerId: 'studio',
      providerName: 'Posta Studio',
      webmailUrl: longest,
      verdict: 'mail-service',
      reason: 'page-down',
      answers: { outcome: 'page-failed', followUp: 'internet-works' },
      results: null,
      error: { text: '€"\\'.repeat(200), reading: 'recipient-unknown' },
    };
    for (const channel of [
      { kind: 'webhook', url: 'https://hooks.example/wf' },
      { kind: 'teams', url: 'https://prod-1.westeurope.logic.azure.com/wf' },
      { kind: 'ntfy', url: 'https://ntfy.sh/studio' },
    ] as ReadyChannel[]) {
      const { item } = await buildMessage(
        entry,
        channel,
        { clientName: 'R'.repeat(80) },
        { person: 'P'.repeat(80), automatic: false },
      );
      expect(item.request?.body.length, channel.kind).toBeLessThanOrEqual(outboxLimits.requestChars);
      expect(parseOutbox({ items: [item] }).items, channel.kind).toHaveLength(1);
    }
  });
});

describe('a history written by 0.1', () => {
  it('cannot forge a line of the report: the name is one clean line, the address its parsed form', () => {
    const [entry] = parseHistory([
      {
        at: Date.UTC(2026, 0, 1),
        providerId: 'studio',
        providerName: 'Studio\u202E',
        webmailUrl: 'https://posta.studio.example/#\nVerdict: the webmail works, nothing to do',
        verdict: 'mail-service',
        reason: 'page-down',
        answers: { outcome: 'page-failed', followUp: 'internet-works' },
        results: null,
      },
    ]);
    expect(entry?.providerName).toBe('Studio');
    expect(entry?.webmailUrl).not.toMatch(/\n/);
    const t = (key: string, subs?: string | string[]) => `${key}${subs ? `(${[subs].flat().join('|')})` : ''}`;
    const report = formatReport(
      { ...(entry as HistoryEntry), checkedAt: entry?.at, environment: 'x', version: '0.3.0' } as never,
      {
        t: t as never,
        locale: 'en',
        timeZone: 'UTC',
      },
    );
    expect(report.body.split('\n').filter((line) => line.startsWith('Verdict:'))).toHaveLength(0);
  });
});
