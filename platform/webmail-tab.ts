// The webmail tab: opened by the background on the popup's behalf (the popup closes as soon as the new tab takes
// the focus, before tabs.create could tell it the tab's id), and followed while it loads (tabs.onUpdated for that
// tab only: its status needs no permission). The question screens read whether it still loads.
import { browser } from 'wxt/browser';
import { withLock } from './lock';
import { logFailure } from './log';
import type { OpenWebmailMessage } from './open-webmail';
import { loadWebmailTab, webmailTabItem } from './storage/webmail-tab';

const isOpenWebmail = (message: unknown): message is OpenWebmailMessage =>
  typeof message === 'object' &&
  message !== null &&
  (message as { type?: unknown }).type === 'open-webmail' &&
  typeof (message as { url?: unknown }).url === 'string' &&
  /^https?:\/\//.test((message as { url: string }).url) &&
  typeof (message as { openedAt?: unknown }).openedAt === 'number';

/** The tab's record with a status the browser gave: when it is complete, the time it finished. */
const recordOf = (tabId: number, openedAt: number, status: string | undefined) =>
  status === 'complete'
    ? { tabId, openedAt, status: 'complete' as const, loadedAt: Date.now() }
    : { tabId, openedAt, status: 'loading' as const };

/** The background's side: open the tab, keep its id, follow its loading. */
export function followWebmailTabs(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only the extension's own pages send it (a content script or a web page never can: none is declared).
    if (!isOpenWebmail(message) || sender.id !== browser.runtime.id) return undefined;
    return browser.tabs.create({ url: message.url, active: true }).then(async (tab) => {
      const tabId = tab.id;
      if (tabId === undefined) return true;
      // On a fast line the tab may finish loading before this write: its onUpdated then found nothing to update.
      // Both writers take one lock, and this one reads the tab's status as it is now, so neither order leaves a
      // loaded tab recorded as loading (the question would wait its whole minute).
      await withLock('webmail-tab', async () => {
        const now = await browser.tabs.get(tabId).catch(() => tab);
        await webmailTabItem.setValue(recordOf(tabId, message.openedAt, now.status));
      });
      return true;
    });
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading' && change.status !== 'complete') return;
    void withLock('webmail-tab', async () => {
      const tab = await loadWebmailTab();
      if (!tab || tab.tabId !== tabId || tab.status === change.status) return;
      await webmailTabItem.setValue(recordOf(tabId, tab.openedAt, change.status));
    }).catch((error: unknown) => logFailure('the webmail tab was not followed', error));
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void loadWebmailTab()
      .then((tab) => (tab?.tabId === tabId ? webmailTabItem.setValue(null) : undefined))
      .catch((error: unknown) => logFailure('the closed webmail tab was not forgotten', error));
  });
}
