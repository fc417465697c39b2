import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { advance, initialWizard } from '../../core/wizard';
import { syncBadge } from '../../platform/browser-ui';
import { loadWizard, wizardItem } from '../../platform/storage';
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

  const waiting = { providerId: 'aruba', openedAt: 1, answers: {} };

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
