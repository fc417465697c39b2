// Where the address finder would leave the user alone (a domain that does not exist, often an expired one; a
// domain without a mail server; a provider we do not know): the way on to a person, with their contact, and for a
// domain that receives no mail, the verdict and a report. Loaded only when the finder gets there.
import { useState } from 'preact/hooks';
import { ContactCard } from '../components/contact-card';
import { deadEndVerdict } from '../core/catalogue/detect';
import { contactOf } from '../core/contacts';
import { domainEntry } from '../core/history';
import type { Settings } from '../core/settings';
import { t } from '../platform/i18n';
import type { DeadEndDetection } from './finder-message';
import { InlineVerdict } from './inline-verdict';

export interface FinderDeadEndProps {
  detection: DeadEndDetection;
  consultant?: Settings['consultant'];
  /** All the settings, when known: the verdict's report and the consultant's channel ("Tell now") use them. */
  settings?: Settings | undefined;
  productName: string;
}

export function FinderDeadEnd({ detection, consultant, settings: all, productName }: FinderDeadEndProps) {
  const [shown, setShown] = useState(false);
  // Fixed when it first shows: the check code and the report do not change as the screen re-renders.
  const [at] = useState(Date.now);
  const settings: Settings = all ?? (consultant ? { consultant } : {});
  const known = contactOf('consultant', settings);
  const outcome = deadEndVerdict(detection.kind);
  // An unknown provider, a forwarder, a spam filter: whom to ask (the finder's message says what it found).
  if (!outcome) {
    return known ? (
      <div class="dead-end" data-dead-end={detection.kind}>
        <ContactCard contact={known} />
      </div>
    ) : null;
  }
  const { verdict, reason } = outcome;
  return (
    <div class="dead-end" data-dead-end={detection.kind}>
      {known && <ContactCard contact={known} />}
      {!shown ? (
        <button type="button" class="secondary" data-action="see-verdict" onClick={() => setShown(true)}>
          {t('domainVerdictAction')}
        </button>
      ) : (
        <InlineVerdict
          verdict={verdict}
          reason={reason}
          provider={{ name: detection.domain }}
          settings={settings}
          entry={domainEntry(detection.domain, reason, at)}
          productName={productName}
        />
      )}
    </div>
  );
}
