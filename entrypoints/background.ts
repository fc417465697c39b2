import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { findProvider } from '../core/catalogue';
import { evidenceOf } from '../core/checks-record';
import { effectiveCatalogue } from '../core/effective-settings';
import { ownProviderId } from '../core/own-provider';
import { builtInProviders } from '../core/providers';
import { scheduleStaleAlarm, staleAlarm, syncBadge } from '../platform/browser-ui';
import { runRequestedChecks } from '../platform/checks';
import { recordVerdict } from '../platform/history';
import { loadSettings, refreshSettingsCache, watchSettings } from '../platform/settings';
import {
  checksItem,
  loadCachedSettings,
  loadChecks,
  loadOwnProvider,
  loadWizard,
  wizardItem,
} from '../platform/storage';
import { announceUpdate } from '../platform/update';

/**
 * The catalogue a check's provider is found in. A built-in provider never waits for the policy (the first read of
 * managed storage takes seconds after the browser starts); a custom one comes from the cached settings, or from a
 * fresh read when the cache does not know it yet.
 */
async function catalogueFor(providerId: string | null) {
  if (providerId === null || findProvider(providerId, builtInProviders)) return builtInProviders;
  if (providerId === ownProviderId) {
    const own = await loadOwnProvider();
    return own ? [own] : builtInProviders;
  }
  const cached = await loadCachedSettings();
  const fromCache = cached && effectiveCatalogue(builtInProviders, cached.settings);
  if (fromCache && findProvider(providerId, fromCache)) return fromCache;
  return effectiveCatalogue(builtInProviders, (await loadSettings()).settings);
}

/**
 * Follows the stored state, whoever changed it: starts the automatic checks the popup asked for (the popup
 * closes as soon as the webmail tab opens, so they run here), keeps the badge in step with the wizard, and
 * records each verdict in the history (whether or not the popup was open when it was reached).
 */
async function refresh() {
  const [state, checks] = await Promise.all([loadWizard(), loadChecks()]);
  const catalogue = await catalogueFor(state.providerId);
  // A run whose results never arrived (the service worker was stopped mid-run) is started again.
  if (state.stage === 'opened' && (checks?.requestedAt !== state.checkRequestedAt || checks.results === null)) {
    void runRequestedChecks(state, catalogue);
  }
  const evidence = evidenceOf(state, checks);
  await Promise.all([
    syncBadge(state, evidence),
    scheduleStaleAlarm(state, evidence),
    recordVerdict(state, checks, evidence, catalogue),
  ]);
}

export default defineBackground(() => {
  wizardItem.watch(() => void refresh());
  checksItem.watch(() => void refresh());
  // An hour after the webmail opened, an unanswered check is no longer current: the badge goes.
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === staleAlarm) void refresh();
  });
  // The pages paint from the validated copy in local storage; keep it fresh, policy changes included.
  watchSettings(() => void refreshSettingsCache());
  // After an update in place: the stored shapes' migrations run once, now, and the options page says what is new.
  void announceUpdate();
  // Registered so that the worker also starts with the browser, and refreshes the copy then.
  browser.runtime.onStartup.addListener(() => void refreshSettingsCache());
  void refreshSettingsCache();
  void refresh();
});
