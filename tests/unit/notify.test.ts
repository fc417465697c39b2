// The consultant's channel: the check code, the channel's settings, each service's request, the envelope against
// its JSON Schema, the outbox's rules as tables, and the background's sending against the fake browser.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkCode, checkId } from '../../core/check-code';
import { deployChannelProblem } from '../../core/deploy';
import type { HistoryEntry } from '../../core/history';
import { managedSchema } from '../../core/managed-schema';
import { channelProblems, type ReadyChannel } from '../../core/notify/channel';
import { type CheckEnvelope, envelopeOf, inertText } from '../../core/notify/envelope';
import { fitBytes, headerText, messageOf } from '../../core/notify/requests';
import { ntfyPollUrl, reachOfReadStatus } from '../../core/ntfy';
import { validateLocalSettings, validateSettings, withoutPolicyOnly, withoutSecrets } from '../../core/settings';
import { draftFrom, settingsFrom } from '../../core/settings-form';
import { parseOutbox } from '../../core/stored/outbox';
import { errorLine } from '../../core/validation-messages';
import { queueMessage } from '../../platform/notify';
import { deliverDue as deliverNow, notifyAlarm } from '../../platform/notify-delivery';
import { buildMessage } from '../../platform/notify-message';
import { installFakeI18n } from './fake-i18n';

const ids = ['aruba', 'libero', 'gmail'];

/** A Teams card's facts, as [label, value]: every block between the title and the report. */
const cardFacts = (content: { body: { inlines: { text: string }[] }[] }) =>
  content.body.slice(1, -1).map((b) => [b.inlines[0]?.text.replace(/: $/, ''), b.inlines[1]?.text]);
const botToken = '123456789:AAH3k2pQ-ZxY_1234567890abcdefghijKLM';

