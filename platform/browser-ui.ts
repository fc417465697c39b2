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

/** Copies text to the clipboard (a user gesture in an extension page needs no permission); false on failure. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
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
