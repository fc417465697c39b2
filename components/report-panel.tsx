import { useId, useState } from 'preact/hooks';
import type { ReportRecipient } from '../core/contacts';
import type { HistoryEntry } from '../core/history';
import { whatsappUrl } from '../core/phone';
import { composeUrl, mailtoUrl } from '../core/report';
import type { ReportChannel } from '../core/report-channel';
import { copyText } from '../platform/browser-ui';
import { t } from '../platform/i18n';
import { type ReportFrom, reportOf } from '../platform/report-of';
import { usePerson } from './hooks/use-person';

interface Props {
  /** The check the report is about. */
  entry: HistoryEntry;
  /** The product name and the client, from the settings (the person's name is typed here). */
  from?: Omit<ReportFrom, 'person'>;
  /** Whom the report is for (it follows the verdict); none for a report to nobody in particular. */
  to?: ReportRecipient | undefined;
  /** Which way the report can travel (core/report-channel.ts); the mail program's email only as a last resort. */
  channel?: ReportChannel;
}

/**
 * The report: a visible preview, copy to the clipboard, and ways to send it that work when email is what is broken
 * (WhatsApp first, or the webmail's own compose window when the webmail works); the mail program's email last,
 * labelled as going through it.
 */
export function ReportPanel({ entry, from = {}, to, channel = { kind: 'mail' } }: Props) {
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
  const compose =
    channel.kind === 'webmail' && channel.compose ? composeUrl(channel.compose, to?.email ?? '', subject, body) : null;
  return (
    <section class="report" aria-labelledby={headingId} data-report-for={to?.role ?? 'nobody'}>
      <h2 id={headingId}>{heading}</h2>
      {channel.kind === 'broken' && (
        <p class="note" data-report-channel="broken">
          {t('reportChannelBroken')}
        </p>
      )}
      {channel.kind === 'webmail' && !compose && (
        <p class="note" data-report-channel="webmail">
          {t('reportChannelWebmail')}
        </p>
      )}
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
        {whatsapp && channel.kind === 'broken' && (
          <a class="button-link" data-action="whatsapp-report" href={whatsapp} target="_blank" rel="noreferrer">
            {t('whatsappReport')}
          </a>
        )}
        {compose && channel.kind === 'webmail' && (
          <a class="button-link" data-action="compose-in-webmail" href={compose} target="_blank" rel="noreferrer">
            {t('composeInWebmail', channel.providerName)}
          </a>
        )}
        <button
          type="button"
          class="secondary"
          data-action="copy-report"
          onClick={() => void copyText(`${subject}\n\n${body}`).then(setCopied)}
        >
          {t('copyReport')}
        </button>
        {channel.kind === 'webmail' && !compose && channel.webmailUrl && (
          <a
            class="button-link"
            data-action="reopen-webmail-report"
            href={channel.webmailUrl}
            target="_blank"
            rel="noreferrer"
          >
            {t('reopenWebmail')}
          </a>
        )}
        {whatsapp && channel.kind !== 'broken' && (
          <a class="button-link" data-action="whatsapp-report" href={whatsapp} target="_blank" rel="noreferrer">
            {t('whatsappReport')}
          </a>
        )}
        <a class="button-link" data-action="email-report" href={mailtoUrl(to?.email ?? '', subject, body)}>
          {to?.email && to.name ? t('emailReportTo', to.name) : t('emailReport')}
        </a>
      </div>
      <p role="status" class={copied === false ? 'problem-soft' : 'muted'}>
        {copied === null ? '' : t(copied ? 'copyDone' : 'copyFailed')}
      </p>
    </section>
  );
}
