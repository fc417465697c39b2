// The first screen's list, as the box's text shapes it: a name narrows the list (and the choice follows the first
// visible provider, so that Enter opens what the user sees), an address keeps the list whole unless its mailbox
// domain names one, and only a choice on screen can be opened. Pure, table-tested (tests/unit/picker.test.ts).
import { filterProviders } from './choose';
import type { Provider } from './provider';

export interface PickerView {
  /** The box holds an email address (it finds its provider on Enter) rather than a name. */
  address: boolean;
  /** The providers shown, in display order. */
  matches: readonly Provider[];
  /** The choice the open button acts on: the selected provider when it is on screen (or locked), else none. */
  choice: Provider | undefined;
  /** The provider to choose now: the first one a typed name leaves, when nothing visible is chosen. */
  autoSelect: string | undefined;
  /** The domain of an address in the box, as typed (caffè.it, not xn--…): for messages and the webmail guess. */
  typedDomain: string | undefined;
}

export function pickerView(
  providers: readonly Provider[],
  query: string,
  selected: Provider | undefined,
  locked: boolean,
): PickerView {
  const address = query.includes('@');
  const filtered = filterProviders(providers, query);
  const matches = address && filtered.length === 0 ? [...providers] : filtered;
  const choice = selected && (locked || matches.includes(selected)) ? selected : undefined;
  const first = matches[0];
  const autoSelect = query.trim() !== '' && !address && first && !choice ? first.id : undefined;
  const typedDomain = address
    ? query
        .trim()
        .split('@')
        .pop()
        ?.replace(/[>.]+$/, '')
    : undefined;
  return { address, matches, choice, autoSelect, typedDomain };
}
