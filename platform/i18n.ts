// Messages come from the browser's _locales catalogue: the browser's language decides.
import { browser } from 'wxt/browser';
import type { MessageKey } from '../core/messages';

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

/** The message keys that come in plural forms: `<key>_one` and `<key>_other`, both in every locale. */
type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;

/** The message for a count, in the plural form the UI language's rules choose for it ("1 verifica", "3 verifiche"). */
export function plural(key: PluralKey, count: number, substitutions: string[] = []): string {
  const form = new Intl.PluralRules(uiLanguage()).select(count) === 'one' ? 'one' : 'other';
  return t(`${key}_${form}` as MessageKey, [String(count), ...substitutions]);
}
