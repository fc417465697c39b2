// An update in place loses nothing: the previous release (release/previous.json), built from its commit, is used
// as a client would (a check in the history, settings with a consultant and a custom provider, an own webmail),
// then the same profile starts the current build: everything is there, the stored shapes' migrations ran, and
// the options page says "Updated to <version>: what's new" once.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { type Browser, extensionDir, launch, openPopup, openWebmail, setUserSettings } from '../../tools/chromium';
import type { WebServer } from '../../tools/loopback';
import { e2e } from '../support/fixture';
import { ui } from '../support/pages';

const previous = JSON.parse(readFileSync('release/previous.json', 'utf8')) as { version: string; commit: string };
const current = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

/** The previous release's build, made by scripts/previous-build.sh from its commit (cached under .output/). */
function previousBuild(): string {
  return execFileSync('bash', ['scripts/previous-build.sh'], { encoding: 'utf8' }).trim().split('\n').at(-1) as string;
}

const stored = (browser: Browser, key: string) =>
  (browser.context.serviceWorkers()[0] ?? browser.worker).evaluate(
    // biome-ignore lint/suspicious/noExplicitAny: the extension API inside the service worker
    async (k) => (await (globalThis as any).chrome.storage.local.get(k))[k],
    key,
  );

let web: WebServer;
let profile: string;
// One folder for both builds, as a store update replaces the files in place: Chrome then sees the same unpacked
// extension with a new version (onInstalled "update"); a build loaded from another folder is a new install.
let installed: string;
e2e.beforeAll(async ({ web: started, own }) => {
  web = started;
  profile = mkdtempSync(join(tmpdir(), 'webmail-first-update-'));
  installed = mkdtempSync(join(tmpdir(), 'webmail-first-installed-'));
  await own({
    close: () => {
      rmSync(profile, { recursive: true, force: true });
      rmSync(installed, { recursive: true, force: true });
    },
  });
});

describe(`an update in place from ${previous.version} to ${current}`, () => {
  e2e(
    'keeps the history, the settings, the custom provider and the own webmail, and says what is new once',
    async ({ own }) => {
      expect(current).not.toBe(previous.version);
      cpSync(previousBuild(), installed, { recursive: true });
      const old = await own(launch({ port: web.port, userDataDir: profile, extensionPath: installed }));
      try {
        // biome-ignore lint/suspicious/noExplicitAny: the extension API inside the service worker
        expect(await old.worker.evaluate(() => (globalThis as any).chrome.runtime.getManifest().version)).toBe(
          previous.version,
        );
        await setUserSettings(old, {
          consultant: { name: 'Studio Bianchi', phone: '055 123456' },
          customProviders: [{ id: 'studio', name: 'Webmail Studio', webmailUrl: 'https://webmail.studio-rossi.it/' }],
        });
        // A finished check, with the follow-up answer stored as that release stored it (passwordSure).
        const popup = await openPopup(old);
        await ui(popup).provider('aruba').check();
        await openWebmail(old, popup);
        await ui(popup).answer('login-failed');
        await ui(popup).answer('password-sure');
        await ui(popup).verdict().waitFor();
        await expect.poll(async () => ((await stored(old, 'history')) as unknown[] | undefined)?.length ?? 0).toBe(1);
        // The user's own webmail ("my provider isn't listed").
        await old.worker.evaluate(() =>
          // biome-ignore lint/suspicious/noExplicitAny: the extension API inside the service worker
          (globalThis as any).chrome.storage.local.set({
            ownProvider: { id: 'own-webmail', name: 'webmail.rossi.it', webmailUrl: 'https://webmail.rossi.it/' },
          }),
        );
      } finally {
        await old.context.close();
      }

      // The update: the new files in the same folder, the same profile.
      rmSync(installed, { recursive: true, force: true });
      cpSync(extensionDir, installed, { recursive: true });
      const updated = await own(launch({ port: web.port, userDataDir: profile, extensionPath: installed }));
      try {
        // biome-ignore lint/suspicious/noExplicitAny: the extension API inside the service worker
        expect(await updated.worker.evaluate(() => (globalThis as any).chrome.runtime.getManifest().version)).toBe(
          current,
        );
        const history = (await stored(updated, 'history')) as { answers: unknown }[];
        expect(history).toHaveLength(1);
        const popup = await openPopup(updated);
        // The custom provider and the own webmail are in the list.
        await ui(popup).provider('studio').waitFor();
        await ui(popup).provider('own-webmail').waitFor();
        // The past check reads in the new shape (the stored answer of 0.1 is the follow-up it was).
        await ui(popup).action('history').click();
        const entry = popup.locator('[data-history-entry]');
        await expect.poll(() => entry.count()).toBe(1);
        await entry.locator('summary').click();
        expect(await entry.locator('[data-report]').inputValue()).toContain(
          "Is the password definitely right? Yes, I typed it and it's definitely right",
        );
        // The options page: the consultant kept, and what is new, once.
        const options = await updated.context.newPage();
        await options.goto(`chrome-extension://${updated.extensionId}/options.html`);
        await options.locator(`[data-whats-new="${current}"]`).waitFor();
        expect(await options.locator('[data-whats-new] h2').textContent()).toBe(`Updated to ${current}: what's new`);
        expect(await options.locator('#opt-consultant-name').inputValue()).toBe('Studio Bianchi');
        expect(await options.locator('[data-version]').getAttribute('data-version')).toBe(current);
        await options.reload();
        await options.locator('#opt-consultant-name').waitFor();
        expect(await options.locator('[data-whats-new]').count()).toBe(0);
      } finally {
        await updated.close();
      }
    },
  );
});
