import type { ComponentChildren } from 'preact';
import type { Reason, VerdictId } from '../core/decide';
import type { Provider } from '../core/provider';
import { type Translate, tellText } from '../core/report';
import type { Consultant } from '../core/settings';
import { type MessageKey, t, uiLanguage } from '../platform/i18n';
import { ClientSettings } from './client-settings';
import { ContactCard } from './contact-card';
import { ExternalLink } from './external-link';
import { StepHeading } from './step-heading';

interface Texts {
  headline: MessageKey;
  who: MessageKey;
  next: MessageKey;
}

const texts: Record<VerdictId, Texts> = {
  'mail-client': {
    headline: 'verdictMailClientHeadline',
    who: 'verdictMailClientWho',
    next: 'verdictMailClientNext',
  },
  'mail-service': {
    headline: 'verdictMailServiceHeadline',
    who: 'verdictMailServiceWho',
    next: 'verdictMailServiceNext',
  },
  internet: {
    headline: 'verdictInternetHeadline',
    who: 'verdictInternetWho',
    next: 'verdictInternetNext',
  },
  password: {
    headline: 'verdictPasswordHeadline',
    who: 'verdictPasswordWho',
    next: 'verdictPasswordNext',
  },
};

interface Props {
  verdict: VerdictId;
  reason: Reason;
  provider: Provider;
  checkedAt: number;
  /** Whom to call, as the administrator set them: the consultant (service down), the technician (mail program). */
  consultant?: Consultant;
  technician?: Consultant;
  /** The automatic checks' evidence, shown inside the verdict. */
  children?: ComponentChildren;
}

export function VerdictView({ verdict, reason, provider, checkedAt, consultant, technician, children }: Props) {
  const { headline, who, next } = texts[verdict];
  const contact = verdict === 'mail-service' ? consultant : verdict === 'mail-client' ? technician : undefined;
  const whoText = contact?.name
    ? t(verdict === 'mail-service' ? 'whoConsultantNamed' : 'whoTechnicianNamed', contact.name)
    : t(who);
  const when = new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'short', timeStyle: 'short' }).format(checkedAt);
  return (
    <section class={`step verdict verdict-${verdict}`} data-verdict={verdict} aria-labelledby="step-heading">
      <StepHeading>{t(headline, provider.name)}</StepHeading>
      <dl class="verdict-facts">
        <dt>{t('whoLabel')}</dt>
        <dd class="who">
          {whoText}
          {contact && <ContactCard contact={contact} />}
        </dd>
        <dt>{t('tellLabel')}</dt>
        <dd>
          <q>{tellText(reason, provider.name, provider.webmailUrl, t as Translate)}</q>{' '}
          <span class="when">{t('checkedAt', when)}</span>
        </dd>
        <dt>{t('nextLabel')}</dt>
        <dd>{t(next, provider.name)}</dd>
      </dl>
      {verdict === 'mail-client' && (
        <>
          <p>
            <ExternalLink href={provider.webmailUrl}>{t('keepWorkingLink')}</ExternalLink>
          </p>
          <ClientSettings provider={provider} />
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
