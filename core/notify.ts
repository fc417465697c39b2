// The consultant's channel: what a check sends to the consultant's phone or systems, in the shape each service
// accepts from a browser extension without host permissions, and the outbox that keeps a message until it is
// delivered. Pure: the background sends (platform/notify.ts), the screens build and show (components/notify-panel.tsx).
import * as v from 'valibot';
import type { Answers, Reason, VerdictId } from './answers';
import { unsafeTextCharacters } from './guards';
import type { ProbeResult } from './probes/results';
import { flag, plainText, publicHttpsUrl } from './schemas';
import { validationCodes as m, type ValidationError } from './validation-messages';

export const notifyKinds = ['webhook', 'ntfy', 'teams', 'telegram'] as const;
export type NotifyKind = (typeof notifyKinds)[number];

/** The verdicts the user may send to the consultant: the service or the mailbox is theirs to handle. */
export const notifyVerdicts: readonly VerdictId[] = ['mail-service', 'account', 'password'];
/** The verdicts a managed machine sends by itself (`notify.auto`): a password the user can reset is not among them. */
export const autoNotifyVerdicts: readonly VerdictId[] = ['mail-service', 'account'];

/** A Telegram bot token as BotFather gives it: the bot's number, a colon, 35 characters. */
const telegramToken = /^\d{4,15}:[A-Za-z0-9_-]{30,60}$/;
/** A chat's number (negative for groups and channels). A public channel's @name is refused: it publishes to anyone. */
const telegramChat = /^-?\d{1,20}$/;

/**
 * The channel's fields, each checked by itself (the settings table's `fields` kind): a bad field is dropped and named,
 * the others kept. `auto` is the policy's alone (core/settings.ts drops it from the user's own settings).
 */
export const notifyFieldSchemas = {
  kind: v.picklist(notifyKinds, m.notNotifyKind),
  url: publicHttpsUrl,
  token: v.pipe(plainText(200), v.regex(/^[\w:.-]+$/, m.badCharacters)),
  chatId: v.pipe(
    plainText(40),
    v.check((value) => !value.startsWith('@'), m.publicChat),
    v.regex(telegramChat, m.notChatId),
  ),
  auto: flag,
} as const;

export interface NotifyChannel {
  kind?: NotifyKind;
  url?: string;
  token?: string;
  chatId?: string;
  auto?: boolean;
}

/** A channel ready to send with, or undefined (none set, or not complete). */
export type ReadyChannel =
  | { kind: 'webhook' | 'ntfy' | 'teams'; url: string; token?: string; auto?: boolean }
  | { kind: 'telegram'; token: string; chatId: string; auto?: boolean };

/**
 * What a channel still lacks for its kind: an address for a webhook, ntfy or Teams, a bot token and a chat for
 * Telegram. Empty when it is complete.
 */
export function channelProblems(channel: NotifyChannel): ValidationError[] {
  if (!channel.kind) return [{ path: 'notify.kind', code: m.required }];
  if (channel.kind === 'telegram') {
    return [
      ...(channel.token && telegramToken.test(channel.token) ? [] : [{ path: 'notify.token', code: m.notBotToken }]),
      ...(channel.chatId ? [] : [{ path: 'notify.chatId', code: m.required }]),
    ] as ValidationError[];
  }
  if (!channel.url) return [{ path: 'notify.url', code: m.required }];
  // Office 365 connectors ("Incoming Webhook", *.webhook.office.com) were retired in 2025: a Workflows address now.
  if (channel.kind === 'teams' && /(^|\.)webhook\.office\.com$/i.test(new URL(channel.url).hostname)) {
    return [{ path: 'notify.url', code: m.retiredTeamsConnector }];
  }
  return [];
}

export function readyChannel(channel: NotifyChannel | undefined): ReadyChannel | undefined {
  if (!channel || channelProblems(channel).length > 0) return undefined;
  return channel as ReadyChannel;
}

/** Where a channel's messages go, as the user reads it ("ntfy.sh", "api.telegram.org"). */
export function channelHost(channel: ReadyChannel): string {
  return channel.kind === 'telegram' ? 'api.telegram.org' : new URL(channel.url).host;
}

// ---------------------------------------------------------------------------------------------------------------
// The envelope: one versioned JSON shape (docs/webmail-first-check.schema.json), sent as it is by the webhook and
// written out as text, a card or a message for the others.

