// Opening the webmail for a check, from the popup: the background opens the tab and keeps its id (the popup closes as
// soon as the new tab takes the focus, before tabs.create could tell it). On the first paint: kept small.
import { browser } from 'wxt/browser';
import { logFailure } from './log';

/** The message the popup sends; the background answers once the tab exists. */
export interface OpenWebmailMessage {
  type: 'open-webmail';
  url: string;
  /** The check's openedAt. */
  openedAt: number;
}

/**
 * Opens the webmail for a check. Through the background, which keeps the tab's id; straight from the page when the
 * background cannot be reached (the tab then opens, only its loading is not followed).
 */
export async function openWebmailTab(url: string, openedAt: number): Promise<void> {
  try {
    const opened = await browser.runtime.sendMessage({ type: 'open-webmail', url, openedAt });
    if (opened === true) return;
  } catch (error) {
    logFailure('the background did not open the webmail', error);
  }
  await browser.tabs.create({ url, active: true });
}
