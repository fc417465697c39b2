// The browser's own UI: tabs and the toolbar badge. Neither needs a permission.
import { browser } from 'wxt/browser';
import type { Evidence } from '../core/probes/results';
import { isAwaitingAnswer } from '../core/wizard';
import { staleAfterMs, type WizardState } from '../core/wizard-state';
import { t } from './i18n';
import { logFailure } from './log';

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

/** The alarm that wakes the background when an unanswered check turns stale, so that its badge goes away. */
export const staleAlarm = 'webmail-first-stale-check';

/** Sets (or clears) the alarm for the hour after the webmail was opened, while an answer is awaited. */
export async function scheduleStaleAlarm(state: WizardState, evidence?: Evidence): Promise<void> {
  if (state.stage === 'opened' && isAwaitingAnswer(state, evidence)) {
    await browser.alarms.create(staleAlarm, { when: state.openedAt + staleAfterMs + 1000 });
  } else {
    await browser.alarms.clear(staleAlarm);
  }
}

/** Copies text to the clipboard (a user gesture in an extension page needs no permission); false on failure. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch (error) {
    logFailure('the clipboard refused the text', error);
    return false;
  }
}

/** Saves text as a file through the browser's own download (no permission needed). */
export function downloadFile(name: string, type: string, content: string | Uint8Array<ArrayBuffer>): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
