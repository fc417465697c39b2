// The consultant's channel in words, shared by the verdict's panel and the options page (which must not load the
// panel itself): the services' names, and why a message did not go.

import type { NotifyKind } from '../core/notify/channel';
import { deliveryWindowMs, type OutboxItem, outboxLimits, type SendFailure } from '../core/notify/outbox';
import { t } from '../platform/i18n';

/** The services by their own names (product names: the same in every language). */
export const kindNames: Record<NotifyKind, string> = {
  webhook: 'webhook',
  ntfy: 'ntfy',
  teams: 'Microsoft Teams',
  telegram: 'Telegram',
};

/** Why a message is still waiting, in the user's words. */
export function failureText(failure: SendFailure | undefined, host: string): string {
  if (!failure || failure.kind === 'unreachable') return t('notifyUnreachable', host);
  if (failure.kind === 'timeout') return t('notifyTimeout', host);
  return t('notifyStatus', [host, String(failure.status)]);
}

/** Why a message was given up ("not delivered"), in the user's words. */
export function givenUpText(item: OutboxItem): string {
  switch (item.givenUp) {
    case 'refused':
      return t('notifyGivenUpRefused', [
        item.host,
        item.lastFailure?.kind === 'status' ? String(item.lastFailure.status) : '',
      ]);
    case 'channel-changed':
      return t('notifyGivenUpChannelChanged');
    case 'full':
      return t('notifyGivenUpFull', String(outboxLimits.waiting));
    default:
      return t('notifyGivenUpExpired', String(deliveryWindowMs / 3_600_000));
  }
}
