import { parsePersonName } from '../../core/stored/values';
import { personNameItem } from '../../platform/storage/reports';
import { useStoredItem } from './use-stored-item';

/** The name the user typed once for the reports, kept in local storage; [name, set]. */
export function usePerson(): [string, (name: string) => void] {
  const [name, set] = useStoredItem(personNameItem, parsePersonName, 'the name');
  // Shown as typed (a space at the end while typing stays), stored trimmed.
  return [name ?? '', (next) => set(next, parsePersonName(next.trim()))];
}
