// The messages to the consultant (local:notifyOutbox) read back: a damaged message is dropped, the others kept.

import * as v from 'valibot';
import { isRecord } from '../guards';
import { notifyKinds } from '../notify/channel';
import {
  emptyOutbox,
  givenUpReasons,
  type Outbox,
  type OutboxItem,
  outboxCapacity,
  outboxLimits,
  type SendResult,
} from '../notify/outbox';

const failureSchema = v.variant('kind', [
  v.object({ kind: v.literal('unreachable') }),
  v.object({ kind: v.literal('timeout') }),
  v.object({ kind: v.literal('status'), status: v.pipe(v.number(), v.integer()) }),
]);

const itemSchema = v.object({
  id: v.pipe(v.string(), v.maxLength(200)),
  at: v.number(),
  code: v.pipe(v.string(), v.maxLength(20)),
  kind: v.picklist(notifyKinds),
  host: v.pipe(v.string(), v.maxLength(300)),
  channel: v.optional(v.pipe(v.string(), v.maxLength(16))),
  request: v.optional(
    v.object({
      url: v.pipe(v.string(), v.startsWith('https://')),
      headers: v.record(v.string(), v.string()),
      body: v.pipe(v.string(), v.maxLength(outboxLimits.requestChars)),
    }),
  ),
  automatic: v.boolean(),
  createdAt: v.number(),
  status: v.picklist(['waiting', 'sending', 'sent', 'failed']),
  attempts: v.pipe(v.number(), v.integer(), v.minValue(0)),
  nextAt: v.number(),
  sendingSince: v.optional(v.number()),
  claim: v.optional(v.pipe(v.string(), v.maxLength(60))),
  sentAt: v.optional(v.number()),
  lastFailure: v.optional(failureSchema),
  givenUp: v.optional(v.picklist(givenUpReasons)),
});

/** The stored outbox, validated: a damaged message is dropped, the others kept. */
export function parseOutbox(value: unknown): Outbox {
  if (!isRecord(value) || !Array.isArray(value.items)) return emptyOutbox;
  const items = value.items.flatMap((raw) => {
    const result = v.safeParse(itemSchema, raw);
    return result.success ? [result.output as OutboxItem] : [];
  });
  return { items: items.slice(-outboxCapacity) };
}

/** The last message's result the options page shows (a test or a real one). */
export interface NotifyLast {
  at: number;
  test: boolean;
  host: string;
  result: SendResult;
}

const notifyLastSchema = v.object({
  at: v.number(),
  test: v.boolean(),
  host: v.pipe(v.string(), v.maxLength(300)),
  result: v.variant('ok', [
    v.object({ ok: v.literal(true) }),
    v.object({ ok: v.literal(false), failure: failureSchema }),
  ]),
});

/** local:notifyLast read back; null when there is none or it is damaged (the page then shows no last result). */
export function parseNotifyLast(value: unknown): NotifyLast | null {
  const result = v.safeParse(notifyLastSchema, value);
  return result.success ? (result.output as NotifyLast) : null;
}
