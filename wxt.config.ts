import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { firefoxDataCollection } from './core/data-sent';
import { firefoxExtensionId } from './core/extension-ids';
import { managedSchema } from './core/managed-schema';
import { policyPage } from './core/markdown';
import { firstScreenPlugin } from './tools/first-screen/plugin';

/**
 * Public half of the signing key: it fixes the Chromium extension id (iaonbfpdeldmfbcehmahdpnldbbonddg) for unpacked
 * and self-hosted builds, so that enterprise policies can name it. The private half is not in the repository.
 */
const chromiumKey =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAo8yQvkcbdVvOhmLze5bCJ5n6PS2rebXCjNQzz3jvZP5FmAr2N8XCC0UT3zoYZi/qUcdE7GJOs8eksTAc18GtnkozwL3GdWrtPRgLe71tG5clxd/tOYousLfcVGfAdm6z8SS6xbUUPBPKf2pOXwxs+ftWCwuREssIJsBkSbsgzb0nCtJ7/o99LD4J63siDJpZVDBtdtA4dkTzS4wDvR0ZuX2R75sNYfYR9UVVXoB9J73ZjCJxYVUxQuT7APr6QSA9GNjvLXHua1RctKgQkc+inHwnQMaVN5QwsAMu/xOXfKPIkosckV0TYHn3Ri+gf4WnrrTDY706/oreQ1SEoaeGeQIDAQAB';

/**
 * The Chrome Web Store and Edge Add-ons give the extension their own id and refuse an upload whose manifest has a
 * `key` ("key field is not allowed in manifest"): scripts/release.sh builds their archive with this set.
 */
const storeBuild = process.env.WEBMAIL_FIRST_STORE === '1';

/** A self-hosted Firefox build's updates.json (https only); unset for addons.mozilla.org, which updates by itself. */
const firefoxUpdateUrl = process.env.WEBMAIL_FIRST_FIREFOX_UPDATE_URL?.startsWith('https://')
  ? process.env.WEBMAIL_FIRST_FIREFOX_UPDATE_URL
  : undefined;

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/auto-icons'],
  // One source image (assets/icon.svg) for every size the browsers and stores ask for: toolbar (16, 32),
  // extensions page (48), Firefox's add-ons manager (96), Chrome Web Store and install dialog (128).
  autoIcons: { baseIconPath: resolve('assets/icon.svg'), sizes: [128, 96, 48, 32, 16] },
  // Explicit imports keep each file's dependencies visible (and the pure layer provably browser-free).
  imports: false,
  manifestVersion: 3,
  hooks: {
    // Firefox's sidebar opens when the user opens the webmail, never at install (set here rather than as a <meta> in
    // sidepanel.html: every byte of that page is on the panel's first paint).
    'build:manifestGenerated': (_wxt, manifest) => {
      const sidebar = (manifest as { sidebar_action?: Record<string, unknown> }).sidebar_action;
      if (sidebar) sidebar.open_at_install = false;
    },
    // The managed schema is derived from the settings table (core/managed-schema.ts), never kept by hand.
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: 'managed_schema.json', contents: `${JSON.stringify(managedSchema(), null, 2)}\n` });
      // The privacy policy, in both languages, inside the extension (linked from the options page).
      for (const lang of ['en', 'it']) {
        const markdown = readFileSync(resolve(`store/${lang}/privacy.md`), 'utf8');
        files.push({ relativeDest: `privacy-${lang}.html`, contents: policyPage(markdown, lang) });
      }
    },
  },
  // The catalogue (core/data/*.json) as a JavaScript object in the bundle: smaller gzipped than a JSON.parse string.
  // Compiled for the declared floor (CONTRIBUTING.md, "Browsers"; tests/unit/browser-floor.test.ts).
  vite: () => ({
    plugins: [
      preact(),
      // The first screen in popup.html and sidepanel.html, rendered at build time (tools/first-screen/).
      firstScreenPlugin(),
      // Lazy chunks named by their hash alone: every name is listed in the first paint's preload map
      // (__vite__mapDeps), so a readable name costs bytes a stressed user downloads. (WXT sets the names after the
      // user's build options, so this is a plugin's output hook.) Six characters of hash (36 bits) are plenty for
      // some thirty files: two fewer in every name (55 bytes of the first paint, gzipped).
      {
        name: 'webmail-first:short-chunk-names',
        outputOptions: (options) => ({ ...options, chunkFileNames: 'chunks/[hash:6].js' }),
      },
    ],
    json: { stringify: false },
    build: { target: ['chrome120', 'firefox140'] },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Storage, and alarms (to clear the badge of a check left unanswered for an hour); activeTab and scripting to
    // read, once and on the user's click, what the check's own webmail tab shows (core/page-notices.ts: a notice's
    // id and the HTTP status, never the page's text). None shows an install warning. Opening a tab, following its
    // loading and setting the badge need no permission.
    permissions: ['storage', 'alarms', 'activeTab', 'scripting'],
    // Firefox puts a new add-on's button behind the puzzle piece: in the toolbar, where the texts say it is.
    action: { default_title: '__MSG_extName__', ...(browser === 'firefox' ? { default_area: 'navbar' } : {}) },
    // The toolbar icon from the keyboard: the same invocation as a click (it grants activeTab the same way).
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+M' } },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: firefoxExtensionId,
              strict_min_version: '140.0',
              // What the consultant's channel sends, asked at the first send (core/data-sent.ts, platform/data-consent.ts).
              data_collection_permissions: firefoxDataCollection(),
              // Self-hosted Firefox installs name their update manifest (docs/consultant.md, "Deploying to managed clients").
              ...(firefoxUpdateUrl ? { update_url: firefoxUpdateUrl } : {}),
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          ...(storeBuild ? {} : { key: chromiumKey }),
          // URL.canParse and AbortSignal.any (Chrome 120); sidePanel.open needs 116 (CONTRIBUTING.md, "Browsers").
          minimum_chrome_version: '120',
          // The policy keys an administrator can set (Chrome, Edge); Firefox reads the same keys from policies.json.
          storage: { managed_schema: 'managed_schema.json' },
        }),
  }),
});
