import { defineBackground } from 'wxt/utils/define-background';
import { builtInProviders } from '../core/providers';
import { effectiveCatalogue } from '../core/settings';
import { evidenceOf } from '../core/wizard';
import { syncBadge } from '../platform/browser-ui';
import { runRequestedChecks } from '../platform/checks';
import { recordVerdict } from '../platform/history';
import { loadSettings } from '../platform/settings';
import { checksItem, loadChecks, loadWizard, wizardItem } from '../platform/storage';

/**
 * Follows the stored state, whoever changed it: starts the automatic checks the popup asked for (the popup
 * closes as soon as the webmail tab opens, so they run here), keeps the badge in step with the wizard, and
 * records each verdict in the history (whether or not the popup was open when it was reached).
 */
async function refresh() {
  const [state, checks, { settings }] = await Promise.all([loadWizard(), loadChecks(), loadSettings()]);
  // Custom providers from a policy are checked and recorded like built-in ones.
  const catalogue = effectiveCatalogue(builtInProviders, settings);
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
  void refresh();
});
