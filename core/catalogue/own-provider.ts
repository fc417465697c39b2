// "My provider isn't listed": a path for every provider. The user types their webmail's address; it becomes their
// own provider, kept locally for next time (removable), checked and named like any other. Pure.
import { cleanText, isSafeWebUrl, withHttps } from '../guards';
import { nameLimit } from '../limits';
import type { Provider } from './provider';

export const ownProviderId = 'own-webmail';

/**
 * The user's own provider from the address they typed (https:// added when missing); null when not a safe one.
 * Named after the service the finder recognised (Email.it), or else after the webmail's host.
 */
export function ownProviderFrom(typed: string, name?: string): Provider | null {
  const url = withHttps(typed);
  if (!isSafeWebUrl(url)) return null;
  const { hostname, origin, pathname } = new URL(url);
  return {
    id: ownProviderId,
    name: cleanText(name, nameLimit) ?? hostname.slice(0, nameLimit),
    webmailUrl: `${origin}${pathname}`,
  };
}

/** A suggestion to show (never to open by itself) for a domain: https://webmail.<domain>. */
export function suggestedWebmail(domain: string): string | undefined {
  return /^[a-z0-9.-]+\.[a-z]{2,}$/i.test(domain) ? `https://webmail.${domain.toLowerCase()}` : undefined;
}
