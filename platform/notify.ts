// The consultant's channel, in the browser: this installation's id, the outbox (read and written under one lock by
// the popup, the side panel, the options page and the background), the sending itself, and the retries (alarms).
// Only the background sends a check's message: the popup may close at any moment.

import { browser } from 'wxt/browser';
import {
  claimDue,
  emptyOutbox,
  enqueue,
  type NotifyRequest,
  nextWake,
  type Outbox,
  type OutboxItem,
  retryNow,
  type SendResult,
  settle,
} from '../core/notify';
import { parseOutbox } from '../core/stored/outbox';
import { parseInstallId } from '../core/stored/values';
import { withLock } from './lock';
import { logFailure } from './log';
import { installIdItem, notifyLastItem, outboxItem, workerStartedItem } from './storage/notify';

/** True the first time the worker runs since the browser started (onStartup is not sent to every kind of install). */
export async function firstStartOfSession(): Promise<boolean> {
  try {
    if ((await workerStartedItem.getValue()) === true) return false;
    await workerStartedItem.setValue(true);
    return true;
  } catch {
    return false;
  }
}

/** The alarm that sends again what is still waiting. */
export const notifyAlarm = 'notify-retry';
/** A service that has not answered by then is counted as not answering (the message waits for the next try). */
const sendTimeoutMs = 15_000;

/** This installation's id, made once. */
export function installId(): Promise<string> {
  return withLock('install-id', async () => {
    const known = parseInstallId(await installIdItem.getValue().catch(() => null));
    if (known) return known;
    const id = crypto.randomUUID();
    await installIdItem.setValue(id);
    return id;
  });
}

/**
 * Sends one request, as a web page would: no cookies, no referrer, a time limit. Delivered means a 2xx answer the
 * browser may read; a service that does not allow cross-origin reads looks unreachable (README, "The consultant's
 * channel").
 */
export async function sendRequest(request: NotifyRequest): Promise<SendResult> {
  try {
    const response = await fetch(request.url, {
      method: 'POST',
      headers: request.headers,
      body: request.body,
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      signal: AbortSignal.timeout(sendTimeoutMs),
    });
    return response.ok ? { ok: true } : { ok: false, failure: { kind: 'status', status: response.status } };
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    return { ok: false, failure: { kind: timedOut ? 'timeout' : 'unreachable' } };
  }
}

export async function loadOutbox(): Promise<Outbox> {
  try {
    return parseOutbox(await outboxItem.getValue());
  } catch (error) {
    logFailure('the messages to the consultant could not be read', error);
    return emptyOutbox;
  }
}

/** A change to the outbox, read and written in turn with every other writer. */
function changeOutbox(change: (outbox: Outbox) => Outbox): Promise<Outbox> {
  return withLock('notify-outbox', async () => {
    const before = await loadOutbox();
    const after = change(before);
    if (after !== before) await outboxItem.setValue(after);
    return after;
  });
}

/** Puts a check's message in the outbox (once per check): the background sees it and sends it. */
export function queueMessage(item: OutboxItem): Promise<Outbox> {
  return changeOutbox((outbox) => enqueue(outbox, item));
}

/** "Try again now": the background sends a waiting message at once. */
export function retryMessage(id: string): Promise<Outbox> {
  return changeOutbox((outbox) => retryNow(outbox, id, Date.now()));
}

/** Keeps the alarm on the next message due (none when nothing waits). Chrome fires alarms 30 s apart at least. */
async function scheduleRetry(outbox: Outbox): Promise<void> {
  const wake = nextWake(outbox);
  if (wake === null) await browser.alarms.clear(notifyAlarm);
  else await browser.alarms.create(notifyAlarm, { when: Math.max(wake, Date.now() + 1_000) });
}

/**
 * Sends every message that is due (background); at the browser's start, every one still waiting. Each is claimed under the lock before it is sent, so two wake-ups
 * never send one message twice; the lock is not held while the network answers.
 */
export async function deliverDue({ allWaiting = false }: { allWaiting?: boolean } = {}): Promise<void> {
  try {
    let claimed: OutboxItem[] = [];
    const outbox = await changeOutbox((current) => {
      const due = claimDue(current, Date.now(), { allWaiting });
      claimed = due.claimed;
      return claimed.length > 0 ? due.outbox : current;
    });
    let latest = outbox;
    for (const item of claimed) {
      if (!item.request) continue;
      const result = await sendRequest(item.request);
      latest = await changeOutbox((current) => settle(current, item.id, result, Date.now()));
      await notifyLastItem.setValue({ at: Date.now(), test: false, host: item.host, result });
    }
    await scheduleRetry(latest);
  } catch (error) {
    logFailure('the messages to the consultant could not be sent', error);
  }
}
