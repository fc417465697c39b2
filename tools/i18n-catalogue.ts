// The extension's message catalogues read outside a browser (the unit tests' i18n, the first screen rendered at build
// time), with placeholders substituted the way browsers do: the same text users see.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

export function readCatalogue(locale: string): Catalogue {
  // From the project folder (vitest's and WXT's working directory): import.meta.url is not a file URL under happy-dom.
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
