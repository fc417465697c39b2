import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type CachedSettings, settingsCacheFormat } from '../../core/effective-settings';
import { advance } from '../../core/wizard';
import { initialWizard, type OpenedState, staleAfterMs } from '../../core/wizard-state';
import { scheduleStaleAlarm, staleAlarm, syncBadge } from '../../platform/browser-ui';
import { refreshSettingsCache } from '../../platform/settings';
import {
  checksItem,
  earlyKeys,
  lastProviderItem,
  loadPopupStart,
  loadWizard,
  settingsCacheItem,
  wizardItem,
} from '../../platform/storage';
import { installFakeI18n } from './fake-i18n';

describe('stored wizard state (resume)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    installFakeI18n('it');
  });

  it('starts fresh when nothing is stored', async () => {
    expect(await loadWizard()).toEqual(initialWizard);
  });

  it('resumes the stored state, as a reopened popup does', async () => {
    const state = advance(advance(initialWizard, { type: 'choose', providerId: 'aruba' }), { type: 'open', at: 42 });
    await wizardItem.setValue(state);
    expect(await loadWizard()).toEqual(state);
    expect(await fakeBrowser.storage.session.get('wizard')).toEqual({ wizard: state });
  });

  it('ignores corrupt stored data instead of crashing', async () => {
    await fakeBrowser.storage.session.set({ wizard: { providerId: 7, openedAt: {}, answers: 'x' } });
    expect(await loadWizard()).toEqual(initialWizard);
  });
});

describe('badge', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    installFakeI18n('it');
  });

  const now = Date.now();
  const waiting: OpenedState = {
    stage: 'opened',
    providerId: 'aruba',
    address: null,
    openedAt: now,
    checkRequestedAt: now,
    answers: {},
    answeredAt: null,
  };

  it('shows "?" and an explanation while an answer is awaited', async () => {
    await syncBadge(waiting);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('?');
    expect(await fakeBrowser.action.getTitle({})).toBe("Webmail First: dicci com'è andata nella webmail");
  });

  it('goes when the check is over an hour old (an alarm wakes the background then)', async () => {
    await scheduleStaleAlarm(waiting);
    const alarm = await fakeBrowser.alarms.get(staleAlarm);
    expect(alarm?.scheduledTime).toBe(now + staleAfterMs + 1000);
    const old = { ...waiting, openedAt: now - staleAfterMs - 1 };
    await syncBadge(old);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    await scheduleStaleAlarm(old);
    expect(await fakeBrowser.alarms.get(staleAlarm)).toBeUndefined();
  });

  it('clears at the verdict', async () => {
    await syncBadge(waiting);
    await syncBadge({ ...waiting, answers: { outcome: 'works' } });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await fakeBrowser.action.getTitle({})).toBe('Webmail First');
  });
});

describe('early storage read (public/popup-start.js)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    globalThis.webmailFirstStart = undefined;
  });

  it('reads the same keys as the typed storage items', async () => {
    const { readFileSync } = await import('node:fs');
    const script = readFileSync(new URL('../../public/popup-start.js', import.meta.url), 'utf8');
    expect(wizardItem.key).toBe(`session:${earlyKeys.wizard}`);
    expect(lastProviderItem.key).toBe(`local:${earlyKeys.lastProvider}`);
    expect(checksItem.key).toBe(`session:${earlyKeys.checks}`);
    expect(settingsCacheItem.key).toBe(`local:${earlyKeys.settingsCache}`);
    expect(script).toContain(`chrome.storage.session.get(['${earlyKeys.wizard}', '${earlyKeys.checks}'])`);
    expect(script).toContain(
      `chrome.storage.local.get(['${earlyKeys.lastProvider}', '${earlyKeys.settingsCache}', '${earlyKeys.ownProvider}'])`,
    );
    // Never managed storage: its first read after a browser start takes seconds.
    expect(script).not.toContain('storage.managed');
  });

  it('uses the early result, validated', async () => {
    globalThis.webmailFirstStart = Promise.resolve([
      { wizard: { providerId: 'aruba', openedAt: 9, answers: { outcome: 'works' } } },
      { lastProvider: 'aruba' },
    ]);
    expect(await loadPopupStart()).toMatchObject({
      state: { stage: 'opened', providerId: 'aruba', openedAt: 9, answers: { outcome: 'works' } },
      checks: null,
      lastProviderId: 'aruba',
    });
    globalThis.webmailFirstStart = Promise.resolve([{ wizard: 'garbage', checks: [1] }, { lastProvider: 42 }]);
    expect(await loadPopupStart()).toMatchObject({ state: initialWizard, checks: null, lastProviderId: null });
  });

  it('falls back to the storage items when the early read is missing or failed', async () => {
    await lastProviderItem.setValue('gmail');
    globalThis.webmailFirstStart = Promise.resolve(undefined);
    expect(await loadPopupStart()).toMatchObject({ state: initialWizard, checks: null, lastProviderId: 'gmail' });
  });
});

describe('settings cache (the popup after a browser start)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    globalThis.webmailFirstStart = undefined;
  });

  const cached: CachedSettings = {
    format: settingsCacheFormat,
    at: 1,
    settings: { provider: 'libero', consultant: { name: 'Studio Bianchi' } },
    managedKeys: ['provider'],
    managedErrors: [],
    localErrors: [],
  };

  it('the popup starts from the cached copy in local storage, without reading managed storage', async () => {
    let managedReads = 0;
    fakeBrowser.storage.managed.get = async () => {
      managedReads++;
      return {};
    };
    globalThis.webmailFirstStart = Promise.resolve([{}, { settingsCache: cached }]);
    const start = await loadPopupStart();
    expect(start.settings).toMatchObject({ settings: cached.settings, managedKeys: ['provider'] });
    await settingsCacheItem.setValue(cached);
    globalThis.webmailFirstStart = undefined;
    expect((await loadPopupStart()).settings?.settings).toEqual(cached.settings);
    expect(managedReads).toBe(0);
  });

  it('no cache yet (first run) or a copy of another format: null, the popup reads the settings after painting', async () => {
    globalThis.webmailFirstStart = Promise.resolve([{}, {}]);
    expect((await loadPopupStart()).settings).toBeNull();
    globalThis.webmailFirstStart = Promise.resolve([{}, { settingsCache: { ...cached, format: 99 } }]);
    expect((await loadPopupStart()).settings).toBeNull();
    globalThis.webmailFirstStart = Promise.resolve([{}, { settingsCache: 'garbage' }]);
    expect((await loadPopupStart()).settings).toBeNull();
  });

  it('a fresh read validates policy and own settings, and keeps the copy for the next start', async () => {
    fakeBrowser.storage.managed.get = async () => ({ provider: 'aruba', lockProvider: 'yes' });
    await fakeBrowser.storage.local.set({ settings: { technician: { name: 'Marco' } } });
    const loaded = await refreshSettingsCache();
    expect(loaded.settings).toEqual({ provider: 'aruba', technician: { name: 'Marco' } });
    expect(loaded.managedKeys).toEqual(['provider']);
    expect(loaded.managedErrors).toHaveLength(1);
    const stored = await settingsCacheItem.getValue();
    expect(stored).toMatchObject({ format: settingsCacheFormat, settings: loaded.settings });
    // Unchanged: not written again (every write wakes every open page).
    const at = stored?.at;
    await new Promise((done) => setTimeout(done, 5));
    await refreshSettingsCache();
    expect((await settingsCacheItem.getValue())?.at).toBe(at);
  });
});
