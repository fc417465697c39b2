import type { HistoryEntry } from '../core/history';
import { formatReport } from '../core/report';
import { environmentDescription, extensionVersion, timeZone } from '../platform/environment';
import { t, uiLanguage } from '../platform/i18n';

/** Who the report is from: the administrator's product name, the client (company), the person. */
export interface ReportFrom {
  productName?: string | undefined;
  client?: string | undefined;
  person?: string | undefined;
}

/** The report of a check, in the user's language, with this browser's facts. */
export function reportOf(entry: HistoryEntry, from: ReportFrom = {}): { subject: string; body: string } {
  const person = from.person?.trim();
  return formatReport(
    {
      ...entry,
      checkedAt: entry.at,
      environment: environmentDescription(),
      version: extensionVersion(),
      ...(from.client ? { client: from.client } : {}),
      ...(person ? { person } : {}),
    },
    { t, locale: uiLanguage(), timeZone: timeZone(), ...(from.productName ? { productName: from.productName } : {}) },
  );
}
