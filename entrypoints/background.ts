import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { builtInProviders } from '../core/catalogue/built-in';
import { findProvider } from '../core/catalogue/choose';
import { ownProviderId } from '../core/catalogue/own-provider';
import type { Provider } from '../core/catalogue/provider';
import { effectiveCatalogue } from '../core/effective-settings';
import { entryOf, type HistoryEntry } from '../core/history';
import { notifiesItself, readyChannel } from '../core/notify/channel';
import { messageFor } from '../core/notify/outbox';
import type { ChecksRecord } from '../core/probes/record';
import { evidenceOf } from '../core/probes/record';
import { parsePersonName } from '../core/stored/values';
import type { WizardState } from '../core/wizard-state';
import { scheduleStaleAlarm, staleAlarm, syncBadge } from '../platform/browser-ui';
import { recordVerdict } from '../platform/history';
import { askTheNeighbours, postNeighbourEvent } from '../platform/neighbours';
import { firstStartOfSession, loadOutbox, queueMessage } from '../platform/notify';
import { deliverDue, notifyAlarm } from '../platform/notify-delivery';
import { buildMessage } from '../platform/notify-message';
import { runRequestedChecks } from '../platform/probes';
import { loadSettings, refreshSettingsCache, watchSettings } from '../platform/settings';
import {
  checksItem,
  loadCachedSettings,
  loadChecks,
  loadOwnProvider,
  loadWizard,
  wizardItem,
} from '../platform/storage';
import { outboxItem } from '../platform/storage/notify';
import { personNameItem } from '../platform/storage/reports';
import { announceUpdate } from '../platform/update';
import { followWebmailTabs } from '../platform/webmail-tab';

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
 * On a managed machine whose policy says `notify.auto`, a verdict that the service or the mailbox fails is sent to
 * the consultant without a click (once per check; the verdict says so). The user's own settings never carry `auto`.
 */
async function notifyIfAutomatic(entry: HistoryEntry | undefined) {
  if (!entry || !notifiesItself(entry.verdict, entry.reason)) return;
  const settings = (await loadCachedSettings())?.settings ?? (await loadSettings()).settings;
  const channel = readyChannel(settings.notify);
  if (!channel?.auto || messageFor(await loadOutbox(), entry.at)) return;
  const person = parsePersonName(await personNameItem.getValue().catch(() => ''));
  const { item } = await buildMessage(entry, channel, settings, { person, automatic: true });
  await queueMessage(item);
}

/**
 * The neighbours: other networks and the consultant's other clients, asked once the user says what failed, and this
 * check's event posted once it is settled. Beside the badge and the history, never before them: the settings it
 * needs can take seconds to read after the browser starts.
 */
async function neighbours(
  state: WizardState,
  checks: ChecksRecord | null,
  catalogue: readonly Provider[],
  entry: HistoryEntry | undefined,
) {
  if (state.stage !== 'opened') return;
  const loaded = (await loadCachedSettings()) ?? (await loadSettings());
  await Promise.all([
    askTheNeighbours(state, checks, catalogue, loaded.settings),
    entry ? postNeighbourEvent(entry, checks, loaded.settings, loaded.managedKeys.includes('neighbours')) : undefined,
  ]);
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
  const entry = entryOf(state, checks, evidence, catalogue);
  await Promise.all([
    syncBadge(state, evidence),
    scheduleStaleAlarm(state, evidence),
    recordVerdict(state, checks, evidence, catalogue),
    notifyIfAutomatic(entry),
    neighbours(state, checks, catalogue, entry),
  ]);
}

export default defineBackground(() => {
  // The webmail tab the popup asks for: opened here, followed while it loads.
  followWebmailTabs();
  wizardItem.watch(() => void refresh());
  checksItem.watch(() => void refresh());
  // An hour after the webmail opened, an unanswered check is no longer current: the badge goes.
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === staleAlarm) void refresh();
    // A message to the consultant that is still waiting: sent again (backoff in core/notify/outbox.ts).
    if (alarm.name === notifyAlarm) void deliverDue();
  });
  // A message queued by the popup or the side panel is sent from here, and kept until delivered.
  outboxItem.watch(() => void deliverDue());
  // The pages paint from the validated copy in local storage; keep it fresh, policy changes included.
  watchSettings(() => void refreshSettingsCache());
  // After an update in place: the stored shapes' migrations run once, now, and the options page says what is new.
  void announceUpdate();
  // Registered so that the worker also starts with the browser, and refreshes the copy then.
  browser.runtime.onStartup.addListener(() => void refreshSettingsCache());
  void refreshSettingsCache();
  // What is due is sent whenever the worker starts (an alarm, a message); at the browser's first start of the worker
  // (told by session storage, which a browser restart empties: onStartup is not sent to every kind of install), what
  // waited when the browser closed goes at once, not at its old retry time.
  void firstStartOfSession().then((first) => deliverDue({ allWaiting: first }));
  void refresh();
});
