import { defineBackground } from 'wxt/utils/define-background';
import { evidenceOf } from '../core/wizard';
import { syncBadge } from '../platform/browser-ui';
import { runRequestedChecks } from '../platform/checks';
import { recordVerdict } from '../platform/history';
import { checksItem, loadChecks, loadWizard, wizardItem } from '../platform/storage';

/**
 * Follows the stored state, whoever changed it: starts the automatic checks the popup asked for (the popup
 * closes as soon as the webmail tab opens, so they run here), keeps the badge in step with the wizard, and
 * records each verdict in the history (whether or not the popup was open when it was reached).
 */
async function refresh() {
  const [state, checks] = await Promise.all([loadWizard(), loadChecks()]);
  const asked = state.checkRequestedAt !== null;
  // A run whose results never arrived (the service worker was stopped mid-run) is started again.
  if (asked && (checks?.requestedAt !== state.checkRequestedAt || checks.results === null)) {
    void runRequestedChecks(state);
  }
  const evidence = evidenceOf(state, checks);
  await Promise.all([syncBadge(state, evidence), recordVerdict(state, checks, evidence)]);
}

export default defineBackground(() => {
  wizardItem.watch(() => void refresh());
  checksItem.watch(() => void refresh());
  void refresh();
});
