import { defineBackground } from 'wxt/utils/define-background';
import { evidenceOf } from '../core/wizard';
import { syncBadge } from '../platform/browser-ui';
import { runRequestedChecks } from '../platform/checks';
import { checksItem, loadChecks, loadWizard, wizardItem } from '../platform/storage';

/**
 * Follows the stored state, whoever changed it: starts the automatic checks the popup asked for (the popup
 * closes as soon as the webmail tab opens, so they run here), and keeps the badge in step with the wizard.
 */
async function refresh() {
  const [state, checks] = await Promise.all([loadWizard(), loadChecks()]);
  const asked = state.checkRequestedAt !== null;
  // A run whose results never arrived (the service worker was stopped mid-run) is started again.
  if (asked && (checks?.requestedAt !== state.checkRequestedAt || checks.results === null)) {
    void runRequestedChecks(state);
  }
  await syncBadge(state, evidenceOf(state, checks));
}

export default defineBackground(() => {
  wizardItem.watch(() => void refresh());
  checksItem.watch(() => void refresh());
  void refresh();
});
