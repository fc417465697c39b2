// @vitest-environment happy-dom
// useStoredItem (components/hooks/use-stored-item.ts): the one way a component holds a stored item. A damaged value
// is its parser's empty value, never a crash; another page's write is followed; this page's own write is not applied
// a second time when storage echoes it (it would undo what is being typed); a failed read logs and shows empty.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { usePerson } from '../../components/hooks/use-person';
import { useStoredItem } from '../../components/hooks/use-stored-item';
import { parseIncidentDrafts } from '../../core/stored/incidents';
import { incidentDraftItem } from '../../platform/storage/options';
import { personNameItem } from '../../platform/storage/reports';

const settle = () => act(() => new Promise((done) => setTimeout(done, 20)));

describe('useStoredItem', () => {
  let root: HTMLElement;
  beforeEach(() => {
    fakeBrowser.reset();
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  function Drafts() {
    const [drafts] = useStoredItem(incidentDraftItem, parseIncidentDrafts, 'the incident drafts');
    return <p>{drafts === undefined ? 'reading' : drafts.length}</p>;
  }

  it('reads a damaged value as the empty value, then follows another page writing a good one', async () => {
    await fakeBrowser.storage.local.set({ incidentDraft: { not: 'a list' } });
    render(<Drafts />, root);
    expect(root.textContent).toBe('reading');
    await settle();
    expect(root.textContent).toBe('0');
    await act(() =>
      incidentDraftItem.setValue([
        { id: 'a1', providers: ['aruba'], status: 'open', message: { it: 'x' }, since: '2026-12-01T09:00:00.000Z' },
      ]),
    );
    await settle();
    expect(root.textContent).toBe('1');
  });

  it('a failed read is logged and shows the empty value', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(incidentDraftItem, 'getValue').mockRejectedValueOnce(new Error('disk'));
    render(<Drafts />, root);
    await settle();
    expect(root.textContent).toBe('0');
    expect([...warn.mock.calls, ...error.mock.calls].flat().join(' ')).toContain(
      'the incident drafts could not be read',
    );
    vi.restoreAllMocks();
  });

  it('its own write echoed by storage is not applied again: the name keeps the space being typed', async () => {
    let name = '';
    let setName: (next: string) => void = () => undefined;
    function Person() {
      [name, setName] = usePerson();
      return <p>{name}</p>;
    }
    render(<Person />, root);
    await settle();
    await act(() => setName('Maria '));
    await settle();
    expect(name).toBe('Maria ');
    expect(await personNameItem.getValue()).toBe('Maria');
    // Another page changes it: followed.
    await act(() => personNameItem.setValue('Maria Rossi'));
    await settle();
    expect(name).toBe('Maria Rossi');
  });
});
