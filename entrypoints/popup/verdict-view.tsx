import type { ComponentChildren } from 'preact';
import { ContactCard } from '../../components/contact-card';
import { ExternalLink } from '../../components/external-link';
import { StepHeading } from '../../components/step-heading';
import { contactOf, verdictRoles } from '../../core/contacts';
import { shortTime, shortWhen } from '../../core/dates';
import type { Reason, VerdictId } from '../../core/decide';
import type { ConflictKey } from '../../core/evidence';
import type { Provider } from '../../core/provider';
import { tellText } from '../../core/report';
import type { Settings } from '../../core/settings';
import { verdictTexts } from '../../core/texts';
import { type MessageKey, t, uiLanguage } from '../../platform/i18n';
import { ClientSettings } from './client-settings';

interface Props {
  verdict: VerdictId;
  reason: Reason;
  provider: Provider;
  /** When the webmail was opened, and when the user answered (ms since the epoch). */
  openedAt: number;
  answeredAt: number;
  /** Whom to call, as the administrator or the user set them. */
  settings: Settings;
  /** Where the user's answer and the checks disagree. */
  conflict?: ConflictKey | undefined;
  /** The automatic checks' evidence and the report, shown inside the verdict. */
  children?: ComponentChildren;
}

/** "Whom to call" with a configured person's name, per verdict. */
const namedWho: Partial<Record<VerdictId, MessageKey>> = {
  'mail-service': 'whoConsultantNamed',
  'mail-client': 'whoTechnicianNamed',
  password: 'whoPasswordNamed',
};

export function VerdictView({ verdict, reason, provider, openedAt, answeredAt, settings, conflict, children }: Props) {
  const texts = verdictTexts[verdict];
  const roles = verdictRoles[verdict];
  const who = contactOf(roles.who, settings);
  const nextContact = contactOf(roles.next, settings);
  const named = namedWho[verdict];
  const whoText = who?.name && named ? t(named, who.name) : t(texts.who);
  const locale = uiLanguage();
  const when = shortWhen(answeredAt, locale);
  const opened = shortTime(openedAt, locale);
  return (
    <section class={`step verdict verdict-${verdict}`} data-verdict={verdict} aria-labelledby="step-heading">
      <StepHeading>{t(texts.headline, provider.name)}</StepHeading>
      <dl class="verdict-facts">
        <dt>{t('whoLabel')}</dt>
        <dd class="who">
          {whoText}
          {who && <ContactCard contact={who} />}
        </dd>
        <dt>{t('tellLabel')}</dt>
        <dd>
          <q>{tellText(reason, provider.name, provider.webmailUrl, t)}</q>{' '}
          <span class="when">{t('checkedAt', [when, opened])}</span>
        </dd>
        <dt>{t('nextLabel')}</dt>
        <dd>
          {t(texts.next, provider.name)}
          {nextContact && (
            <div class="next-contact">
              <p>{nextContact.name ? t('nextTechnicianNamed', nextContact.name) : t('nextTechnician')}</p>
              <ContactCard contact={nextContact} />
            </div>
          )}
        </dd>
      </dl>
      {conflict && (
        <p class="note" data-conflict>
          {t(conflict, provider.name)}
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
      {verdict === 'mail-service' && provider.statusUrl && (
        <p>
          <ExternalLink href={provider.statusUrl}>{t('statusPageLink', provider.name)}</ExternalLink>
        </p>
      )}
      {verdict === 'password' && (
        <p>
          {provider.passwordResetUrl ? (
            <ExternalLink href={provider.passwordResetUrl}>{t('passwordResetLink', provider.name)}</ExternalLink>
          ) : (
            t('passwordNoReset', provider.name)
          )}
        </p>
      )}
      {children}
    </section>
  );
}
