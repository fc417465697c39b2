// @webext-core/fake-browser does not implement i18n: this stub reads the real catalogues and substitutes
// placeholders the way browsers do, so tests see the same text users do.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

export function readCatalogue(locale: string): Catalogue {
  // From the project folder (vitest's working directory): import.meta.url is not a file URL under happy-dom.
  return JSON.parse(readFileSync(resolve(`public/_locales/${locale}/messages.json`), 'utf8'));
}

export function formatMessage(catalogue: Catalogue, key: string, substitutions: string | string[] = []): string {
  const entry = catalogue[key];
  if (!entry) return '';
  const subs = Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message.replace(/\$([a-z0-9_@]+)\$/gi, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (__, index: string) => subs[Number(index) - 1] ?? '');
  });
}

export function installFakeI18n(locale = 'en'): void {
  const catalogue = readCatalogue(locale);
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) =>
    formatMessage(catalogue, key, subs)) as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => locale;
}
