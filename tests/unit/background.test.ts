// The background script, in the style of WXT's fakeBrowser examples: its main() runs against the fake browser,
// and what it does is read back from the fake storage, badge and alarms.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { staleAlarm } from '../../platform/browser-ui';
import { installFakeI18n } from './fake-i18n';

const settle = async () => {
  for (let i = 0; i < 20; i++) await new Promise((done) => setTimeout(done, 5));
};

/** A fresh fake browser in English, with no network: every request fails at once, as offline. */
function offlineFakeBrowser() {
  fakeBrowser.reset();
  installFakeI18n('en');
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
  );
}

describe('background', () => {
  beforeEach(() => {
    offlineFakeBrowser();
    background.main();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('caches the validated settings at start, policy and own settings merged', async () => {
    await settle();
    const { settingsCache } = await fakeBrowser.storage.local.get('settingsCache');
    expect(settingsCache).toMatchObject({ format: 1, settings: {} });
    await fakeBrowser.storage.local.set({ settings: { consultant: { name: 'Studio Bianchi' } } });
    await settle();
    const after = (await fakeBrowser.storage.local.get('settingsCache')) as { settingsCache?: { settings: unknown } };
    expect(after.settingsCache?.settings).toEqual({ consultant: { name: 'Studio Bianchi' } });
  });

  it('when the webmail opens: runs the checks, shows the badge, sets the stale alarm; records the verdict', async () => {
    const at = Date.now();
    await fakeBrowser.storage.session.set({
      wizard: { providerId: 'aruba', openedAt: at, answers: {}, checkRequestedAt: at, address: null, answeredAt: null },
    });
    await settle();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('?');
    expect((await fakeBrowser.alarms.get(staleAlarm))?.scheduledTime).toBe(at + 60 * 60 * 1000 + 1000);
    await vi.waitFor(async () => {
      const { checks } = (await fakeBrowser.storage.session.get('checks')) as { checks?: { results?: unknown[] } };
      expect(checks?.results?.length).toBeGreaterThan(0);
    });
    // Offline: the checks suggest the internet verdict, but nothing is recorded until the user accepts it.
    expect((await fakeBrowser.storage.local.get('history')).history ?? []).toEqual([]);

    await fakeBrowser.storage.session.set({
      wizard: {
        providerId: 'aruba',
        openedAt: at,
        answers: { outcome: 'works' },
        checkRequestedAt: at,
        address: null,
        answeredAt: at + 5000,
      },
    });
    await settle();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await fakeBrowser.alarms.get(staleAlarm)).toBeUndefined();
    const { history } = await fakeBrowser.storage.local.get('history');
    expect(history).toMatchObject([{ at, answeredAt: at + 5000, providerId: 'aruba', verdict: 'mail-client' }]);
  });
});

// The validated copy has several writers in several contexts (the background's refreshes, the options page's save),
// each a module instance of its own, sharing one Web Lock. A refresh that read the settings before a save must not
// leave its older copy last. Two module instances and a shared lock stand for the contexts: with the read taken out of
// the lock (as before), this ends with "Old Srl".
describe('the settings copy, written by two contexts', () => {
  const chains = new Map<string, Promise<unknown>>();
  const locks = {
    request: (name: string, task: () => Promise<unknown>) => {
      const run = (chains.get(name) ?? Promise.resolve()).then(task, task);
      chains.set(
        name,
        run.catch(() => undefined),
      );
      return run;
    },
  };
  beforeEach(() => {
    fakeBrowser.reset();
    installFakeI18n('en');
    vi.stubGlobal('navigator', { locks, userAgent: 'Chrome/141.0' });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('a save made while the options page’s slow first refresh runs is what the copy holds at the end', async () => {
    await fakeBrowser.storage.local.set({ settings: { clientName: 'Old Srl' } });
    vi.resetModules();
    const page = await import('../../platform/settings');
    vi.resetModules();
    const worker = await import('../../platform/settings');
    // The first managed read after a browser start takes seconds: here 60 ms.
    const managedGet = fakeBrowser.storage.managed.get.bind(fakeBrowser.storage.managed);
    let first = true;
    fakeBrowser.storage.managed.get = (async (...args: Parameters<typeof managedGet>) => {
      if (first) {
        first = false;
        await new Promise((done) => setTimeout(done, 60));
      }
      return managedGet(...args);
    }) as typeof managedGet;
    const fresh = page.refreshSettingsCache(); // the options page's refresh at load
    await new Promise((done) => setTimeout(done, 5));
    await page.saveLocalSettings({ clientName: 'New Srl' }, await page.loadLocalSettings());
    await worker.refreshSettingsCache(); // the background, woken by the change
    await fresh;
    const { settingsCache } = (await fakeBrowser.storage.local.get('settingsCache')) as {
      settingsCache?: { settings: { clientName?: string } };
    };
    expect(settingsCache?.settings.clientName).toBe('New Srl');
  });
});

// Clear history is for good: the worker's next start re-reads the session's last check and must not record it again.
describe('clear history', () => {
  beforeEach(offlineFakeBrowser);
  afterEach(() => vi.unstubAllGlobals());

  it('the last check does not come back at the worker’s next start; a check answered after the clear is recorded', async () => {
    const { clearHistory } = await import('../../platform/history');
    const at = Date.now() - 10_000;
    const wizard = {
      stage: 'opened',
      providerId: 'aruba',
      openedAt: at,
      answers: { outcome: 'works' },
      checkRequestedAt: at,
      address: 'mario@rossi-srl.it',
      answeredAt: at + 5000,
    };
    await fakeBrowser.storage.session.set({ wizard });
    background.main();
    await settle();
    expect((await fakeBrowser.storage.local.get('history')).history).toHaveLength(1);
    await clearHistory();
    background.main(); // the worker stopped when idle and starts again
    await settle();
    expect((await fakeBrowser.storage.local.get('history')).history).toEqual([]);
    const later = Date.now() + 1000;
    await fakeBrowser.storage.session.set({
      wizard: { ...wizard, openedAt: later, checkRequestedAt: later, answeredAt: later + 10 },
    });
    await settle();
    expect((await fakeBrowser.storage.local.get('history')).history).toMatchObject([{ at: later }]);
  });
});
