// Where the address finder would leave the user alone (a domain that does not exist, often an expired one; a
// domain without a mail server; a provider we do not know): the way on to a person, with their contact, and for a
// domain that receives no mail, the verdict and a report. Loaded only when the finder gets there.
import { useState } from 'preact/hooks';
import { ContactCard } from '../../components/contact-card';
import { ReportPanel } from '../../components/report-panel';
import { contactOf, reportRecipient, verdictPeople } from '../../core/contacts';
import type { Detection } from '../../core/detect';
import { domainEntry } from '../../core/history';
import { tellText } from '../../core/report';
import type { Settings } from '../../core/settings';
import { t } from '../../platform/i18n';

export interface FinderDeadEndProps {
  detection: Extract<Detection, { kind: 'no-domain' | 'no-mx' | 'unknown-mx' }>;
  consultant?: Settings['consultant'];
  productName: string;
}

export function FinderDeadEnd({ detection, consultant, productName }: FinderDeadEndProps) {
  const [shown, setShown] = useState(false);
  const settings: Settings = consultant ? { consultant } : {};
  const known = contactOf('consultant', settings);
  if (detection.kind === 'unknown-mx') {
    return known ? (
      <div class="dead-end" data-dead-end={detection.kind}>
        <ContactCard contact={known} />
      </div>
    ) : null;
  }
  const reason = detection.kind === 'no-domain' ? 'domain-missing' : 'domain-no-mail';
  const people = verdictPeople('account', reason, settings, { name: detection.domain }, t('consultantFallback'));
  const entry = domainEntry(detection.domain, reason, Date.now());
  return (
    <div class="dead-end" data-dead-end={detection.kind}>
      {known && <ContactCard contact={known} />}
      {!shown ? (
        <button type="button" class="secondary" data-action="see-verdict" onClick={() => setShown(true)}>
          {t('domainVerdictAction')}
        </button>
      ) : (
        <section class="verdict verdict-account" data-verdict="account" data-reason={reason}>
          <h2>{t(people.headline.key, people.headline.substitutions)}</h2>
          <dl class="verdict-facts">
            <dt>{t('whoLabel')}</dt>
            <dd class="who">{t(people.who.key, people.who.substitutions)}</dd>
            <dt>{t('tellLabel')}</dt>
            <dd>
              <q>{tellText(reason, detection.domain, entry.webmailUrl, t)}</q>
            </dd>
            <dt>{t('nextLabel')}</dt>
            <dd>{t(people.next.key, people.next.substitutions)}</dd>
            <dt>{t('avoidLabel')}</dt>
            <dd data-avoid>{t(people.avoid.key, people.avoid.substitutions)}</dd>
          </dl>
          <ReportPanel
            entry={entry}
            from={{ productName }}
            to={reportRecipient('account', settings)}
            channel={{ kind: 'broken' }}
          />
        </section>
      )}
    </div>
  );
}
