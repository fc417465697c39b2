import type { ComponentChildren } from 'preact';
import { ExternalLink } from '../../components/external-link';
import { StepHeading } from '../../components/step-heading';
import { said, VerdictFacts } from '../../components/verdict-facts';
import type { Reason, VerdictId } from '../../core/answers';
import { sentenceName } from '../../core/catalogue/choose';
import type { Provider } from '../../core/catalogue/provider';
import { verdictPeople } from '../../core/contacts';
import { shortWhen } from '../../core/dates';
import type { NeighboursReading } from '../../core/neighbours';
import type { ConflictKey } from '../../core/probes/evidence';
import { neighboursHook } from '../../core/probes/neighbour-lines';
import type { OutsideState } from '../../core/probes/outside';
import { tellText } from '../../core/report';
import type { Settings } from '../../core/settings';
import { t, uiLanguage } from '../../platform/i18n';
import { ClientSettings } from './client-settings';

interface Props {
  verdict: VerdictId;
  reason: Reason;
  provider: Provider;
  /** When the user answered (ms since the epoch): the time of the verdict. */
  answeredAt: number;
  /** The check's short code (core/check-code.ts): read over the phone, found in the report and the message. */
  code: string;
  /** What other networks' probes found, and how many other clients failed: public hooks on the verdict. */
  probes?: OutsideState | undefined;
  neighbours?: NeighboursReading | undefined;
  /** Whom to call, as the consultant or the user set them. */
  settings: Settings;
  /** Where the user's answer and the probes disagree. */
  conflict?: ConflictKey | undefined;
  /** The mail program's error, when the user pasted it: "what to tell them" quotes it when it decided. */
  errorText?: string | undefined;
  /** The automatic probes' evidence and the report, shown inside the verdict. */
  children?: ComponentChildren;
}

export function VerdictView({
  verdict,
  reason,
  provider,
  answeredAt,
  code,
  settings,
  conflict,
  errorText,
  probes,
  neighbours,
  children,
}: Props) {
  const name = sentenceName(provider.name);
  const people = verdictPeople(verdict, reason, settings, { ...provider, name }, t('consultantFallback'));
  return (
    <section
      class={`step verdict verdict-${verdict}`}
      data-verdict={verdict}
      data-reason={reason}
      {...(probes ? { 'data-probes': probes } : {})}
      {...(neighbours ? { 'data-neighbours': neighboursHook(neighbours) } : {})}
      aria-labelledby="step-heading"
    >
      <StepHeading>{said(people.headline)}</StepHeading>
      <p class="when">
        {t('checkedAt', shortWhen(answeredAt, uiLanguage()))} · {/* On one line: it is read out over the phone. */}
        <span data-check-code={code} style={{ whiteSpace: 'nowrap' }}>
          {t('checkCodeLine', code)}
        </span>
      </p>
      <VerdictFacts people={people} tell={tellText(reason, name, provider.webmailUrl, t, errorText)} />
      {conflict && (
        <p class="note" data-conflict>
          {t(conflict, name)}
        </p>
      )}
      {verdict === 'mail-client' && (
        <>
          <p>
            <ExternalLink href={provider.webmailUrl}>{t('keepWorkingLink')}</ExternalLink>
          </p>
          <details class="for-technician">
            <summary>{t('clientSettingsSummary')}</summary>
            <ClientSettings provider={provider} />
          </details>
        </>
      )}
      {(verdict === 'mail-service' || people.alone) && provider.statusUrl && (
        <p>
          <ExternalLink href={provider.statusUrl}>{t('statusPageLink', name)}</ExternalLink>
        </p>
      )}
      {verdict === 'password' && (
        <p>
          {provider.passwordResetUrl ? (
            <ExternalLink href={provider.passwordResetUrl}>{t('passwordResetLink', name)}</ExternalLink>
          ) : (
            t('passwordNoReset', name)
          )}
        </p>
      )}
      {children}
    </section>
  );
}
