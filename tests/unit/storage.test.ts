import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { advance, initialWizard, type WizardState } from '../../core/wizard';
import { syncBadge } from '../../platform/browser-ui';
import { settingsCache } from '../../platform/settings-cache';
import {
  checksItem,
  earlyKeys,
  lastProviderItem,
  loadPopupStart,
  loadWizard,
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

  const waiting: WizardState = { ...initialWizard, providerId: 'aruba', openedAt: 1, checkRequestedAt: 1 };

  it('shows "?" and an explanation while an answer is awaited', async () => {
    await syncBadge(waiting);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('?');
    expect(await fakeBrowser.action.getTitle({})).toBe("Webmail First: dicci com'è andata nella webmail");
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
    expect(settingsCache.key).toBe(`session:${earlyKeys.settings}`);
    expect(script).toContain(
      `chrome.storage.session.get(['${earlyKeys.wizard}', '${earlyKeys.checks}', '${earlyKeys.settings}'])`,
    );
    expect(script).toContain(`chrome.storage.local.get('${earlyKeys.lastProvider}')`);
  });

  it('uses the early result, validated', async () => {
    globalThis.webmailFirstStart = Promise.resolve([
      { wizard: { providerId: 'aruba', openedAt: 9, answers: { outcome: 'works' } } },
      { lastProvider: 'aruba' },
    ]);
    expect(await loadPopupStart()).toMatchObject({
      state: { ...initialWizard, providerId: 'aruba', openedAt: 9, answers: { outcome: 'works' } },
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
