// Messages come from the browser's _locales catalogue: the browser's language decides.
import { browser } from 'wxt/browser';
import type { MessageKey } from '../core/messages';

export type { MessageKey };

/** The translated message; a missing key shows the key itself, so a gap is visible rather than blank. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/**
 * The language of the messages actually shown, for dates and the document's `lang`. Read from the catalogue
 * rather than `i18n.getUILanguage()`, which can name a language the extension has no translation for.
 */
export function uiLanguage(): string {
  return t('languageCode');
}
