// A verdict's four facts: whom to call (with their card), what to tell them, what to do now (and whom the next step
// names), what not to do. One widget for the verdict screen and the verdicts reached on the first screen.
import type { VerdictPeople, Wording } from '../core/contacts';
import { t } from '../platform/i18n';
import { ContactCard } from './contact-card';

export const said = (wording: Wording) => t(wording.key, wording.substitutions);

export function VerdictFacts({ people, tell }: { people: VerdictPeople; tell: string }) {
  return (
    <dl class="verdict-facts">
      <dt>{t('whoLabel')}</dt>
      <dd class="who" data-who={people.nobody ? 'nobody' : people.contact ? 'configured' : 'unnamed'}>
        {said(people.who)}
        {people.contact && <ContactCard contact={people.contact} />}
      </dd>
      <dt>{t('tellLabel')}</dt>
      <dd>
        <q>{tell}</q>
      </dd>
      <dt>{t('nextLabel')}</dt>
      <dd>
        {said(people.next)}
        {people.nextContact && (
          <div class="next-contact" data-next-contact>
            <p>{people.nextContact.name ? t('nextTechnicianNamed', people.nextContact.name) : t('nextTechnician')}</p>
            <ContactCard contact={people.nextContact} />
          </div>
        )}
      </dd>
      <dt>{t('avoidLabel')}</dt>
      <dd data-avoid>{said(people.avoid)}</dd>
    </dl>
  );
}
