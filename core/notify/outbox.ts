// The outbox: every message waits here until it is delivered, across browser restarts, retried with backoff for 48
// hours at most, to the channel it was written for. Pure transitions; platform/notify.ts and notify-delivery.ts store
// and send.
import { channelKey, type NotifyKind, type ReadyChannel } from './channel';
import type { NotifyMessage, NotifyRequest } from './requests';

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
