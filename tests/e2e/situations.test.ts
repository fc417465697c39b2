// The field situations (tests/e2e/situations.ts) in Chromium, in both languages: each reaches the party it names.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import {
  type Browser,
  launch,
  openPopup,
  resetExtension,
  setUserSettings,
  startWebServer,
  type WebServer,
} from '../../tools/harness';
import {
  finderCases,
  type PopupDriver,
  playFinder,
  playOptionsChannel,
  playSituation,
  playUnknownWebmail,
  situations,
  situationZone,
} from './situations';

let web: WebServer;
beforeAll(async () => {
  web = await startWebServer(situationZone);
});
afterAll(() => web.close());

/** The popup of a Chromium profile, as a driver: a real popup cannot be opened by automation, so a page. */
function chromiumDriver(browser: Browser): PopupDriver {
  let popup: Page;
  return {
    async start(settings) {
      await resetExtension(browser);
      if (settings) await setUserSettings(browser, settings);
      popup = await openPopup(browser);
    },
    click: (selector) => popup.locator(selector).first().click(),
    type: (selector, value) => popup.locator(selector).fill(value),
    waitFor: (selector) => popup.locator(selector).first().waitFor(),
    text: async (selector) => (await popup.locator(selector).first().textContent()) ?? '',
    attribute: (selector, name) => popup.locator(selector).first().getAttribute(name),
    async reopen() {
      await popup.close();
      popup = await openPopup(browser);
    },
    async openOptions() {
      await popup.close();
      popup = await browser.context.newPage();
      await popup.goto(`chrome-extension://${browser.extensionId}/options.html`);
    },
    select: async (selector, value) => {
      await popup.locator(selector).selectOption(value);
    },
    storedSettings: () =>
      (browser.context.serviceWorkers()[0] ?? browser.worker).evaluate(async () => {
        // biome-ignore lint/suspicious/noExplicitAny: the extension API inside the service worker
        const { settings } = await (globalThis as any).chrome.storage.local.get('settings');
        return settings;
      }),
  };
}

describe.each(['en', 'it'] as const)('field situations in Chromium, in %s', (lang) => {
  let browser: Browser;
  let driver: PopupDriver;
  beforeAll(async () => {
    browser = await launch({ lang, port: web.port });
    driver = chromiumDriver(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(situations.map((s) => [s.name, s] as const))('%s', async (_, situation) => {
    await playSituation(driver, situation, lang);
  });

  it('an unlisted provider, its webmail unknown: whom to ask, with the contact', async () => {
    await playUnknownWebmail(driver, lang);
  });

  it.each(finderCases.map((f) => [f.name, f] as const))('the finder: %s', async (_, finding) => {
    await playFinder(driver, finding, lang);
  });

  it("the options page: the consultant's channel, a wrong token named, a right one saved, auto never saved", async () => {
    await playOptionsChannel(driver, lang);
  });
});
