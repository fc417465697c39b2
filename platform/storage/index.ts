// Every stored item, in one place. Storage is also the channel between the popup and the background script
// (the popup closes when the webmail tab opens, and the MV3 service worker stops when idle).
//
// | key                      | written by                             | read by                                  |
// | ------------------------ | -------------------------------------- | ---------------------------------------- |
// | session:wizard           | popup (each step)                      | popup, background (checks, badge, history) |
// | session:workerStarted    | background (its first start in a browser session) | background             |
// | session:checks           | background (automatic checks)          | popup, background                        |
// | local:history            | background (each verdict); popup (clear) | popup (history screen)                 |
// | local:historyClearedAt   | popup (clear)                          | background (never records a cleared check) |
// | local:lastProvider       | popup (on opening a webmail)           | popup (picker order, preselection)       |
// | local:personName         | popup (the report's name box)          | popup (reports, history exports)         |
// | local:ownProvider        | popup ("My provider isn't listed")     | popup, background (checks, history)      |
// | local:incidents          | popup and background (each feed read)  | popup (first screen, verdict)            |
// | local:incidentDraft      | options page (the feed writer)         | options page                             |
// | local:settings           | options page (save, import)            | background, popup, options page (validated) |
// | local:settingsCache      | background and popup (after each fresh read) | popup and options page before their first paint |
// | local:installId          | background, popup (first message sent) | popup, background (a check's id)         |
// | local:notifyOutbox       | popup, options page, background (under one lock) | background (sends), popup (status) |
// | local:notifyLast         | background, options page (each send)   | options page ("last result")             |
// | local:installedVersion   | background, options page (update step) | the same (an update is told from it)     |
// | local:whatsNew           | background, options page (update step) | options page (shown once, then cleared)  |
// | session:outsideCache     | background (Globalping's readings)     | background (reused five minutes)         |
// | session:neighboursPosted | background (one event per check)       | background                               |
// | local:neighboursLast     | background, options page (poll, test)  | options page ("last poll")               |
// | session:webmailTab       | background (the tab it opened, its loading) | questions (still loading), popup (page read) |
// | (the three neighbours' keys above are defined in ./neighbours.ts, session:webmailTab in ./webmail-tab.ts)     |
// | (the four notify keys above are defined in ./notify.ts, local:whatsNew, local:installedVersion and            |
// |  local:incidentDraft in ./options.ts: off the popup's first paint, which never reads them; local:history,      |
// |  local:historyClearedAt and local:personName in ./reports.ts: read by the popup only after its first paint)  |
// | managed (read only)      | the administrator's policy             | background, popup, options page (validated) |
//
// Every item is read back through its parser in core/stored/ (one file per item or family, limits from
// core/limits.ts); local:settings and managed storage through the settings table's validator (core/settings.ts).
// tests/unit/stored-state.test.ts holds each key to its parser.
import { storage } from '@wxt-dev/storage';
import type { Provider } from '../../core/catalogue/provider';
import type { CachedSettings, LoadedSettings } from '../../core/effective-settings';
import type { ChecksRecord } from '../../core/probes/record';
import { parseChecksRecord } from '../../core/stored/checks';
import type { IncidentsCache } from '../../core/stored/incidents';
import { parseOwnProvider, parseProviderId } from '../../core/stored/own-provider';
import { parseCachedSettings } from '../../core/stored/settings-cache';
import { parseWizardState } from '../../core/stored/wizard';
import { initialWizard, type WizardState } from '../../core/wizard-state';
import { logFailure } from '../log';

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

/** The provider chosen last time, shown first in the picker. */
export const lastProviderItem = storage.defineItem<string | null>('local:lastProvider', { fallback: null });

/** The user's own provider ("My provider isn't listed"): their webmail's address, kept for next time. */
export const ownProviderItem = storage.defineItem<Provider | null>('local:ownProvider', { fallback: null });

export async function loadOwnProvider(): Promise<Provider | null> {
  return parseOwnProvider(await ownProviderItem.getValue().catch(() => null));
}

/** The consultant's incident feed as last read, with its address and time (shown at once, then read afresh). */
export const incidentsItem = storage.defineItem<IncidentsCache | null>('local:incidents', { fallback: null });

/** The user's own settings (options page or an imported file), stored as entered and validated on every read. */
export const localSettingsItem = storage.defineItem<Record<string, unknown>>('local:settings', { fallback: {} });

/**
 * The last validated settings (policy and the user's own), kept in local storage so that they survive a browser
 * restart: the popup and the options page paint from them at once, while the first read of managed storage after
 * a browser start takes seconds. Written after every fresh read; versioned by its `format` field.
 */
export const settingsCacheItem = storage.defineItem<CachedSettings | null>('local:settingsCache', { fallback: null });

export async function loadCachedSettings(): Promise<LoadedSettings | null> {
  try {
    return parseCachedSettings(await settingsCacheItem.getValue());
  } catch (error) {
    logFailure('settings copy not read', error);
    return null;
  }
}

export async function loadWizard(): Promise<WizardState> {
  return parseWizardState(await wizardItem.getValue());
}

/** What the popup needs before its first paint. Never rejects: unreadable storage means a fresh start. */
export interface PopupStart {
  state: WizardState;
  checks: ChecksRecord | null;
  lastProviderId: string | null;
  /** The last validated settings; null when none were ever cached (first run): the popup reads them after painting. */
  settings: LoadedSettings | null;
  /** The user's own provider, when they added one. */
  ownProvider: Provider | null;
}

declare global {
  /** Set by public/popup-start.js: the raw storage reads, started before the main module loads. */
  var webmailFirstStart: Promise<[Record<string, unknown>, Record<string, unknown>] | undefined> | undefined;
}

/** The storage keys behind the items above, as public/popup-start.js reads them. */
export const earlyKeys = {
  wizard: 'wizard',
  checks: 'checks',
  lastProvider: 'lastProvider',
  settingsCache: 'settingsCache',
  ownProvider: 'ownProvider',
} as const;

export async function loadPopupStart(): Promise<PopupStart> {
  const early = await globalThis.webmailFirstStart;
  if (early) {
    const last = early[1][earlyKeys.lastProvider];
    return {
      state: parseWizardState(early[0][earlyKeys.wizard]),
      checks: parseChecksRecord(early[0][earlyKeys.checks]),
      lastProviderId: parseProviderId(last),
      settings: parseCachedSettings(early[1][earlyKeys.settingsCache]),
      ownProvider: parseOwnProvider(early[1][earlyKeys.ownProvider]),
    };
  }
  try {
    const [state, checks, lastProviderId, settings, ownProvider] = await Promise.all([
      loadWizard(),
      loadChecks(),
      lastProviderItem.getValue().then(parseProviderId),
      loadCachedSettings(),
      loadOwnProvider(),
    ]);
    return { state, checks, lastProviderId, settings, ownProvider };
  } catch (error) {
    logFailure('stored state not read: starting afresh', error);
    return { state: initialWizard, checks: null, lastProviderId: null, settings: null, ownProvider: null };
  }
}
