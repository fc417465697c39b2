// The consultant's channel's stored items (platform/notify.ts uses them): beside the others, in a module of their own
// so that the popup's first paint, which never reads them, does not carry them. Listed in ./index.ts's table.
import { storage } from '@wxt-dev/storage';
import type { Outbox } from '../../core/notify/outbox';
import type { NotifyLast } from '../../core/stored/outbox';

/** This installation's random id: with a check's time, a check's id across every client of the consultant. */
export const installIdItem = storage.defineItem<string | null>('local:installId', { fallback: null });

/**
 * The messages to the consultant, until delivered and a while after (core/stored/outbox.ts reads it back).
 * Local storage: a message waiting to be sent survives a browser restart.
 */
export const outboxItem = storage.defineItem<Outbox>('local:notifyOutbox', {
  fallback: { items: [] },
});

/** The channel's last send, a test or a check's message: what the options page shows. */
export const notifyLastItem = storage.defineItem<NotifyLast | null>('local:notifyLast', { fallback: null });

/** Set by the worker's first start in a browser session (session storage: a browser restart empties it). */
export const workerStartedItem = storage.defineItem<boolean>('session:workerStarted', { fallback: false });
