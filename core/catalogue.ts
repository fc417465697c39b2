// Looking providers up in a catalogue: pure functions, the catalogue passed in.
import type { Provider } from './provider';
import { builtInProviders } from './providers';

/** The provider preselected when the user has never chosen one: most of the consultant's clients use Aruba. */
export const defaultProviderId = 'aruba';

export function findProvider(
  id: string | null | undefined,
  catalogue: readonly Provider[] = builtInProviders,
): Provider | undefined {
  return id ? catalogue.find((provider) => provider.id === id) : undefined;
}

/** The picker's order: the last choice on top, then the catalogue's own order (Italian providers first). */
export function pickerOrder(
  lastChoiceId: string | null | undefined,
  catalogue: readonly Provider[] = builtInProviders,
): Provider[] {
  const last = findProvider(lastChoiceId, catalogue);
  return last ? [last, ...catalogue.filter((provider) => provider !== last)] : [...catalogue];
}

/** Lower case, accents folded, so that "liberò" finds Libero and "TIM" finds tim. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/**
 * Providers whose name, id or mailbox domain contains the query; an address or domain
 * ("mario@libero.it", "libero.it") finds its provider by domain.
 */
export function filterProviders(providers: readonly Provider[], query: string): Provider[] {
  const q = fold(query);
  if (q === '') return [...providers];
  const domain = q.includes('@') ? q.slice(q.lastIndexOf('@') + 1) : q;
  return providers.filter(
    (provider) =>
      fold(provider.name).includes(q) ||
      provider.id.includes(q) ||
      (domain !== '' && (provider.domains ?? []).some((d) => d === domain || d.startsWith(domain))),
  );
}
