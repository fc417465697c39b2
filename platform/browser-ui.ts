// The browser's own UI: tabs and the toolbar badge. Neither needs a permission.
import { browser } from 'wxt/browser';
import type { Evidence } from '../core/checks';
import { isAwaitingAnswer, type WizardState } from '../core/wizard';
import { t } from './i18n';

export async function openTab(url: string): Promise<void> {
  await browser.tabs.create({ url, active: true });
}

/** Shows a "?" on the toolbar icon while the check waits for the user's answer, to bring them back. */
export async function syncBadge(state: WizardState, evidence?: Evidence): Promise<void> {
  const waiting = isAwaitingAnswer(state, evidence);
  await Promise.all([
    browser.action.setBadgeText({ text: waiting ? '?' : '' }),
    browser.action.setTitle({ title: waiting ? t('badgeTitleWaiting') : t('extName') }),
    waiting ? browser.action.setBadgeBackgroundColor({ color: '#b3261e' }) : Promise.resolve(),
  ]);
}
