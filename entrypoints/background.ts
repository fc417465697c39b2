import { defineBackground } from 'wxt/utils/define-background';
import { syncBadge } from '../platform/browser-ui';
import { loadWizard, wizardItem } from '../platform/storage';

// The badge follows the stored wizard state, whoever changed it: the popup, or the browser clearing session storage.
export default defineBackground(() => {
  wizardItem.watch(() => void loadWizard().then(syncBadge));
  void loadWizard().then(syncBadge);
});
