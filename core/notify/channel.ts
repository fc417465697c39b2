// The consultant's channel in the settings: its kinds, its fields, what a channel still lacks, the channel ready to
// send with, where it sends, and its identity as the outbox keeps it. Pure.
import * as v from 'valibot';
import type { Reason, VerdictId } from '../answers';
import { flag, plainText, publicHttpsUrl } from '../schemas';
import { validationCodes as m, type ValidationError } from '../validation-messages';

export const notifyKinds = ['webhook', 'ntfy', 'teams', 'telegram'] as const;
export type NotifyKind = (typeof notifyKinds)[number];

/**
 * The verdicts the user may send to the consultant: the service or the mailbox is theirs to handle, and a password
 * typed on a scam's page. Not a password the user recovers or changes alone (unsure, expired).
 */
export function mayNotify(verdict: VerdictId, reason: Reason): boolean {
  if (verdict === 'phishing') return reason === 'phishing-typed';
  if (verdict === 'password') return reason !== 'password-unsure' && reason !== 'password-expired';
  return verdict === 'mail-service' || verdict === 'account';
}

/**
 * The verdicts a managed machine sends by itself (`notify.auto`): the service and the mailbox, never a planned
 * maintenance (the verdict says wait: no call on a Saturday night), never a password the user can reset; a password
 * typed on a scam's page at once.
 */
export function notifiesItself(verdict: VerdictId, reason: Reason): boolean {
  if (reason === 'maintenance') return false;
  return verdict === 'mail-service' || verdict === 'account' || reason === 'phishing-typed';
}

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
