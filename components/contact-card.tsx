import type { Consultant } from '../core/settings';
import { t } from '../platform/i18n';

const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;
const waHref = (phone: string) => `https://wa.me/${phone.replace(/\D/g, '').replace(/^00/, '')}`;

/** The contact set by the administrator: click-to-call, email, WhatsApp, website, hours. */
export function ContactCard({ contact }: { contact: Consultant }) {
  const rows: [string, preact.ComponentChild][] = [];
  if (contact.phone) rows.push([t('contactPhone'), <a href={telHref(contact.phone)}>{contact.phone}</a>]);
  if (contact.email) rows.push([t('contactEmail'), <a href={`mailto:${contact.email}`}>{contact.email}</a>]);
  if (contact.whatsapp) {
    rows.push([
      t('contactWhatsapp'),
      <a href={waHref(contact.whatsapp)} target="_blank" rel="noreferrer">
        {contact.whatsapp}
      </a>,
    ]);
  }
  if (contact.website) {
    rows.push([
      t('contactWebsite'),
      <a href={contact.website} target="_blank" rel="noreferrer">
        {new URL(contact.website).hostname}
      </a>,
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
