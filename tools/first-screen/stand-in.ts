// Imported first by ./render.tsx, before the app's modules: the part of the browser's API that rendering reads, so
// that wxt/browser finds it when it is evaluated. The messages come from the catalogue of the language being
// rendered (public/_locales, the same substitution browsers make).
import { type Catalogue, formatMessage, readCatalogue } from '../i18n-catalogue';

let catalogue: Catalogue = {};
let locale = 'en';

/** The language the next render speaks. */
export function speak(language: string): void {
  locale = language;
  catalogue = readCatalogue(language);
}

const globals = globalThis as Record<string, unknown>;
const event = { addListener() {}, removeListener() {}, hasListener: () => false };
// Storage that holds nothing: a stored item's migration, run when its module is loaded, finds nothing to migrate.
const area = {
  get: async () => ({}),
  set: async () => undefined,
  remove: async () => undefined,
  clear: async () => undefined,
  onChanged: event,
};
globals.chrome = {
  runtime: { id: 'first-screen-build', onMessage: event },
  storage: { local: area, session: area, sync: area, managed: area, onChanged: event },
  i18n: {
    getMessage: (key: string, subs?: string | string[]) => formatMessage(catalogue, key, subs),
    getUILanguage: () => locale,
  },
};
globals.browser = undefined;
// Node 20 has no navigator: the app asks whether it is online.
if (!globals.navigator) globals.navigator = { onLine: true };
