// Looking providers up in a catalogue: pure functions, the catalogue passed in.

import { fold } from '../fold';
import { builtInProviders } from './built-in';
import type { Provider } from './provider';

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

/** Lower case, accents folded, trimmed, so that "liberò " finds Libero and "TIM" finds tim. */

/**
 * Providers whose name, id or mailbox domain contains the query; an address or domain
 * ("mario@libero.it", "libero.it") finds its provider by domain.
 */
export function filterProviders(providers: readonly Provider[], query: string): Provider[] {
  // Accents folded, lower case, trimmed: "liberò " finds Libero and "TIM" finds tim.
  const q = fold(query).trim();
  if (q === '') return [...providers];
  const domain = q.includes('@') ? q.slice(q.lastIndexOf('@') + 1) : q;
  return providers.filter(
    (provider) =>
      fold(provider.name).includes(q) ||
      provider.id.includes(q) ||
      // The words people use: "office" finds Microsoft 365, "pec" every PEC.
      (provider.keywords ?? []).some((word) => fold(word).startsWith(q)) ||
      (provider.pec === true && 'pec'.startsWith(q) && q.length >= 2) ||
      (domain !== '' && (provider.domains ?? []).some((d) => d === domain || d.startsWith(domain))),
  );
}

export interface Preselection {
  /** The provider the wizard state names (the user's pick, or a check in progress). */
  chosenId: string | null;
  /** The administrator's preset provider, and whether it is the only choice. */
  presetId?: string | undefined;
  locked?: boolean | undefined;
  /** The provider of the user's last check. */
  lastId: string | null;
}

/**
 * The provider the first screen starts at: the locked one; else the user's pick; else the administrator's preset;
 * else the user's last choice; else none. Never a guess: a user in a hurry opens what the big button names.
 */
export function preselectedProvider(
  { chosenId, presetId, locked, lastId }: Preselection,
  catalogue: readonly Provider[],
): Provider | undefined {
  const preset = findProvider(presetId, catalogue);
  if (locked && preset) return preset;
  return findProvider(chosenId, catalogue) ?? preset ?? findProvider(lastId, catalogue);
}

/** The open button's text: "Open Aruba webmail", but "Open Webmail Studio Rossi" when the name already says it. */
export function openWebmailKey(providerName: string): 'openWebmail' | 'openWebmailNamed' {
  return /webmail/i.test(providerName) ? 'openWebmailNamed' : 'openWebmail';
}

/** A provider's name inside a sentence: "Outlook.com", not "Outlook.com (Hotmail, Live)"; the list keeps the whole. */
export function sentenceName(name: string): string {
  return name.replace(/\s*\([^)]*\)\s*$/, '') || name;
}
