// The PageDriver for Chromium (playwright-core): a real popup cannot be opened by automation, so the popup is a page
// (chrome-extension://<id>/popup.html), as everywhere in these tests.
import type { Page } from 'playwright-core';
import { axeViolations } from '../../tools/axe';
import {
  appReady,
  type Browser,
  badgeText,
  openPopup,
  openWebmail,
  resetExtension,
  setUserSettings,
} from '../../tools/chromium';
import type { PageDriver } from './driver';
import { hook } from './pages';

export function chromiumDriver(browser: Browser): PageDriver {
  let page: Page | undefined;
  const current = () => {
    if (!page) throw new Error('start() first');
    return page;
  };
  const locate = (selector: string) => current().locator(selector).first();
  return {
    async start(settings) {
      await resetExtension(browser);
      if (settings) await setUserSettings(browser, settings);
      page = await openPopup(browser);
    },
    click: (selector) => locate(selector).click(),
    type: (selector, value) => locate(selector).fill(value),
    select: async (selector, value) => {
      await locate(selector).selectOption(value);
    },
    waitFor: (selector) => locate(selector).waitFor(),
    text: async (selector) => (await locate(selector).textContent()) ?? '',
    // Read at once, as in Firefox: null when the element is not there (a locator would wait for it).
    attribute: (selector, name) =>
      current().evaluate(([s, n]) => document.querySelector(s)?.getAttribute(n) ?? null, [selector, name] as const),
    value: (selector) => locate(selector).inputValue(),
    focused: (selector) => current().evaluate((s) => document.activeElement?.matches(s) ?? false, selector),
    async reopen() {
      await page?.close();
      page = await openPopup(browser);
    },
    async openOptions() {
      await page?.close();
      page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    },
    async openWebmail(options) {
      // A tab whose page is held never reaches Playwright as a page until it commits: only the click.
      if (options?.loaded === false) {
        await locate(hook.action('open-webmail')).click();
        return '';
      }
      return (await openWebmail(browser, current())).url();
    },
    badge: () => badgeText(browser),
    storedSettings: () =>
      (browser.context.serviceWorkers()[0] ?? browser.worker).evaluate(async () => {
        // biome-ignore lint/suspicious/noExplicitAny: the extension API inside the service worker
        const { settings } = await (globalThis as any).chrome.storage.local.get('settings');
        return settings;
      }),
    resize: (width, height) => current().setViewportSize({ width, height }),
    async openPanel() {
      const size = page?.viewportSize();
      await page?.close();
      page = await browser.context.newPage();
      if (size) await page.setViewportSize(size);
      await page.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
      await appReady(page);
    },
    measure: (expression) => current().evaluate(expression),
    async fixClock(iso) {
      // Playwright's clock, for every page of the context (the extension's pages included): a fixed Date.
      if (iso) await browser.context.clock.setFixedTime(new Date(iso));
      else await browser.context.clock.resume().catch(() => undefined);
    },
    async accessible(screen) {
      const violations = await axeViolations(current());
      if (violations.length > 0) throw new Error(`axe on ${screen}:\n${violations.join('\n')}`);
    },
  };
}
