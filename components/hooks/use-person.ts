import { useEffect, useState } from 'preact/hooks';
import { parsePersonName } from '../../core/stored/values';
import { logFailure } from '../../platform/log';
import { personNameItem } from '../../platform/storage';

/** The name the user typed once for the reports, kept in local storage; [name, set]. */
export function usePerson(): [string, (name: string) => void] {
  const [name, setName] = useState('');
  useEffect(() => {
    void personNameItem
      .getValue()
      .then((stored) => setName(parsePersonName(stored)))
      .catch((error: unknown) => logFailure('the name could not be read', error));
  }, []);
  const update = (next: string) => {
    setName(next);
    void personNameItem.setValue(parsePersonName(next.trim())).catch((error: unknown) => {
      logFailure('the name could not be stored', error);
    });
  };
  return [name, update];
}
