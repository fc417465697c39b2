// The picker's memory read back, on the popup's first paint: the user's own provider (local:ownProvider) and the
// provider chosen last time (local:lastProvider).

import { ownProviderFrom, ownProviderId } from '../catalogue/own-provider';
import type { Provider } from '../catalogue/provider';
import { isRecord } from '../guards';
import { idLimit } from '../limits';

/** Reads the stored own provider defensively: only what ownProviderFrom would make. */
export function parseOwnProvider(value: unknown): Provider | null {
  if (!isRecord(value) || value.id !== ownProviderId || typeof value.webmailUrl !== 'string') return null;
  return ownProviderFrom(value.webmailUrl, typeof value.name === 'string' ? value.name : undefined);
}

/** The provider chosen last time (local:lastProvider): an id the catalogue may know, or none. */
export const parseProviderId = (value: unknown): string | null =>
  typeof value === 'string' && value.length <= idLimit ? value : null;
