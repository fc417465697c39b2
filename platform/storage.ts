// Every stored item, in one place.
import { storage } from '@wxt-dev/storage';
import { type HistoryEntry, parseHistory } from '../core/history';
import {
  type ChecksRecord,
  initialWizard,
  parseChecksRecord,
  parseWizardState,
  type WizardState,
} from '../core/wizard';
import type { LoadedSettings } from './settings';
import { loadPopupSettings } from './settings-cache';

/**
 * The wizard's progress. Session storage: it survives the popup closing (it closes as soon as the webmail
 * tab opens) but not the browser, so an old check never greets the user days later.
 */
// No `version`: @wxt-dev/storage would then run a migration check (extra storage round trips) on every popup
// start; parseWizardState already accepts any older or damaged shape.
export const wizardItem = storage.defineItem<WizardState>('session:wizard', { fallback: initialWizard });

/** The latest run of the automatic checks, written by the background script. */
export const checksItem = storage.defineItem<ChecksRecord | null>('session:checks', { fallback: null });

export async function loadChecks(): Promise<ChecksRecord | null> {
  return parseChecksRecord(await checksItem.getValue());
}

/**
 * Finished checks, newest first, at most 50. Versioned: a change of shape adds a migration here
 * (`migrations: { 2: (v1) => … }`); parseHistory then drops whatever still does not fit, keeping the rest.
 */
export const historyItem = storage.defineItem<HistoryEntry[]>('local:history', { fallback: [], version: 1 });

export async function loadHistory(): Promise<HistoryEntry[]> {
  try {
    return parseHistory(await historyItem.getValue());
  } catch {
    return [];
  }
}

/** The provider chosen last time, shown first in the picker. */
export const lastProviderItem = storage.defineItem<string | null>('local:lastProvider', { fallback: null });

export async function loadWizard(): Promise<WizardState> {
  return parseWizardState(await wizardItem.getValue());
}

/** What the popup needs before its first paint. Never rejects: unreadable storage means a fresh start. */
export interface PopupStart {
  state: WizardState;
  checks: ChecksRecord | null;
  lastProviderId: string | null;
  settings: LoadedSettings;
}

declare global {
  /** Set by public/popup-start.js: the raw storage reads, started before the main module loads. */
  var webmailFirstStart: Promise<[Record<string, unknown>, Record<string, unknown>] | undefined> | undefined;
}

/** The storage keys behind the items above, as public/popup-start.js reads them. */
export const earlyKeys = {
  wizard: 'wizard',
  checks: 'checks',
  settings: 'settings',
  lastProvider: 'lastProvider',
} as const;

const noLoadedSettings = (): LoadedSettings => ({ settings: {}, managedKeys: [], managedErrors: [], localErrors: [] });

export async function loadPopupStart(): Promise<PopupStart> {
  const early = await globalThis.webmailFirstStart;
  if (early) {
    const last = early[1][earlyKeys.lastProvider];
    return {
      state: parseWizardState(early[0][earlyKeys.wizard]),
      checks: parseChecksRecord(early[0][earlyKeys.checks]),
      lastProviderId: typeof last === 'string' ? last : null,
      // null: the background has not cached the settings yet; the popup validates them itself.
      settings: await loadPopupSettings(early[0][earlyKeys.settings] ?? null).catch(noLoadedSettings),
    };
  }
  const [stored, settings] = await Promise.all([loadStoredStart(), loadPopupSettings().catch(noLoadedSettings)]);
  return { ...stored, settings };
}

async function loadStoredStart(): Promise<Omit<PopupStart, 'settings'>> {
  try {
    const [state, checks, lastProviderId] = await Promise.all([
      loadWizard(),
      loadChecks(),
      lastProviderItem.getValue(),
    ]);
    return { state, checks, lastProviderId };
  } catch {
    return { state: initialWizard, checks: null, lastProviderId: null };
  }
}