describe('the check code', () => {
  it('is WF- and four characters of Crockford base 32, the same for the same check', () => {
    const at = Date.UTC(2026, 11, 1, 9, 42);
    expect(checkCode(at)).toMatch(/^WF-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(checkCode(at)).toBe(checkCode(at));
    expect(checkId('install-1', at)).toBe(`install-1-${at}`);
  });

  it('differs between checks a moment apart (a thousand checks, almost no two alike)', () => {
    const start = Date.UTC(2026, 11, 1, 9, 0);
    const codes = new Set(Array.from({ length: 1000 }, (_, i) => checkCode(start + i * 997)));
    expect(codes.size).toBeGreaterThan(995);
  });
});

describe('the channel in the settings', () => {
  it.each([
    [{ kind: 'ntfy', url: 'https://ntfy.sh/studio-bianchi' }, []],
    [{ kind: 'webhook' }, ['notify.url: is needed for this channel']],
    [{ url: 'https://ntfy.sh/x' }, ['notify.kind: is needed for this channel']],
    [{ kind: 'telegram', token: botToken, chatId: '-100123' }, []],
    [{ kind: 'telegram', token: botToken, chatId: '@studio_bianchi' }, []],
    [
      { kind: 'telegram', token: 'abc', chatId: '-100123' },
      ['notify.token: is not a Telegram bot token (digits, a colon, then 35 characters, as BotFather gives it)'],
    ],
    [{ kind: 'telegram', token: botToken }, ['notify.chatId: is needed for this channel']],
    [
      { kind: 'teams', url: 'https://contoso.webhook.office.com/webhookb2/abc' },
      ['notify.url: is an Office 365 connector, retired in 2025: use the address of a Teams Workflows flow'],
    ],
    [{ kind: 'teams', url: 'https://prod-12.westeurope.logic.azure.com/workflows/abc' }, []],
  ])('%j: %j', (channel, problems) => {
    expect(channelProblems(channel as never).map(errorLine)).toEqual(problems);
  });

  it.each([
    [{ kind: 'slack', url: 'https://hooks.slack.com/x' }, 'notify.kind: must be webhook, ntfy, teams or telegram'],
    [{ kind: 'webhook', url: 'http://relay.example.com/x' }, 'notify.url: must be an https:// address'],
    [
      { kind: 'webhook', url: 'https://192.168.1.10/hook' },
      'notify.url: is on this computer or its local network: use a public https address',
    ],
    [{ kind: 'ntfy', url: 'https://ntfy.sh/x', auto: 'yes' }, 'notify.auto: must be true or false'],
  ])('a bad field is named, the others kept: %j', (notify, error) => {
    const result = validateSettings({ notify, clientName: 'Rossi Srl' }, ids);
    expect(result.errors.map(errorLine)).toContain(error);
    expect(result.settings.clientName).toBe('Rossi Srl');
  });

  it.each([
    [
      { kind: 'telegram', token: botToken, chatId: 'my chat' },
      'notify.chatId: is not a Telegram chat id (the number of a private chat or group)',
    ],
    [
      { kind: 'telegram', token: botToken, chatId: '@studio_bianchi' },
      'notify.chatId: is a public Telegram channel: every report would be published to anyone',
    ],
  ])('this computer’s own Telegram channel: a bad chat is named: %j', (notify, error) => {
    const result = validateLocalSettings({ notify, clientName: 'Rossi Srl' }, ids);
    expect(result.errors.map(errorLine)).toContain(error);
    expect(result.settings.clientName).toBe('Rossi Srl');
  });

  it('Telegram reads its chat: refused in a policy or a file for clients, with the reason; kept in this computer’s own settings', () => {
    const notify = { kind: 'telegram', token: botToken, chatId: '-1001234567890' };
    const policy = validateSettings({ notify, clientName: 'Rossi Srl' }, ids);
    expect(policy.settings).toEqual({ clientName: 'Rossi Srl' });
    expect(policy.errors.map(errorLine)).toEqual([
      'notify.kind: is Telegram: a bot token can read its chat, so on clients’ computers it would let anyone read every report. Use a webhook, Teams Workflows or ntfy with a write-only token',
    ]);
    expect(validateLocalSettings({ notify }, ids)).toEqual({ settings: { notify }, errors: [] });
    expect(deployChannelProblem({ notify: notify as never })).toBe('deployTelegramReads');
    expect(deployChannelProblem({ notify: { kind: 'ntfy', url: 'https://ntfy.sh/x', token: 'tk_1' } })).toBeUndefined();
  });

  it('Export settings leaves the token out; the managed schema marks the channel sensitive', () => {
    const settings = {
      clientName: 'x',
      notify: { kind: 'ntfy' as const, url: 'https://ntfy.sh/x', token: 'tk_secret' },
    };
    expect(JSON.stringify(withoutSecrets(settings))).not.toContain('tk_secret');
    expect(withoutSecrets(settings).notify).toEqual({ kind: 'ntfy', url: 'https://ntfy.sh/x' });
    expect(managedSchema().properties?.notify?.sensitiveValue).toBe(true);
    expect(managedSchema().properties?.clientName?.sensitiveValue).toBeUndefined();
  });

  it.each([
    [200, 'reads'],
    [204, 'reads'],
    [401, 'post-only'],
    [403, 'post-only'],
    [404, 'unknown'],
    [500, 'unknown'],
    [null, 'unknown'],
  ] as const)('reading an ntfy topic back answers %s: the credentials are %s', (status, reach) => {
    expect(reachOfReadStatus(status)).toBe(reach);
  });

  it('an ntfy poll carries the token as `auth` (base64url of the Authorization header: no preflight)', () => {
    const url = new URL(
      ntfyPollUrl('https://ntfy.example.com/rossi/', { token: 'tk_AgQdq7mVBoFD37zQVN29RhuMzNIz2', since: '30m' }),
    );
    expect(url.pathname).toBe('/rossi/json');
    expect(url.searchParams.get('poll')).toBe('1');
    expect(url.searchParams.get('since')).toBe('30m');
    // ntfy's own documentation: "Basic OnRrX0Fn…" is ":tk_…"; here the Bearer form, decoded back.
    expect(Buffer.from(url.searchParams.get('auth') ?? '', 'base64url').toString()).toBe(
      'Bearer tk_AgQdq7mVBoFD37zQVN29RhuMzNIz2',
    );
    expect(url.searchParams.get('auth')).not.toMatch(/[=+/]/);
  });

  it('sending without a click is a policy’s alone: dropped and named in the user’s own settings', () => {
    const notify = { kind: 'ntfy', url: 'https://ntfy.sh/studio-bianchi', auto: true };
    expect(validateSettings({ notify }, ids).settings.notify).toEqual(notify);
    const local = validateLocalSettings({ notify }, ids);
    expect(local.settings.notify).toEqual({ kind: 'ntfy', url: 'https://ntfy.sh/studio-bianchi' });
    expect(local.errors.map(errorLine)).toEqual(['notify.auto: can only be set by policy (managed machines)']);
    expect(withoutPolicyOnly({ notify, clientName: 'x' })).toEqual({
      notify: { kind: 'ntfy', url: 'https://ntfy.sh/studio-bianchi' },
      clientName: 'x',
    });
  });

  it('the options form keeps only the fields the kind uses, and round-trips', () => {
    const draft = {
      ...draftFrom({}),
      notifyKind: 'telegram',
      notifyUrl: 'https://left.over/',
      notifyToken: botToken,
      notifyChatId: '-100123',
    };
    expect(settingsFrom(draft).notify).toEqual({ kind: 'telegram', token: botToken, chatId: '-100123' });
    const ntfy = { ...draftFrom({}), notifyKind: 'ntfy', notifyUrl: 'ntfy.sh/studio', notifyAuto: true };
    expect(settingsFrom(ntfy).notify).toEqual({ kind: 'ntfy', url: 'https://ntfy.sh/studio', auto: true });
    const settings = validateSettings(settingsFrom(ntfy), ids).settings;
    expect(draftFrom(settings)).toMatchObject({
      notifyKind: 'ntfy',
      notifyUrl: 'https://ntfy.sh/studio',
      notifyAuto: true,
    });
  });
});

const at = Date.UTC(2026, 11, 1, 9, 40);
const envelope: CheckEnvelope = envelopeOf({
  id: checkId('8c1f', at),
  code: checkCode(at),
  at,
  answeredAt: at + 120_000,
  client: 'Rossi Srl',
  person: 'Anna',
  address: undefined,
  provider: { id: 'aruba', name: 'Aruba', webmailUrl: 'https://webmail.aruba.it/' },
  verdict: 'mail-service',
  reason: 'page-down',
  headline: 'La webmail di Aruba non si apre',
  answers: { outcome: 'page-failed' },
  results: [{ kind: 'webmail', host: 'webmail.aruba.it', status: 'timeout', ms: 2500 }],
  incident: undefined,
  error: { text: '0x800CCC0E', reading: 'outlook-0x800ccc0e', meaning: 'Non raggiunge il server' },
  report: { subject: 'Rossi Srl: Aruba – servizio di posta', body: 'Verifica di Webmail First\n\nQuando: …' },
  language: 'it',
  extensionName: 'Webmail First',
  version: '0.3.0',
  browser: 'Chrome 141, Linux',
  automatic: false,
});
const labels = { code: 'Code', client: 'Client', person: 'Person', provider: 'Provider', verdict: 'Verdict' };

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validateEnvelope = ajv.compile(JSON.parse(readFileSync(resolve('docs/webmail-first-check.schema.json'), 'utf8')));

describe('the envelope and its JSON Schema', () => {
  it('is valid against docs/webmail-first-check.schema.json', () => {
    expect(validateEnvelope(envelope), JSON.stringify(validateEnvelope.errors)).toBe(true);
    expect(envelope).toMatchObject({ format: 'webmail-first-check', version: 1, person: 'Anna', address: null });
  });

  it('the schema refuses what a receiver could not rely on (no code, an unknown verdict, an extra field)', () => {
    const { code: _, ...noCode } = envelope;
    expect(validateEnvelope(noCode)).toBe(false);
    expect(validateEnvelope({ ...envelope, verdict: 'broken' })).toBe(false);
    expect(validateEnvelope({ ...envelope, password: 'x' })).toBe(false);
  });
});

describe('each service’s request', () => {
  const ntfy: ReadyChannel = { kind: 'ntfy', url: 'https://ntfy.sh/studio-bianchi', token: 'tk_abc' };

  it('webhook: the envelope as JSON, the preview the same data', () => {
    const m = messageOf({ kind: 'webhook', url: 'https://hooks.studiobianchi.it/wf' }, envelope, labels);
    expect(m.request).toMatchObject({
      url: 'https://hooks.studiobianchi.it/wf',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(JSON.parse(m.request.body)).toEqual(envelope);
    expect(JSON.parse(m.preview)).toEqual(envelope);
    expect(m.host).toBe('hooks.studiobianchi.it');
  });

  it('ntfy: plain text, with Title (RFC 2047 when not ASCII), Tags, Priority and the access token', () => {
    const m = messageOf(ntfy, envelope, labels);
    const title = m.request.headers.Title as string;
    expect(title).toMatch(/^=\?UTF-8\?B\?.+\?=$/);
    const decoded = Buffer.from(title.slice(10, -2), 'base64').toString('utf8');
    expect(decoded).toBe(`${envelope.code} · ${envelope.report.subject}`);
    expect(m.request.headers).toMatchObject({ Tags: 'rotating_light', Priority: '4', Authorization: 'Bearer tk_abc' });
    expect(m.request.body).toBe(envelope.report.body);
    expect(m.preview).toBe(`${decoded}\n\n${envelope.report.body}`);
  });

  it('Teams: an Adaptive Card with the code, the client, the person, the provider and the verdict', () => {
    const m = messageOf(
      { kind: 'teams', url: 'https://prod-12.westeurope.logic.azure.com/workflows/abc' },
      envelope,
      labels,
    );
    const card = JSON.parse(m.request.body);
    expect(card.type).toBe('message');
    expect(card.attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    const content = card.attachments[0].content;
    expect(content).toMatchObject({ type: 'AdaptiveCard', version: '1.4' });
    expect(cardFacts(content)).toEqual([
      ['Code', envelope.code],
      ['Client', 'Rossi Srl'],
      ['Person', 'Anna'],
      ['Provider', 'Aruba'],
      ['Verdict', envelope.headline],
    ]);
    for (const [title, value] of cardFacts(content)) expect(m.preview).toContain(`${title}: ${value}`);
    // Every text is a TextRun: Teams renders no Markdown there (it does in a TextBlock and a FactSet).
    expect(content.body.every((b: { type: string }) => b.type === 'RichTextBlock')).toBe(true);
    expect(content.body.flatMap((b: { inlines: { type: string }[] }) => b.inlines.map((i) => i.type))).toEqual(
      Array(12).fill('TextRun'),
    );
  });

  it('Telegram: a form post (no preflight) to the bot, the preview its text', () => {
    const m = messageOf({ kind: 'telegram', token: botToken, chatId: '-100123' }, envelope, labels);
    expect(m.request.url).toBe(`https://api.telegram.org/bot${botToken}/sendMessage`);
    expect(m.request.headers['Content-Type']).toMatch(/^application\/x-www-form-urlencoded/);
    const form = new URLSearchParams(m.request.body);
    expect(form.get('chat_id')).toBe('-100123');
    expect(form.get('text')).toBe(m.preview);
    expect(m.host).toBe('api.telegram.org');
  });

  it('texts are cut to the services’ limits, headers never carry a line break', () => {
    const long = 'è'.repeat(5000);
    const cut = fitBytes(long, 3800);
    expect(new TextEncoder().encode(cut).length).toBeLessThanOrEqual(3800);
    expect(cut.endsWith('…')).toBe(true);
    expect(fitBytes('short', 3800)).toBe('short');
    expect(headerText('a\r\nInjected: yes')).toBe('a Injected: yes');
  });
});

const entry: HistoryEntry = {
  at,
  answeredAt: at + 60_000,
  providerId: 'aruba',
  providerName: 'Aruba',
  webmailUrl: 'https://webmail.aruba.it/',
  verdict: 'mail-service',
  reason: 'page-down',
  answers: { outcome: 'page-failed' },
  results: [{ kind: 'internet', host: 'www.gstatic.com', status: 'ok', ms: 80 }],
};
const flush = async () => {
  for (let i = 0; i < 10; i++) await new Promise((done) => setTimeout(done, 2));
};

describe('sending, in the background', () => {
  const fetchMock = vi.fn<typeof fetch>();
  beforeEach(() => {
    fakeBrowser.reset();
    installFakeI18n('it');
    fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'Webmail First', version: '0.3.0' });
    fetchMock.mockReset();
    vi.stubGlobal('fetch', fetchMock);
    // Node has no navigator: the browser's facts, as Chromium gives them.
    vi.stubGlobal('navigator', {
      userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0 Safari/537.36',
      userAgentData: { brands: [{ brand: 'Chromium', version: '141' }], platform: 'Linux' },
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  const stored = async () => parseOutbox((await fakeBrowser.storage.local.get('notifyOutbox')).notifyOutbox);

  it('a built message is valid against the schema, names the typed person and the client, and is in Italian', async () => {
    const built = await buildMessage(
      entry,
      { kind: 'webhook', url: 'https://hooks.studiobianchi.it/wf' },
      { clientName: 'Rossi Srl' },
      {
        person: 'Anna Rossi',
        automatic: false,
      },
    );
    const sent = JSON.parse(built.message.request.body);
    expect(validateEnvelope(sent), JSON.stringify(validateEnvelope.errors)).toBe(true);
    expect(sent).toMatchObject({
      client: 'Rossi Srl',
      person: 'Anna Rossi',
      address: null,
      language: 'it',
      code: checkCode(at),
    });
    expect(sent.report.body).toContain(`Codice della verifica: ${checkCode(at)}`);
    expect(sent.id).toMatch(new RegExp(`-${at}$`));
    // The same installation, the same id: a receiver can drop a repeat.
    const again = await buildMessage(
      entry,
      { kind: 'webhook', url: 'https://hooks.studiobianchi.it/wf' },
      {},
      { automatic: false },
    );
    expect(again.item.id).toBe(built.item.id);
  });

  it('a 503 waits and schedules a retry within a minute; the next try delivers it, exactly once', async () => {
    fetchMock.mockResolvedValueOnce(new Response('busy', { status: 503 })).mockResolvedValue(new Response('ok'));
    const ntfy: ReadyChannel = { kind: 'ntfy', url: 'https://ntfy.sh/studio' };
    const channel = async () => ntfy;
    const deliverDue = () => deliverNow({ channel });
    const built = await buildMessage(entry, ntfy, {}, { automatic: false });
    await queueMessage(built.item);
    await deliverDue();
    const waiting = await stored();
    expect(waiting.items[0]).toMatchObject({
      status: 'waiting',
      attempts: 1,
      lastFailure: { kind: 'status', status: 503 },
    });
    const alarm = await fakeBrowser.alarms.get(notifyAlarm);
    expect(alarm?.scheduledTime).toBeLessThanOrEqual(Date.now() + 60_000);
    // Not due yet: nothing is sent.
    await deliverDue();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await queueMessage(built.item); // the same check again: ignored
    const { retryMessage } = await import('../../platform/notify');
    await retryMessage(built.item.id);
    await Promise.all([deliverDue(), deliverDue()]);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect((await stored()).items[0]).toMatchObject({ status: 'sent', attempts: 2 });
    await deliverDue();
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(await fakeBrowser.alarms.get(notifyAlarm)).toBeUndefined();
    const [, init] = fetchMock.mock.calls[1] as [string, RequestInit];
    expect(init).toMatchObject({ method: 'POST', credentials: 'omit' });
  });

  it('text typed or pasted reaches the consultant inert: no link, no direction character', async () => {
    const pasted: HistoryEntry = {
      ...entry,
      verdict: 'account',
      reason: 'error-reading',
      error: {
        text: '550 5.1.1 Mailbox unavailable. [Re-validate your mailbox here](https://evil.example/login) or www.evil.example',
        reading: 'recipient-unknown',
      },
    };
    const person = '**URGENT** [IT desk: call +39 0800 000](https://evil.example)\u202E\u200B';
    for (const channel of [
      { kind: 'teams', url: 'https://prod-1.westeurope.logic.azure.com/wf' },
      { kind: 'ntfy', url: 'https://ntfy.sh/studio' },
      { kind: 'webhook', url: 'https://hooks.example/wf' },
      { kind: 'telegram', token: botToken, chatId: '-100123' },
    ] as ReadyChannel[]) {
      const { message } = await buildMessage(pasted, channel, {}, { person, automatic: false });
      const sent = decodeURIComponent(message.request.body) + message.preview + JSON.stringify(message.request.headers);
      expect(sent, channel.kind).not.toMatch(/https?:\/\/evil|www\.evil|\u202E|\u200B|\\u202e|\\u200b/i);
      expect(sent, channel.kind).toContain('https[:]//evil.example/login');
    }
    expect(inertText('Mario\u202E Rossi\r\nVerdict: ok')).toBe('Mario Rossi Verdict: ok');
  });

  it('offline: unreachable, kept with its request for later', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    const teams: ReadyChannel = { kind: 'teams', url: 'https://prod-1.westeurope.logic.azure.com/wf' };
    const built = await buildMessage(entry, teams, {}, { automatic: false });
    await queueMessage(built.item);
    await deliverNow({ channel: async () => teams });
    await flush();
    const [waiting] = (await stored()).items;
    expect(waiting).toMatchObject({ status: 'waiting', lastFailure: { kind: 'unreachable' } });
    expect(waiting?.request?.body).toBe(built.message.request.body);
  });
});
