import type { ComponentChildren } from 'preact';
import { t } from '../platform/i18n';

/** A link to a provider page, opened in a new tab; only https URLs ever reach here (the catalogue's validator). */
export function ExternalLink({ href, children }: { href: string; children: ComponentChildren }) {
  return (
    <a href={href} target="_blank" rel="noreferrer">
      {children}
      <span class="visually-hidden"> {t('opensInNewTab')}</span>
    </a>
  );
}
