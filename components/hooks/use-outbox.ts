import { useEffect, useState } from 'preact/hooks';
import { emptyOutbox, type Outbox } from '../../core/notify';
import { parseOutbox } from '../../core/stored/outbox';
import { logFailure } from '../../platform/log';
import { outboxItem } from '../../platform/storage/notify';

/** The messages to the consultant, followed as the background sends them (null until first read). */
export function useOutbox(): Outbox | null {
  const [outbox, setOutbox] = useState<Outbox | null>(null);
  useEffect(() => {
    void outboxItem
      .getValue()
      .then((value) => setOutbox(parseOutbox(value)))
      .catch((error: unknown) => {
        logFailure('the messages to the consultant could not be read', error);
        setOutbox(emptyOutbox);
      });
    return outboxItem.watch((value) => setOutbox(parseOutbox(value)));
  }, []);
  return outbox;
}
