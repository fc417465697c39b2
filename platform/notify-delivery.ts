// The consultant's channel, sending: one request as a web page sends it, and the background's delivery of what the
// outbox holds, with its retries (an alarm). Only the background delivers a check's message: the popup may close at
// any moment. Apart from platform/notify.ts so that the pages that queue a message do not load the settings' validator.
import { browser } from 'wxt/browser';
import { channelHost, channelKey, type ReadyChannel, readyChannel } from '../core/notify/channel';
import {
  claimOne,
  closeUndeliverable,
  dueMessages,
  nextWake,
  type Outbox,
  type OutboxItem,
  type SendResult,
  settle,
} from '../core/notify/outbox';
import type { NotifyRequest } from '../core/notify/requests';
import { type ChannelReach, ntfyPollUrl, reachOfReadStatus } from '../core/ntfy';
import { logFailure } from './log';
import { changeOutbox } from './notify';
import { loadSettings } from './settings';
import { loadCachedSettings } from './storage';
import { notifyLastItem } from './storage/notify';

/** The alarm that sends again what is still waiting. */
export const notifyAlarm = 'notify-retry';
/** A service that has not answered by then is counted as not answering (the message waits for the next try). */
const sendTimeoutMs = 15_000;

/**
 * How the background fetches from a third party: as a web page would, without cookies or a referrer, and no redirect
 * (a redirect would carry the request to a host nobody set). Each call adds its own time limit.
 */
export const plainRequest: RequestInit = {
  credentials: 'omit',
  cache: 'no-store',
  referrerPolicy: 'no-referrer',
  redirect: 'error',
};

/**
 * Sends one request, as a web page would: no cookies, no referrer, a time limit. Delivered means a 2xx answer the
 * browser may read; a service that does not allow cross-origin reads looks unreachable (docs/consultant.md, "The consultant's
 * channel").
 */
export async function sendRequest(request: NotifyRequest): Promise<SendResult> {
  try {
    const response = await fetch(request.url, {
      ...plainRequest,
      method: 'POST',
      headers: request.headers,
      body: request.body,
      signal: AbortSignal.timeout(sendTimeoutMs),
    });
    return response.ok ? { ok: true } : { ok: false, failure: { kind: 'status', status: response.status } };
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    return { ok: false, failure: { kind: timedOut ? 'timeout' : 'unreachable' } };
  }
}

/** Keeps the alarm on the next message due (none when nothing waits). Chrome fires alarms 30 s apart at least. */
async function scheduleRetry(outbox: Outbox): Promise<void> {
  const wake = nextWake(outbox);
  if (wake === null) await browser.alarms.clear(notifyAlarm);
  else await browser.alarms.create(notifyAlarm, { when: Math.max(wake, Date.now() + 1_000) });
}

/**
 * Whether the channel's credentials can read what is sent with them: the question the consultant must answer before
 * deploying them to every client (the review's H1). Telegram always can (a bot token reads its chat); a webhook or a
 * Teams flow only accepts posts; an ntfy topic is asked, with the same credentials, for its last minute of messages.
 */
export async function channelReach(channel: ReadyChannel): Promise<ChannelReach> {
  if (channel.kind === 'telegram') return 'reads';
  if (channel.kind !== 'ntfy') return 'post-only';
  try {
    const response = await fetch(ntfyPollUrl(channel.url, { token: channel.token }), {
      ...plainRequest,
      signal: AbortSignal.timeout(sendTimeoutMs),
    });
    // Nothing of the answer is read: its status says enough.
    await response.body?.cancel();
    return reachOfReadStatus(response.status);
  } catch {
    return 'unknown';
  }
}

/** The consultant's channel now, as the settings say (the validated copy first: it is read without waiting for the policy). */
async function currentChannel(): Promise<ReadyChannel | undefined> {
  const settings = (await loadCachedSettings())?.settings ?? (await loadSettings()).settings;
  return readyChannel(settings.notify);
}

/**
 * Sends every message that is due (background); at the browser's start, every one still waiting. Messages older than
 * 48 hours, or written for another channel than the current one, are given up first ("not delivered", with *Send
 * again*). Each message is claimed under the lock just before its own send and settled by the run that claimed it,
 * so two runs never send one message twice, however slow a send is; the lock is not held while the network answers.
 */
export async function deliverDue({
  allWaiting = false,
  channel = currentChannel,
}: {
  allWaiting?: boolean;
  channel?: () => Promise<ReadyChannel | undefined>;
} = {}): Promise<void> {
  try {
    const ready = await channel();
    const current = ready ? { key: channelKey(ready), host: channelHost(ready) } : null;
    let due = new Map<string, number>();
    let latest = await changeOutbox((outbox) => {
      const open = closeUndeliverable(outbox, Date.now(), current);
      due = dueMessages(open, Date.now(), { allWaiting });
      return open;
    });
    const claim = crypto.randomUUID();
    for (const [id, attempts] of due) {
      let claimed: OutboxItem | undefined;
      latest = await changeOutbox((outbox) => {
        const next = claimOne(outbox, id, attempts, claim, Date.now(), { allWaiting });
        claimed = next.claimed;
        return next.outbox;
      });
      if (!claimed?.request) continue;
      const result = await sendRequest(claimed.request);
      latest = await changeOutbox((outbox) => settle(outbox, id, claim, result, Date.now()));
      await notifyLastItem.setValue({ at: Date.now(), test: false, host: claimed.host, result });
    }
    await scheduleRetry(latest);
  } catch (error) {
    logFailure('the messages to the consultant could not be sent', error);
  }
}
