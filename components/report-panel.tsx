import { useId, useState } from 'preact/hooks';
import type { ReportRecipient } from '../core/contacts';
import type { HistoryEntry } from '../core/history';
import { mailtoUrl, whatsappUrl } from '../core/report';
import { copyText } from '../platform/browser-ui';
import { t } from '../platform/i18n';
import { usePerson } from './hooks/use-person';
import { type ReportFrom, reportOf } from './report-of';

interface Props {
  /** The check the report is about. */
  entry: HistoryEntry;
  /** The product name and the client, from the settings (the person's name is typed here). */
  from?: Omit<ReportFrom, 'person'>;
  /** Whom the report is for (it follows the verdict); none for a report to nobody in particular. */
  to?: ReportRecipient | undefined;
}

/** The report: a visible preview, copy to the clipboard, an email ready to send, WhatsApp when configured. */
export function ReportPanel({ entry, from = {}, to }: Props) {
  const [copied, setCopied] = useState<boolean | null>(null);
  const [person, setPerson] = usePerson();
  const headingId = useId();
  const { subject, body } = reportOf(entry, { ...from, person });
  const whatsapp = to?.whatsapp ? whatsappUrl(to.whatsapp, `${subject}\n\n${body}`) : null;
  const heading =
    to?.role === 'consultant'
      ? t('reportHeadingConsultant')
      : to?.role === 'technician'
        ? t('reportHeadingTechnician')
        : t('reportHeading');
  return (
    <section class="report" aria-labelledby={headingId} data-report-for={to?.role ?? 'nobody'}>
      <h2 id={headingId}>{heading}</h2>
      <label for={`${headingId}-text`} class="visually-hidden">
        {t('reportPreviewLabel')}
      </label>
      {/* Read-only text: selectable and copyable by hand too, reachable by keyboard. */}
      <textarea id={`${headingId}-text`} data-report readOnly rows={8} value={body} />
      <label for={`${headingId}-person`} class="field-label">
        {t('personLabel')}
      </label>
      <input
        id={`${headingId}-person`}
        class="person"
        data-input="person-name"
        autoComplete="name"
        maxLength={80}
        value={person}
        onInput={(event) => setPerson(event.currentTarget.value)}
      />
      <div class="report-actions">
        <button
          type="button"
          class="secondary"
          data-action="copy-report"
          onClick={() => void copyText(`${subject}\n\n${body}`).then(setCopied)}
        >
          {t('copyReport')}
        </button>
        <a class="button-link" data-action="email-report" href={mailtoUrl(to?.email ?? '', subject, body)}>
          {to?.email && to.name ? t('emailReportTo', to.name) : t('emailReport')}
        </a>
        {whatsapp && (
          <a class="button-link" data-action="whatsapp-report" href={whatsapp} target="_blank" rel="noreferrer">
            {t('whatsappReport')}
          </a>
        )}
      </div>
      <p role="status" class={copied === false ? 'problem-soft' : 'muted'}>
        {copied === null ? '' : t(copied ? 'copyDone' : 'copyFailed')}
      </p>
    </section>
  );
}