export const envelopeFormat = 'webmail-first-check';
export const envelopeVersion = 1;

export interface CheckEnvelope {
  format: typeof envelopeFormat;
  version: typeof envelopeVersion;
  /** One per check, across installations: the receiver can drop a message it already has. */
  id: string;
  /** What the client reads over the phone ("WF-7K3Q"). */
  code: string;
  /** The verdict's time and the webmail's opening, ISO 8601. */
  time: string;
  openedAt: string;
  /** As the administrator named them; the person and the address only when the user typed them. */
  client: string | null;
  person: string | null;
  address: string | null;
  provider: { id: string; name: string; webmailUrl: string };
  verdict: VerdictId;
  reason: Reason;
  /** The verdict in words, in the user's language. */
  headline: string;
  answers: Answers;
  /** The automatic checks, each with its time in ms. */
  checks: ProbeResult[];
  incident: { id: string; ticket: string | null; since: string | null } | null;
  error: { text: string; reading: string | null; meaning: string | null } | null;
  /** The report as the user can read it: a ticket's subject and body. */
  report: { subject: string; body: string };
  language: string;
  extension: { name: string; version: string };
  browser: string;
  /** True when the policy sent it without a click. */
  automatic: boolean;
  /** True for the options page's "Send a test": no check behind it. */
  test: boolean;
}

/** What the screens and the background hand in to write a check's envelope. */
export interface EnvelopeInput {
  id: string;
  code: string;
  at: number;
  answeredAt?: number;
  client?: string | undefined;
  person?: string | undefined;
  address?: string | undefined;
  provider: { id: string; name: string; webmailUrl: string };
  verdict: VerdictId;
  reason: Reason;
  headline: string;
  answers: Answers;
  results: readonly ProbeResult[] | null;
  incident?: { id: string; ticket?: string; since?: string } | undefined;
  error?: { text: string; reading?: string | undefined; meaning?: string | undefined } | undefined;
  report: { subject: string; body: string };
  language: string;
  extensionName: string;
  version: string;
  browser: string;
  automatic: boolean;
  test?: boolean;
}

const orNull = (text: string | undefined) => (text?.trim() ? text.trim() : null);

