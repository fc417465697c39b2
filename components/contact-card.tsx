import { telUrl, whatsappUrl } from '../core/phone';
import type { Consultant } from '../core/settings';
import { t } from '../platform/i18n';
import { ExternalLink } from './external-link';

/** The contact set by the administrator: click-to-call, email, WhatsApp, website, hours. */
export function ContactCard({ contact }: { contact: Consultant }) {
  const rows: [string, preact.ComponentChild][] = [];
  // Stored numbers are international (the validator adds the country code): the links reach the right country.
  const tel = contact.phone ? telUrl(contact.phone) : null;
  const whatsapp = contact.whatsapp ? whatsappUrl(contact.whatsapp) : null;
  if (contact.phone) rows.push([t('contactPhone'), tel ? <a href={tel}>{contact.phone}</a> : contact.phone]);
  if (contact.email) rows.push([t('contactEmail'), <a href={`mailto:${contact.email}`}>{contact.email}</a>]);
  if (contact.whatsapp && whatsapp) {
    rows.push([t('contactWhatsapp'), <ExternalLink href={whatsapp}>{contact.whatsapp}</ExternalLink>]);
  }
  if (contact.website) {
    rows.push([
      t('contactWebsite'),
      <ExternalLink href={contact.website}>{new URL(contact.website).hostname}</ExternalLink>,
    ]);
  }
  if (contact.hours) rows.push([t('contactHours'), contact.hours]);
  if (rows.length === 0) return null;
  return (
    <dl class="contact" data-contact>
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
