// The request each service accepts (webhook, ntfy, Teams Workflows, Telegram) and its preview, cut to the outbox's
// limit. Pure: the background sends (platform/notify-delivery.ts).
import type { VerdictId } from '../answers';
import { channelHost, type NotifyKind, type ReadyChannel } from './channel';
import type { CheckEnvelope } from './envelope';
import { outboxLimits } from './outbox';

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
