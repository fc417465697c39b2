// The stored items only the options page and the background's update step use: beside the others, in a module of
// their own so that the popup's first paint (which shares ./index.ts with the options page) does not carry them.
// Listed in ./index.ts's table.
import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import type { Incident } from '../../core/incidents/match';
import { lastProviderItem, localSettingsItem, ownProviderItem } from './index';
import { historyItem } from './reports';

/**
 * The update the options page has still to announce ("Updated to 0.2.0: what's new"), written once when the browser
 * updates the extension, cleared once shown.
 */
export const whatsNewItem = storage.defineItem<{ version: string; from?: string } | null>('local:whatsNew', {
  fallback: null,
});

/** The version this profile last ran: an update is told from it (entrypoints/background.ts). */
export const installedVersionItem = storage.defineItem<string | null>('local:installedVersion', { fallback: null });

/** Whether this profile holds anything a user made (a check, settings, a provider chosen): not a new install. */
export async function hasStoredData(): Promise<boolean> {
  // The keys are the items' own (local:history → history).
  const keys = [historyItem, localSettingsItem, lastProviderItem, ownProviderItem].map((item) => item.key.slice(6));
  const stored = await browser.storage.local.get(keys);
  return Object.values(stored).some((value) => value !== undefined && value !== null);
}

/** The incidents the consultant is writing on the options page (kept between visits; published as a file). */
export const incidentDraftItem = storage.defineItem<Incident[]>('local:incidentDraft', { fallback: [] });