export function envelopeOf(input: EnvelopeInput): CheckEnvelope {
  return {
    format: envelopeFormat,
    version: envelopeVersion,
    id: input.id,
    code: input.code,
    time: new Date(input.answeredAt ?? input.at).toISOString(),
    openedAt: new Date(input.at).toISOString(),
    client: orNull(input.client),
    person: orNull(input.person),
    address: orNull(input.address),
    provider: input.provider,
    verdict: input.verdict,
    reason: input.reason,
    headline: input.headline,
    answers: input.answers,
    checks: (input.results ?? []).map(({ kind, host, status, ms }) => ({ kind, host, status, ms })),
    incident: input.incident
      ? { id: input.incident.id, ticket: input.incident.ticket ?? null, since: input.incident.since ?? null }
      : null,
    error: input.error
      ? { text: input.error.text, reading: input.error.reading ?? null, meaning: input.error.meaning ?? null }
      : null,
    report: input.report,
    language: input.language,
    extension: { name: input.extensionName, version: input.version },
    browser: input.browser,
    automatic: input.automatic,
    test: input.test === true,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Text from outside (typed by the user, pasted from a bounce an outside server wrote) reaches the consultant as inert
// text: no control, direction or zero-width characters, no Markdown link and no bare link a phone would make
// clickable ("[Re-validate your mailbox](https://evil.example)" in a bounce became a link in the Teams card: the
// review's L4). Trusted text (the catalogue's and the policy's addresses) is left as it is.

/** Control and direction characters (the validators' own set), and the zero-width ones a link can hide behind. */
const invisibleCharacters = new RegExp(`${unsafeTextCharacters.source}|[\u200B-\u200D\u2060\uFEFF]`, 'g');

/**
 * Outside text made inert, on one line: control, direction and zero-width characters become spaces, and a link's scheme or "www." is broken ("https[:]//evil.example", "www[.]evil.example") so that no
 * service, Markdown renderer or phone turns it into a link. Markdown marks stay as typed: every channel shows text as
 * it is (a Teams `TextRun`, ntfy without its Markdown header, Telegram without `parse_mode`), so an escape would show.
 */
export function inertText(text: string): string {
  return text
    .replace(invisibleCharacters, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\b([a-z][a-z0-9+.-]{1,15}):\/\//gi, '$1[:]//')
    .replace(/\bwww\./gi, 'www[.]')
    .trim();
}

// ---------------------------------------------------------------------------------------------------------------
// The request each service accepts. An extension without host permissions fetches like a web page: cross-origin
// rules apply, and the answer is readable only when the service allows it (docs/consultant.md, "The consultant's channel").

export interface NotifyRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** A message as the user previews it: exactly the text the service receives (for the webhook: its JSON). */
export interface NotifyMessage {
  kind: NotifyKind;
  host: string;
  request: NotifyRequest;
  preview: string;
}

/** ntfy's and Telegram's limit on a message's text (4,096; ntfy counts bytes): kept well under it. */
const textBytes = 3800;

/** The text cut to fit `bytes` of UTF-8, with an ellipsis when cut. */
export function fitBytes(text: string, bytes: number): string {
  const encoder = new TextEncoder();
  if (encoder.encode(text).length <= bytes) return text;
  let end = Math.min(text.length, bytes);
  while (end > 0 && encoder.encode(`${text.slice(0, end)}…`).length > bytes) end -= 50;
  return `${text.slice(0, Math.max(0, end)).trimEnd()}…`;
}

/**
 * A header value as HTTP allows it: ASCII as it is, anything else as an RFC 2047 encoded word, which ntfy decodes
 * (a raw "è" would be sent as Latin-1 and arrive garbled).
 */
export function headerText(text: string): string {
  const line = text.replace(/[\r\n]+/g, ' ');
  if (/^[\x20-\x7e]*$/.test(line)) return line;
  let binary = '';
  for (const byte of new TextEncoder().encode(line)) binary += String.fromCharCode(byte);
  return `=?UTF-8?B?${btoa(binary)}?=`;
}

const ntfyTags: Partial<Record<VerdictId, string>> = {
  'mail-service': 'rotating_light',
  account: 'bust_in_silhouette',
  password: 'key',
};

/** The message's title: the code first, for the phone's notification list ("WF-7K3Q · Rossi Srl: Aruba …"). */
const titleOf = (envelope: CheckEnvelope) => `${envelope.code} · ${envelope.report.subject}`;

/**
 * A Teams Adaptive Card, as a Workflows "webhook request" flow posts it to a channel. Every text is a `TextRun` in a
 * `RichTextBlock`: Teams renders Markdown in a `TextBlock` and in a `FactSet`'s values, never in a `TextRun`.
 */
function teamsCard(envelope: CheckEnvelope, facts: [string, string][]) {
  const run = (text: string, style: Record<string, string> = {}) => ({ type: 'TextRun', text, ...style });
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          msteams: { width: 'Full' },
          body: [
            { type: 'RichTextBlock', inlines: [run(titleOf(envelope), { weight: 'Bolder', size: 'Medium' })] },
            ...facts.map(([title, value]) => ({
              type: 'RichTextBlock',
              spacing: 'None',
              inlines: [run(`${title}: `, { weight: 'Bolder' }), run(value)],
            })),
            {
              type: 'RichTextBlock',
              separator: true,
              inlines: [run(envelope.report.body, { fontType: 'Monospace', size: 'Small' })],
            },
          ],
        },
      },
    ],
  };
}

/** The labels of the Teams card's facts, in the user's language. */
export interface CardLabels {
  code: string;
  client: string;
  person: string;
  provider: string;
  verdict: string;
}

/**
 * The request and its preview for a channel, never longer than the outbox keeps (`outboxLimits.requestChars`): the
 * report, then the pasted error, are cut to fit (the review's L2: a message over the limit was queued, then dropped
 * when read back, and the verdict offered *Tell* again with no word).
 */
export function messageOf(channel: ReadyChannel, envelope: CheckEnvelope, labels: CardLabels): NotifyMessage {
  let current = envelope;
  for (let round = 0; round < 8; round++) {
    const message = writeMessage(channel, current, labels);
    const over = message.request.body.length + message.request.url.length - outboxLimits.requestChars;
    if (over <= 0) return message;
    // JSON can write one character as six (\u00e8): cut by more than the excess, then measure again.
    const cut = over + 200;
    const body = current.report.body;
    current =
      body.length > 200
        ? { ...current, report: { ...current.report, body: `${body.slice(0, Math.max(100, body.length - cut))}…` } }
        : current.error && current.error.text.length > 100
          ? { ...current, error: { ...current.error, text: `${current.error.text.slice(0, 100)}…` } }
          : { ...current, report: { ...current.report, body: '…' }, answers: {}, checks: [] };
  }
  return writeMessage(channel, current, labels);
}

