import type { HistoryEntry } from '../core/history';
import { formatReport } from '../core/report';
import { environmentDescription, extensionVersion, timeZone } from '../platform/environment';
import { t, uiLanguage } from '../platform/i18n';

/** The report of a check, in the user's language, with this browser's facts. */
export function reportOf(entry: HistoryEntry, productName?: string): { subject: string; body: string } {
  return formatReport(
    { ...entry, checkedAt: entry.at, environment: environmentDescription(), version: extensionVersion() },
    { t, locale: uiLanguage(), timeZone: timeZone(), ...(productName ? { productName } : {}) },
  );
}
