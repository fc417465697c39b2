// @webext-core/fake-browser does not implement i18n: this stub reads the real catalogues and substitutes
// placeholders the way browsers do (tools/i18n-catalogue.ts), so tests see the same text users do.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatMessage, readCatalogue } from '../../tools/i18n-catalogue';

export function installFakeI18n(locale = 'en'): void {
  const catalogue = readCatalogue(locale);
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) =>
    formatMessage(catalogue, key, subs)) as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => locale;
}
