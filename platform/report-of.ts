// A check's report as this browser writes it: the rule's text (core/report.ts) with this browser's facts (its
// language, time zone, version and description), for the report panel and the consultant's message alike.
import { checkCode } from '../core/check-code';
import type { HistoryEntry } from '../core/history';
import { mailErrors, meaningOf } from '../core/mail-errors';
import { formatReport } from '../core/report';
import { environmentDescription, extensionVersion, timeZone } from './environment';
import { t, uiLanguage } from './i18n';

/** Who the report is from: the administrator's product name, the client (company), the person. */
export interface ReportFrom {
  productName?: string | undefined;
  client?: string | undefined;
  person?: string | undefined;
  /** The consultant, as the neighbours' line names them. */
  consultant?: string | undefined;
}

/** The pasted error with its meaning in the user's language (none when the reader did not recognise it). */
function errorForReport(error: NonNullable<HistoryEntry['error']>): { text: string; meaning?: string } {
  const entry = mailErrors.find((e) => e.id === error.reading);
  return { text: error.text, ...(entry ? { meaning: meaningOf(entry, uiLanguage()) } : {}) };
}

/** The report of a check, in the user's language, with this browser's facts. */
export function reportOf(entry: HistoryEntry, from: ReportFrom = {}): { subject: string; body: string } {
  const person = from.person?.trim();
  return formatReport(
    {
      ...entry,
      checkedAt: entry.at,
      code: checkCode(entry.at),
      environment: environmentDescription(),
      version: extensionVersion(),
      ...(from.client ? { client: from.client } : {}),
      ...(person ? { person } : {}),
      ...(from.consultant ? { consultant: from.consultant } : {}),
      ...(entry.error ? { error: errorForReport(entry.error) } : {}),
    },
    { t, locale: uiLanguage(), timeZone: timeZone(), ...(from.productName ? { productName: from.productName } : {}) },
  );
}
