// The first screen's list as the box shapes it (core/catalogue/picker.ts): what is shown, what Enter opens, what is chosen.
import { describe, expect, it } from 'vitest';
import { builtInProviders } from '../../core/catalogue/built-in';
import { findProvider } from '../../core/catalogue/choose';
import { pickerView } from '../../core/catalogue/picker';

const aruba = findProvider('aruba', builtInProviders);
const gmail = findProvider('gmail', builtInProviders);

describe('the picker', () => {
  it.each<[string, string, string | undefined, boolean, Partial<Record<string, unknown>>]>([
    [
      'an empty box: the whole list, the selection kept',
      '',
      'aruba',
      false,
      { choice: 'aruba', autoSelect: undefined },
    ],
    [
      'a name narrows the list; the choice follows its first entry',
      'libe',
      undefined,
      false,
      { first: 'libero', autoSelect: 'libero' },
    ],
    [
      'a name that hides the selection: the first visible is chosen',
      'libe',
      'aruba',
      false,
      { choice: undefined, autoSelect: 'libero' },
    ],
    [
      'a name that keeps the selection: nothing changes',
      'aru',
      'aruba',
      false,
      { choice: 'aruba', autoSelect: undefined },
    ],
    [
      'an address on a known mailbox domain: narrowed to it',
      'mario@gmail.com',
      undefined,
      false,
      { first: 'gmail', autoSelect: undefined, typedDomain: 'gmail.com' },
    ],
    [
      'an address on any other domain: the whole list stays',
      'info@rossi-srl.it',
      'aruba',
      false,
      { all: true, choice: 'aruba', typedDomain: 'rossi-srl.it' },
    ],
    [
      'an address as mail programs copy it: its domain as typed',
      'Mario <mario@caffè.it>.',
      undefined,
      false,
      { typedDomain: 'caffè.it' },
    ],
    ['locked: the preset provider is the choice whatever the box says', 'zzz', 'aruba', true, { choice: 'aruba' }],
  ])('%s', (_, query, selectedId, locked, expected) => {
    const selected = selectedId ? findProvider(selectedId, builtInProviders) : undefined;
    const view = pickerView(builtInProviders, query, selected, locked);
    if ('first' in expected) expect(view.matches[0]?.id).toBe(expected.first);
    if ('all' in expected) expect(view.matches).toHaveLength(builtInProviders.length);
    if ('choice' in expected) expect(view.choice?.id).toBe(expected.choice);
    if ('autoSelect' in expected) expect(view.autoSelect).toBe(expected.autoSelect);
    if ('typedDomain' in expected) expect(view.typedDomain).toBe(expected.typedDomain);
    expect(view.address).toBe(query.includes('@'));
  });

  it('never offers a choice the user cannot see', () => {
    const view = pickerView(builtInProviders, 'gmail', aruba, false);
    expect(view.matches).toContain(gmail);
    expect(view.choice).toBeUndefined();
  });
});
