import { ContactCard } from '../components/contact-card';
import { shortWhen } from '../core/dates';
import { type Incident, incidentMessage } from '../core/incidents/match';
import type { Consultant } from '../core/settings';
import { t, uiLanguage } from '../platform/i18n';

/** "Your consultant already knows": the consultant's open incident on this provider, with the ticket and contact. */
export interface IncidentNoticeProps {
  incident: Incident;
  consultant?: Consultant | undefined;
}

export function IncidentNotice({ incident, consultant }: IncidentNoticeProps) {
  const since = incident.since ? Date.parse(incident.since) : Number.NaN;
  const when = Number.isNaN(since) ? undefined : shortWhen(since, uiLanguage());
  return (
    <section class="incident-notice" data-incident={incident.id} aria-labelledby="incident-heading">
      <h2 id="incident-heading">{t('incidentHeading')}</h2>
      <p>{incidentMessage(incident, uiLanguage())}</p>
      <p class="muted">
        {incident.ticket ? `${t('incidentTicket', incident.ticket)} ` : ''}
        {when ? t('incidentSince', when) : ''}
      </p>
      <p>{t('incidentNoNeedToCall')}</p>
      {consultant && <ContactCard contact={consultant} />}
    </section>
  );
}
