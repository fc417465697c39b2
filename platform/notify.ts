// The consultant's channel, in the browser: this installation's id and the outbox, read and written under one lock by
// the popup, the side panel, the options page and the background. The sending itself is the background's alone
// (platform/notify-delivery.ts): the popup may close at any moment.

import { emptyOutbox, enqueue, type Outbox, type OutboxItem, retryNow } from '../core/notify/outbox';
import { parseOutbox } from '../core/stored/outbox';
import { parseInstallId, parseWorkerStarted } from '../core/stored/values';
import { withLock } from './lock';
import { logFailure } from './log';
import { installIdItem, outboxItem, workerStartedItem } from './storage/notify';

/** True the first time the worker runs since the browser started (onStartup is not sent to every kind of install). */
export async function firstStartOfSession(): Promise<boolean> {
  try {
    if (parseWorkerStarted(await workerStartedItem.getValue())) return false;
    await workerStartedItem.setValue(true);
    return true;
  } catch {
    return false;
  }
}

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

export async function loadOutbox(): Promise<Outbox> {
  try {
    return parseOutbox(await outboxItem.getValue());
  } catch (error) {
    logFailure('the messages to the consultant could not be read', error);
    return emptyOutbox;
  }
}

/** A change to the outbox, read and written in turn with every other writer. */
export function changeOutbox(change: (outbox: Outbox) => Outbox): Promise<Outbox> {
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
