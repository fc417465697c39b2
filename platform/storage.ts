// Every stored item, in one place.
import { storage } from '@wxt-dev/storage';
import { initialWizard, parseWizardState, type WizardState } from '../core/wizard';

/**
 * The wizard's progress. Session storage: it survives the popup closing (it closes as soon as the webmail
 * tab opens) but not the browser, so an old check never greets the user days later.
 */
export const wizardItem = storage.defineItem<WizardState>('session:wizard', {
  fallback: initialWizard,
  version: 1,
});

/** The provider chosen last time, shown first in the picker. */
export const lastProviderItem = storage.defineItem<string | null>('local:lastProvider', { fallback: null });

export async function loadWizard(): Promise<WizardState> {
  return parseWizardState(await wizardItem.getValue());
}
