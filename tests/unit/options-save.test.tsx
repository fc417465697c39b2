// @vitest-environment happy-dom
// The options page's Save, as the user meets it: a refusal names the fields; a Save after it says at once that it is
// saving (never leaving the last refusal up while the browser stores), then that it saved.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyLoadedSettings } from '../../core/effective-settings';
import { OptionsPage } from '../../entrypoints/options/options-page';
import { useAppRoot } from './app-root';

const root = useAppRoot();
const status = () => root().querySelector('[data-status]')?.textContent;

async function type(id: string, value: string) {
  const input = root().querySelector<HTMLInputElement>(`#${id}`);
  if (!input) throw new Error(`no #${id}`);
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('the options page saves', () => {
  it('says "Saving…" at once after a refusal, then "Saved."', async () => {
    fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'Webmail First', version: '0.3.0' });
    await act(() =>
      render(<OptionsPage initial={emptyLoadedSettings} fresh={Promise.resolve(emptyLoadedSettings)} />, root()),
    );
    const save = () => root().querySelector<HTMLButtonElement>('[data-action="save-settings"]')?.click();

    await type('opt-consultant-email', 'not-an-email');
    await act(save);
    expect(status()).toMatch(/^Not saved/);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});

    // The browser's storage answers late: until it does, the line says the save is under way.
    let held = true;
    const waiting: Array<() => void> = [];
    const stored = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    fakeBrowser.storage.local.set = async (items) => {
      if (held) await new Promise<void>((go) => waiting.push(go));
      return stored(items);
    };
    await type('opt-consultant-email', 'help@studio.example');
    await act(save);
    expect(status()).toBe('Saving…');
    expect(waiting.length).toBeGreaterThan(0);
    held = false;
    await act(async () => {
      for (const go of waiting.splice(0)) go();
      for (let i = 0; i < 50 && status() === 'Saving…'; i++) await new Promise((done) => setTimeout(done, 5));
    });
    expect(status()).toBe('Saved.');
    expect(await fakeBrowser.storage.local.get(null)).not.toEqual({});
  });
});
