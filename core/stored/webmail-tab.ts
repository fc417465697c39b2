// The webmail tab the extension opened (session:webmailTab), read back: which tab, when, and whether it is still
// loading. Its status comes from tabs.onUpdated for that tab alone (no permission needed). A damaged value reads as
// none: the question then waits for nothing.
import { isRecord, isTime } from '../guards';

export interface WebmailTab {
  tabId: number;
  /** The check's openedAt: the tab belongs to that check only. */
  openedAt: number;
  status: 'loading' | 'complete';
  /** When it finished loading. */
  loadedAt?: number;
}

/** "The page does not open" is answered once the tab finished loading, or after this long: a slow line's minute. */
export const loadingWaitMs = 60_000;

export function parseWebmailTab(value: unknown): WebmailTab | null {
  if (!isRecord(value) || !Number.isSafeInteger(value.tabId) || (value.tabId as number) < 0) return null;
  if (!isTime(value.openedAt) || (value.status !== 'loading' && value.status !== 'complete')) return null;
  return {
    tabId: value.tabId as number,
    openedAt: value.openedAt,
    status: value.status,
    ...(isTime(value.loadedAt) ? { loadedAt: value.loadedAt } : {}),
  };
}

/** True while the check's own webmail tab is still loading, within the minute a slow line is given. */
export function stillLoading(tab: WebmailTab | null, openedAt: number, now: number): boolean {
  return tab !== null && tab.openedAt === openedAt && tab.status === 'loading' && now - openedAt < loadingWaitMs;
}
