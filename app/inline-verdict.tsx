// A verdict reached without the webmail check (the finder found a domain that receives no mail; the mail program's
// error decides by itself): whom to call, what to say, what to do and not to do, and the report. Loaded on demand.

import { useState } from 'preact/hooks';
import { NotifyPanel } from '../components/notify-panel';
import { ReportPanel } from '../components/report-panel';
import { said, VerdictFacts } from '../components/verdict-facts';
import type { ErrorReading, Reason, VerdictId } from '../core/answers';
import { sentenceName } from '../core/catalogue/choose';
import { withDetails } from '../core/catalogue/details';
import type { Provider } from '../core/catalogue/provider';
import { checkCode } from '../core/check-code';
import { reportRecipient, type VerdictProvider, verdictPeople } from '../core/contacts';
import { errorEntry, type HistoryEntry } from '../core/history';
import { tellText } from '../core/report';
import { reportChannel } from '../core/report-channel';
import type { Settings } from '../core/settings';
import { t } from '../platform/i18n';

export interface InlineVerdictProps {
  verdict: VerdictId;
  reason: Reason;
  provider: VerdictProvider;
  settings: Settings;
  /** The facts the report is written from. */
  entry: HistoryEntry;
  productName: string;
}

export function InlineVerdict({ verdict, reason, provider, settings, entry, productName }: InlineVerdictProps) {
  const people = verdictPeople(verdict, reason, settings, provider, t('consultantFallback'));
  return (
    <section class={`verdict verdict-${verdict}`} data-verdict={verdict} data-reason={reason}>
      <h2>{said(people.headline)}</h2>
      <p class="when">
        <span data-check-code={checkCode(entry.at)}>{t('checkCodeLine', checkCode(entry.at))}</span>
      </p>
      <VerdictFacts people={people} tell={tellText(reason, provider.name, entry.webmailUrl, t, entry.error?.text)} />
      <NotifyPanel entry={entry} verdict={verdict} settings={settings} />
      <ReportPanel
        entry={entry}
        from={{ productName, client: settings.clientName, consultant: settings.consultant?.name }}
        to={reportRecipient(verdict, settings)}
        channel={reportChannel(verdict, { name: provider.name, webmailUrl: entry.webmailUrl })}
      />
    </section>
  );
}

export interface ErrorVerdictProps {
  provider: Provider | undefined;
  error: { text: string; reading: ErrorReading };
  settings: Settings;
  productName: string;
}

/** The verdict a decisive error gives on the first screen, for the chosen provider (or "your email provider"). */
export function ErrorVerdict({ provider: listed, error, settings, productName }: ErrorVerdictProps) {
  const provider = listed && withDetails(listed);
  const name = provider ? sentenceName(provider.name) : t('yourMailProvider');
  // The verdict's time, fixed when it first shows: its check code and its report do not change as it re-renders.
  const [at] = useState(Date.now);
  return (
    <InlineVerdict
      verdict={error.reading.verdict}
      reason="error-reading"
      provider={{ name, ...(provider?.audience ? { audience: provider.audience } : {}) }}
      settings={settings}
      entry={errorEntry(provider, name, error, at)}
      productName={productName}
    />
  );
}
