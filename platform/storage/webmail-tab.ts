// The webmail tab the extension opened: written by the background (platform/webmail-tab.ts), read by the question
// screens (the tab still loading) and the popup (the page read on the icon click). Listed in ./index.ts's table.
import { storage } from '@wxt-dev/storage';
import { parseWebmailTab, type WebmailTab } from '../../core/stored/webmail-tab';

export const webmailTabItem = storage.defineItem<WebmailTab | null>('session:webmailTab', { fallback: null });

export async function loadWebmailTab(): Promise<WebmailTab | null> {
  return parseWebmailTab(await webmailTabItem.getValue().catch(() => null));
}
