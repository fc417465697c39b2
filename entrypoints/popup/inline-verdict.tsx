// A verdict reached without the webmail check (the finder found a domain that receives no mail; the mail program's
// error decides by itself): whom to call, what to say, what to do and not to do, and the report. Loaded on demand.
import { ContactCard } from '../../components/contact-card';
import { ReportPanel } from '../../components/report-panel';
import { sentenceName } from '../../core/catalogue';
import { reportRecipient, type VerdictProvider, verdictPeople } from '../../core/contacts';
import type { ErrorReading, Reason, VerdictId } from '../../core/decide';
import { errorEntry, type HistoryEntry } from '../../core/history';
import type { Provider } from '../../core/provider';
import { withDetails } from '../../core/provider-details';
import { tellText } from '../../core/report';
import { reportChannel } from '../../core/report-channel';
import type { Settings } from '../../core/settings';
import { t } from '../../platform/i18n';

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
  const say = (w: { key: Parameters<typeof t>[0]; substitutions: string[] }) => t(w.key, w.substitutions);
  return (
    <section class={`verdict verdict-${verdict}`} data-verdict={verdict} data-reason={reason}>
      <h2>{say(people.headline)}</h2>
      <dl class="verdict-facts">
        <dt>{t('whoLabel')}</dt>
        <dd class="who" data-who={people.alone ? 'nobody' : people.contact ? 'configured' : 'unnamed'}>
          {say(people.who)}
          {people.contact && <ContactCard contact={people.contact} />}
        </dd>
        <dt>{t('tellLabel')}</dt>
        <dd>
          <q>{tellText(reason, provider.name, entry.webmailUrl || 'https://invalid.example/', t, entry.error?.text)}</q>
        </dd>
        <dt>{t('nextLabel')}</dt>
        <dd>{say(people.next)}</dd>
        <dt>{t('avoidLabel')}</dt>
        <dd data-avoid>{say(people.avoid)}</dd>
      </dl>
      <ReportPanel
        entry={entry}
        from={{ productName, client: settings.clientName }}
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
  return (
    <InlineVerdict
      verdict={error.reading.verdict}
      reason="error-reading"
      provider={{ name, ...(provider?.audience ? { audience: provider.audience } : {}) }}
      settings={settings}
      entry={errorEntry(provider, name, error, Date.now())}
      productName={productName}
    />
  );
}
