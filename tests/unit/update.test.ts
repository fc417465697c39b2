import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { announceUpdate } from '../../platform/update';

const version = () => '0.2.0';

describe('an update in place, told from the version this profile last ran', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a new install: no note, the version recorded', async () => {
    await announceUpdate(version());
    expect(await fakeBrowser.storage.local.get(['whatsNew', 'installedVersion'])).toEqual({
      installedVersion: version(),
    });
  });

  it('data from a release that did not record its version (0.1.0): the note, once', async () => {
    await fakeBrowser.storage.local.set({ settings: { clientName: 'Rossi Srl' } });
    await announceUpdate(version());
    expect((await fakeBrowser.storage.local.get('whatsNew')).whatsNew).toEqual({ version: version() });
    await fakeBrowser.storage.local.set({ whatsNew: null });
    await announceUpdate(version());
    expect((await fakeBrowser.storage.local.get('whatsNew')).whatsNew ?? null).toBeNull();
  });

  it('a recorded older version: the note names it', async () => {
    await fakeBrowser.storage.local.set({ installedVersion: '0.1.9' });
    await announceUpdate(version());
    expect((await fakeBrowser.storage.local.get('whatsNew')).whatsNew).toEqual({ version: version(), from: '0.1.9' });
  });
});