function writeMessage(channel: ReadyChannel, envelope: CheckEnvelope, labels: CardLabels): NotifyMessage {
  const host = channelHost(channel);
  const title = titleOf(envelope);
  const text = fitBytes(envelope.report.body, textBytes);
  switch (channel.kind) {
    case 'webhook': {
      const body = JSON.stringify(envelope);
      return {
        kind: channel.kind,
        host,
        request: { url: channel.url, headers: { 'Content-Type': 'application/json' }, body },
        preview: JSON.stringify(envelope, null, 2),
      };
    }
    case 'ntfy':
      return {
        kind: channel.kind,
        host,
        request: {
          url: channel.url,
          headers: {
            'Content-Type': 'text/plain; charset=utf-8',
            Title: headerText(title),
            Tags: ntfyTags[envelope.verdict] ?? 'email',
            Priority: envelope.verdict === 'mail-service' ? '4' : '3',
            ...(channel.token ? { Authorization: `Bearer ${channel.token}` } : {}),
          },
          body: text,
        },
        preview: `${title}\n\n${text}`,
      };
    case 'teams': {
      const facts: [string, string][] = [
        [labels.code, envelope.code],
        ...(envelope.client ? [[labels.client, envelope.client] as [string, string]] : []),
        ...(envelope.person ? [[labels.person, envelope.person] as [string, string]] : []),
        [labels.provider, envelope.provider.name],
        [labels.verdict, envelope.headline],
      ];
      return {
        kind: channel.kind,
        host,
        request: {
          url: channel.url,
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(teamsCard(envelope, facts)),
        },
        preview: [title, '', ...facts.map(([k, value]) => `${k}: ${value}`), '', envelope.report.body].join('\n'),
      };
    }
    case 'telegram': {
      const message = fitBytes(`${title}\n\n${envelope.report.body}`, textBytes);
      return {
        kind: channel.kind,
        host,
        // A form post: a "simple" request, sent without a preflight.
        request: {
          url: `https://api.telegram.org/bot${channel.token}/sendMessage`,
          headers: { 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8' },
          body: new URLSearchParams({
            chat_id: channel.chatId,
            text: message,
            disable_web_page_preview: 'true',
          }).toString(),
        },
        preview: message,
      };
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The outbox: every message waits here until it is delivered, across browser restarts; retried with backoff, for
// 48 hours at most, to the channel it was written for. A message that cannot go says so ("not delivered"), with
// *Send again*: nothing is dropped silently, nothing is sent twice by the extension.

/** Why a send did not go through. `unreachable`: offline, a name that does not resolve, or an answer the browser may not read. */
export type SendFailure = { kind: 'unreachable' } | { kind: 'timeout' } | { kind: 'status'; status: number };
export type SendResult = { ok: true } | { ok: false; failure: SendFailure };

/**
 * Why a message was given up, shown as "not delivered" with *Send again*: the service refused the address (401, 403,
 * 404, 410: trying again cannot help), 48 hours passed, the consultant's channel changed since it was written (the
 * new one does not receive old messages unasked), or too many messages were already waiting.
 */
export const givenUpReasons = ['refused', 'expired', 'channel-changed', 'full'] as const;
export type GivenUp = (typeof givenUpReasons)[number];

export interface OutboxItem {
  /** The check's id (core/check-code.ts): one message per check, never two. */
  id: string;
  /** The check's time: how a verdict finds its message. */
  at: number;
  code: string;
  kind: NotifyKind;
  host: string;
  /** The channel it was written for (`channelKey`): sent only while that is still the consultant's channel. */
  channel?: string;
  /** Dropped once delivered or given up: only what is still to send takes room. */
  request?: NotifyRequest;
  automatic: boolean;
  createdAt: number;
  status: 'waiting' | 'sending' | 'sent' | 'failed';
  attempts: number;
  /** When a waiting message is next sent. */
  nextAt: number;
  /** When the send in progress began: a worker stopped mid-send leaves it, and it is sent again after a while. */
  sendingSince?: number;
  /** Which delivery run claimed it: only that run settles it. */
  claim?: string;
  sentAt?: number;
  lastFailure?: SendFailure;
  givenUp?: GivenUp;
}

export interface Outbox {
  items: OutboxItem[];
}

export const emptyOutbox: Outbox = { items: [] };

/**
 * At most this many messages wait (a new one past them is "not delivered: too many waiting", never an older one
 * dropped); at most this many given-up ones are kept; delivered ones are kept, without their request, while their
 * check can still be in the history (50), so that a check is never offered again once its message went. A message's
 * request is at most `requestChars` characters (the report is cut to fit when it is written).
 */
export const outboxLimits = { waiting: 30, failed: 30, sent: 100, requestChars: 20_000 } as const;
/** Every item the outbox may hold. */
export const outboxCapacity = outboxLimits.waiting + outboxLimits.failed + outboxLimits.sent;

/** After the first failure, within a minute; then longer, up to every two hours. */
export const retryDelaysMs = [30_000, 2 * 60_000, 10 * 60_000, 30 * 60_000, 60 * 60_000, 2 * 60 * 60_000] as const;
/** A claim older than this was cut off (the worker stopped): due again. Longer than one send's time limit (15 s). */
export const sendingTimeoutMs = 60_000;
/** How long a message is tried: after that, an alert about an outage fixed long ago is worth less than the noise. */
export const deliveryWindowMs = 48 * 60 * 60_000;
/** The answers that say the address itself is wrong or no longer allowed: no retry can help. */
export const refusedStatuses: readonly number[] = [401, 403, 404, 410];

export const retryDelay = (attempts: number): number =>
  retryDelaysMs[Math.min(Math.max(attempts, 1), retryDelaysMs.length) - 1] as number;

const isUnsent = (item: OutboxItem) => item.status === 'waiting' || item.status === 'sending';

/** Drops the oldest items of one status beyond `limit`. */
function keepNewest(items: OutboxItem[], status: OutboxItem['status'], limit: number): OutboxItem[] {
  const extra = items.filter((i) => i.status === status).length - limit;
  if (extra <= 0) return items;
  let dropped = 0;
  return items.filter((i) => !(i.status === status && dropped++ < extra));
}

/** A message given up: it keeps its place and its reason, without its request. */
function givenUp(item: OutboxItem, reason: GivenUp): OutboxItem {
  const { request: _, sendingSince: __, claim: ___, ...rest } = item;
  return { ...rest, status: 'failed', givenUp: reason };
}

/**
 * Adds a message, unless the check already has one that waits or went: never twice for one check. A check whose
 * message was given up gets the new one (*Send again*). Past 30 waiting messages the new one is kept as "not
 * delivered: too many waiting", so the verdict and the history say so; no waiting message is ever dropped for it.
 */
export function enqueue(outbox: Outbox, item: OutboxItem): Outbox {
  const known = outbox.items.find((i) => i.id === item.id);
  if (known && known.status !== 'failed') return outbox;
  const others = known ? outbox.items.filter((i) => i !== known) : outbox.items;
  const full = others.filter(isUnsent).length >= outboxLimits.waiting;
  const items = [...others, full ? givenUp(item, 'full') : item];
  return { items: keepNewest(keepNewest(items, 'failed', outboxLimits.failed), 'sent', outboxLimits.sent) };
}

const leaseOver = (item: OutboxItem, now: number) => (item.sendingSince ?? 0) + sendingTimeoutMs <= now;

/** Whether a message may be claimed now. `allWaiting`: every waiting message is due (the browser has just started). */
const isDue = (item: OutboxItem, now: number, allWaiting: boolean) =>
  item.request !== undefined &&
  ((item.status === 'waiting' && (allWaiting || item.nextAt <= now)) ||
    (item.status === 'sending' && leaseOver(item, now)));

/**
 * The messages due now, each with its number of attempts: a delivery run sends these, one at a time, each claimed
 * just before its send. A message another run has settled in between (its attempts changed) is not sent again.
 */
export function dueMessages(outbox: Outbox, now: number, { allWaiting = false } = {}): Map<string, number> {
  return new Map(outbox.items.filter((i) => isDue(i, now, allWaiting)).map((i) => [i.id, i.attempts]));
}

/**
 * Claims one message for one send: the lease covers that send alone (the review's M1: a lease taken for a whole batch
 * ran out while the batch waited on slow sends, and a second run sent the last messages again).
 */
export function claimOne(
  outbox: Outbox,
  id: string,
  attempts: number,
  claim: string,
  now: number,
  { allWaiting = false } = {},
): { outbox: Outbox; claimed?: OutboxItem } {
  const item = outbox.items.find((i) => i.id === id);
  if (!item || item.attempts !== attempts || !isDue(item, now, allWaiting)) return { outbox };
  const claimed: OutboxItem = { ...item, status: 'sending', sendingSince: now, claim };
  return { outbox: { items: outbox.items.map((i) => (i === item ? claimed : i)) }, claimed };
}

/**
 * A send's outcome, written only by the run that claimed it: delivered (its request dropped); refused for good (401,
 * 403, 404, 410) or past 48 hours: given up; otherwise waiting again with a longer delay.
 */
export function settle(outbox: Outbox, id: string, claim: string, result: SendResult, now: number): Outbox {
  const item = outbox.items.find((i) => i.id === id);
  if (item?.status !== 'sending' || item.claim !== claim) return outbox;
  const { request, sendingSince: _, claim: __, lastFailure: ___, ...rest } = item;
  const attempts = item.attempts + 1;
  let next: OutboxItem;
  if (result.ok) next = { ...rest, status: 'sent', sentAt: now, attempts };
  else {
    const failed = { ...rest, attempts, lastFailure: result.failure };
    const refused = result.failure.kind === 'status' && refusedStatuses.includes(result.failure.status);
    next = refused
      ? givenUp(failed, 'refused')
      : now - item.createdAt >= deliveryWindowMs
        ? givenUp(failed, 'expired')
        : { ...failed, ...(request ? { request } : {}), status: 'waiting', nextAt: now + retryDelay(attempts) };
  }
  return { items: outbox.items.map((i) => (i === item ? next : i)) };
}

/**
 * Gives up the waiting messages that may no longer go: older than 48 hours, or written for another channel than the
 * consultant's current one (`current`: its key, null when there is none now). A message from before channels had keys
 * is matched by its service's host.
 */
export function closeUndeliverable(outbox: Outbox, now: number, current: { key: string; host: string } | null): Outbox {
  let changed = false;
  const items = outbox.items.map((item) => {
    if (item.status !== 'waiting') return item;
    const sameChannel = current !== null && (item.channel ? item.channel === current.key : item.host === current.host);
    const reason: GivenUp | null = !sameChannel
      ? 'channel-changed'
      : now - item.createdAt >= deliveryWindowMs
        ? 'expired'
        : null;
    if (!reason) return item;
    changed = true;
    return givenUp(item, reason);
  });
  return changed ? { items } : outbox;
}

/** "Try again now": a waiting message is due at once. */
export function retryNow(outbox: Outbox, id: string, now: number): Outbox {
  return {
    items: outbox.items.map((item) => (item.id === id && item.status === 'waiting' ? { ...item, nextAt: now } : item)),
  };
}

/** When the background should look again (an alarm), or null when nothing waits. */
export function nextWake(outbox: Outbox): number | null {
  const times = outbox.items.flatMap((item) =>
    item.status === 'waiting'
      ? [Math.min(item.nextAt, item.createdAt + deliveryWindowMs)]
      : item.status === 'sending'
        ? [(item.sendingSince ?? 0) + sendingTimeoutMs]
        : [],
  );
  return times.length > 0 ? Math.min(...times) : null;
}

/** The message of the check opened at `at`, if it has one. */
export const messageFor = (outbox: Outbox, at: number): OutboxItem | undefined =>
  outbox.items.find((item) => item.at === at);

/**
 * A channel's identity as the outbox keeps it: a short hash of where and how it sends (FNV-1a), so that a queued
 * message goes only to the channel it was written for (a hash: the key itself reveals nothing of the token).
 */
export function channelKey(channel: ReadyChannel): string {
  const text =
    channel.kind === 'telegram'
      ? `telegram|${channel.token}|${channel.chatId}`
      : `${channel.kind}|${channel.url}|${channel.token ?? ''}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** A new message for the outbox, due at once. */
export function outboxItemOf(
  message: NotifyMessage,
  check: { id: string; at: number; code: string },
  channel: ReadyChannel,
  automatic: boolean,
  now: number,
): OutboxItem {
  return {
    id: check.id,
    at: check.at,
    code: check.code,
    kind: message.kind,
    host: message.host,
    channel: channelKey(channel),
    request: message.request,
    automatic,
    createdAt: now,
    status: 'waiting',
    attempts: 0,
    nextAt: now,
  };
}
