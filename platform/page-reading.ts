// The webmail page read on the user's click: when the popup opens from the toolbar icon (or its shortcut) with the
// check's own webmail tab in front, `activeTab` grants that tab for this invocation and `scripting` runs
// core/page-notices.ts's reader in it, once. Neither permission shows an install warning. Nothing is read elsewhere:
// not another tab, not without the click (the side panel's clicks are no invocation), not the page's text.
import { browser } from 'wxt/browser';
import type { PageReading } from '../core/answers';
import { noticePatterns, pageReadingOf, pageTextLimit, readPageFacts } from '../core/page-notices';
import { logFailure } from './log';
import { loadWebmailTab } from './storage/webmail-tab';

/** Reads the check's webmail tab when it is the tab in front; undefined when it is not, or nothing is recognised. */
export async function readWebmailPage(openedAt: number): Promise<PageReading | undefined> {
  try {
    const tab = await loadWebmailTab();
    if (!tab || tab.openedAt !== openedAt) return undefined;
    const [front] = await browser.tabs.query({ active: true, currentWindow: true });
    if (front?.id !== tab.tabId || !browser.scripting) return undefined;
    const [injection] = await browser.scripting.executeScript({
      target: { tabId: tab.tabId },
      func: readPageFacts,
      args: [noticePatterns, pageTextLimit],
    });
    return pageReadingOf(injection?.result);
  } catch (error) {
    // Not granted (no click, a browser page such as an error or a safe-browsing warning): nothing is read.
    logFailure('the webmail page was not read', error);
    return undefined;
  }
}
