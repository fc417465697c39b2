import type { ComponentChildren } from 'preact';
import { ExternalLink } from '../components/external-link';
import { StepHeading } from '../components/step-heading';
import { said, VerdictFacts } from '../components/verdict-facts';
import { type PageReading, type Reason, type SecondAnswer, secondQuestions, type VerdictId } from '../core/answers';
import { sentenceName } from '../core/catalogue/choose';
import type { Provider } from '../core/catalogue/provider';
import { contactOf, verdictPeople } from '../core/contacts';
import { shortWhen } from '../core/dates';
import type { NeighboursReading } from '../core/neighbours';
import type { ConflictKey } from '../core/probes/evidence';
import { neighboursHook } from '../core/probes/neighbour-lines';
import type { OutsideState } from '../core/probes/outside';
import { tellText } from '../core/report';
import type { Settings } from '../core/settings';
import { answerLabels } from '../core/texts';
import { t, uiLanguage } from '../platform/i18n';
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
  /** What the webmail page showed, read on the icon click (`data-page-reading`). */
  page?: PageReading | undefined;
  /** The consultant's outage notice on this provider is open: the service verdict says not to call. */
  incident?: boolean;
  /** The phishing verdict's question: was a password typed on the page the email opened? */
  onTyped?: (answer: SecondAnswer) => void;
  /** The webmail-works verdict's question, while unanswered: where does the user read this mailbox? */
  onReader?: ((answer: SecondAnswer) => void) | undefined;
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
  page,
  incident = false,
  onTyped,
  onReader,
  children,
}: Props) {
  const name = sentenceName(provider.name);
  const people = verdictPeople(verdict, reason, settings, { ...provider, name }, t('consultantFallback'), {
    incident,
  });
  const noConsultant = !contactOf('consultant', settings);
  // Where the verdict tells the user to deal with the provider themselves, the provider's own help.
  const support =
    (people.alone ||
      (noConsultant && (verdict === 'mail-service' || verdict === 'account')) ||
      (verdict === 'password' && noConsultant && provider.audience === 'consumer')) &&
    (provider.supportUrl || provider.supportPhone);
  const asking = verdict === 'phishing' && reason === 'phishing';
  return (
    <section
      class={`step verdict verdict-${verdict}`}
      data-verdict={verdict}
      data-reason={reason}
      {...(page ? { 'data-page-reading': page.id } : {})}
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
      {asking && onTyped && (
        <div class="typed" data-question="typed">
          <h2>{t('typedHeading')}</h2>
          <p>{t('verdictPhishingNext')}</p>
          <div class="answers">
            {(['typed-yes', 'typed-no'] as const).map((answer) => (
              <button key={answer} type="button" class="answer" data-outcome={answer} onClick={() => onTyped(answer)}>
                {t(answer === 'typed-yes' ? 'typedYes' : 'typedNo')}
              </button>
            ))}
          </div>
        </div>
      )}
      {!asking && <VerdictFacts people={people} tell={tellText(reason, name, provider.webmailUrl, t, errorText)} />}
      {onReader && (
        // Asked on the verdict, not before it: the common path stays one answer long. A service in between changes
        // whom to call (neither the computer nor the provider).
        <div class="reader" data-question="reader">
          <h2>{t('readerHeading')}</h2>
          <p>{t('readerIntro')}</p>
          <div class="answers">
            {secondQuestions.reader.answers.map((answer) => (
              <button key={answer} type="button" class="answer" data-outcome={answer} onClick={() => onReader(answer)}>
                {t(answerLabels[answer])}
              </button>
            ))}
          </div>
        </div>
      )}
      {people.doubt && (
        <p class="note" data-doubt>
          {said(people.doubt)}
        </p>
      )}
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
      {/* The provider's status: where a fault is the provider's (a scam email is not, whoever is there). */}
      {(verdict === 'mail-service' || (people.alone && verdict !== 'phishing')) && provider.statusUrl && (
        <p>
          <ExternalLink href={provider.statusUrl}>{t('statusPageLink', name)}</ExternalLink>
        </p>
      )}
      {(verdict === 'password' || (people.alone && reason === 'phishing-typed')) && (
        <p data-password-help>
          {provider.passwordResetUrl ? (
            <ExternalLink href={provider.passwordResetUrl}>{t('passwordResetLink', name)}</ExternalLink>
          ) : (
            // A consumer mailbox is the user's own: its sign-in page recovers it; a business one, whoever made it.
            t(provider.audience === 'consumer' ? 'passwordNoResetConsumer' : 'passwordNoReset', name)
          )}
        </p>
      )}
      {people.alone && verdict === 'account' && provider.passwordResetUrl && (
        // A consumer's own mailbox refused or locked, nobody behind it: the provider's account recovery.
        <p data-recovery>
          <ExternalLink href={provider.passwordResetUrl}>{t('accountRecoveryLink', name)}</ExternalLink>
        </p>
      )}
      {support && (
        <p data-support>
          {provider.supportUrl && <ExternalLink href={provider.supportUrl}>{t('supportLink', name)}</ExternalLink>}
          {provider.supportUrl && provider.supportPhone && ' · '}
          {provider.supportPhone && t('supportPhone', provider.supportPhone)}
        </p>
      )}
      {children}
    </section>
  );
}
