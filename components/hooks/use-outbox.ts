import type { Outbox } from '../../core/notify/outbox';
import { parseOutbox } from '../../core/stored/outbox';
import { outboxItem } from '../../platform/storage/notify';
import { useStoredItem } from './use-stored-item';

/** The messages to the consultant, followed as the background sends them (null until first read). */
export function useOutbox(): Outbox | null {
  return useStoredItem(outboxItem, parseOutbox, 'the messages to the consultant')[0] ?? null;
}
