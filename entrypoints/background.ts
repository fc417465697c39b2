import { defineBackground } from 'wxt/utils/define-background';
import { findProvider } from '../core/catalogue';
import { effectiveCatalogue } from '../core/effective-settings';
import { builtInProviders } from '../core/providers';
import { evidenceOf } from '../core/wizard';
import { syncBadge } from '../platform/browser-ui';
import { runRequestedChecks } from '../platform/checks';
import { recordVerdict } from '../platform/history';
import { loadSettings, refreshSettingsCache, watchSettings } from '../platform/settings';
import { checksItem, loadChecks, loadWizard, wizardItem } from '../platform/storage';

/**
 * Follows the stored state, whoever changed it: starts the automatic checks the popup asked for (the popup
 * closes as soon as the webmail tab opens, so they run here), keeps the badge in step with the wizard, and
 * records each verdict in the history (whether or not the popup was open when it was reached).
 */
async function refresh() {
  const [state, checks] = await Promise.all([loadWizard(), loadChecks()]);
  // Custom providers from a policy are checked and recorded like built-in ones. The first read of managed
  // storage can take seconds after the browser starts, so a built-in provider does not wait for it.
  const builtIn = findProvider(state.providerId, builtInProviders);
  const catalogue = builtIn ? builtInProviders : effectiveCatalogue(builtInProviders, (await loadSettings()).settings);
  const asked = state.checkRequestedAt !== null;
  // A run whose results never arrived (the service worker was stopped mid-run) is started again.
  if (asked && (checks?.requestedAt !== state.checkRequestedAt || checks.results === null)) {
    void runRequestedChecks(state, catalogue);
  }
  const evidence = evidenceOf(state, checks);
  await Promise.all([syncBadge(state, evidence), recordVerdict(state, checks, evidence, catalogue)]);
}

export default defineBackground(() => {
  wizardItem.watch(() => void refresh());
  checksItem.watch(() => void refresh());
  // The popup reads the validated settings from session storage; keep them fresh, policy changes included.
  watchSettings(() => void refreshSettingsCache());
  void refreshSettingsCache();
  void refresh();
});
