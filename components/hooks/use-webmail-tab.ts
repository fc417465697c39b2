import { parseWebmailTab, type WebmailTab } from '../../core/stored/webmail-tab';
import { webmailTabItem } from '../../platform/storage/webmail-tab';
import { useStoredItem } from './use-stored-item';

/** The webmail tab the extension opened, followed as it loads (null when there is none or it is not known yet). */
export function useWebmailTab(): WebmailTab | null {
  return useStoredItem(webmailTabItem, parseWebmailTab, 'the webmail tab')[0] ?? null;
}
