import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { chromiumExtensionId as expectedExtensionId } from '../../core/extension-ids';
import { axeViolations } from '../../tools/axe';
import { type Browser, badgeText, launch, openPopup, openWebmail, resetExtension } from '../../tools/chromium';
import { startWebServer } from '../../tools/loopback';
import { chromiumDriver } from '../support/chromium';
import { e2e } from '../support/fixture';
import { hook, ui } from '../support/pages';
import { pathScenarios } from './both-engines';
import { type Network, text } from './scenarios';

describe.each(['en', 'it'] as const)('triage flow in %s', (lang) => {
  const t = text[lang];
  const browsers = {} as Record<Network, Browser>;
  const axeChecked: string[] = [];

  e2e.beforeAll(async ({ web, own }) => {
    // A second network where the probes never answer: the checks cannot tell, so the user is asked.
    const heldWeb = await own(startWebServer({ holdProbes: true }));
    browsers.up = await own(launch({ lang, port: web.port }));
    browsers.held = await own(launch({ lang, port: heldWeb.port }));
  });
  // Each language's browsers closed with its suite (the fixture closes them again harmlessly).
  e2e.afterAll(async () => {
    await browsers.up?.close();
    await browsers.held?.close();
  });
  e2e.beforeEach(async () => {
    await resetExtension(browsers.up);
    await resetExtension(browsers.held);
  });

  async function expectAccessible(page: Page, screen: string) {
    expect(await axeViolations(page), `axe on ${screen}`).toEqual([]);
    axeChecked.push(screen);
  }

  /** Waits until the automatic checks have reported (the evidence list replaces "Checking…"). */
  async function checksDone(page: Page) {
    await ui(page).evidence().waitFor();
  }

  e2e('has the fixed extension id', () => {
    expect(browsers.up.extensionId).toBe(expectedExtensionId);
  });

  e2e(
    'Maria: nothing preselected, she picks Aruba, the webmail opens, the popup resumes, badge until the verdict',
    async () => {
      const browser = browsers.up;
      let popup = await openPopup(browser);
      await expect.poll(() => popup.evaluate(() => document.documentElement.lang)).toBe(lang);
      // A new user: no provider chosen for her, the big button says what to do.
      const openButton = ui(popup).action('open-webmail');
      expect(await openButton.textContent()).toBe(t.choose);
      expect(await ui(popup).chosenProvider().count()).toBe(0);
      await expectAccessible(popup, 'picker, nothing chosen');
      const pagesBefore = browser.context.pages().length;
      await openButton.click();
      expect(await popup.locator('#picker-status').textContent()).not.toBe('');
      expect(browser.context.pages()).toHaveLength(pagesBefore);
      await ui(popup).provider('aruba').check();
      expect(await openButton.textContent()).toBe(t.open);
      await expectAccessible(popup, 'picker');

      const tab = await openWebmail(browser, popup);
      expect(tab.url()).toBe('https://webmail.aruba.it/');
      expect(await tab.locator('h1').textContent()).toBe('Webmail webmail.aruba.it');
      await expect.poll(() => badgeText(browser)).toBe('?');

      // The real popup closes when the tab opens; reopening it continues where Maria left.
      await popup.close();
      popup = await openPopup(browser);
      expect(await ui(popup).heading().textContent()).toBe(t.outcome);
      await checksDone(popup);
      await expectAccessible(popup, 'outcome question');

      await ui(popup).answer('works');
      const verdict = ui(popup).verdict('mail-client');
      await verdict.waitFor();
      expect(await verdict.locator('h1').textContent()).toBe(t.verdicts['mail-client']);
      expect(await verdict.textContent()).toContain(t.technician);
      // The settings for the technician are there, folded away from the client's eyes.
      expect(await verdict.locator('details.for-technician').getAttribute('open')).toBeNull();
      expect(await verdict.locator('details.for-technician').textContent()).toContain('imaps.aruba.it');
      expect(await verdict.locator('a[href="https://webmail.aruba.it/"]').count()).toBeGreaterThanOrEqual(1);
      await expect.poll(() => badgeText(browser)).toBe('');
      await expectAccessible(popup, 'mail-client verdict');
    },
  );

  pathScenarios(lang, (network) => {
    const base = chromiumDriver(browsers[network]);
    // The same scenarios as Firefox's; the screens axe checked are counted here too.
    return {
      ...base,
      accessible: async (screen) => {
        await base.accessible(screen);
        axeChecked.push(screen);
      },
    };
  });

  e2e('reaches a verdict by keyboard alone, focus on each new heading', async () => {
    const browser = browsers.up;
    const popup = await openPopup(browser);
    await popup.locator('h1:focus').waitFor();
    // Tab to the address box, type, Enter finds the provider and moves the focus to "Open webmail".
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('data-input'))).toBe('email');
    await popup.keyboard.type('mario.rossi@libero.it');
    await popup.keyboard.press('Enter');
    await popup.locator(`${hook.action('open-webmail')}:focus`).waitFor();
    const [tab] = await Promise.all([browser.context.waitForEvent('page'), popup.keyboard.press('Enter')]);
    await tab.waitForLoadState();
    expect(tab.url()).toBe('https://login.libero.it/');
    await popup.bringToFront();
    await popup.locator('h1:focus').waitFor();
    // Outcome question: the first answer is one Tab away.
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('data-outcome'))).toBe('works');
    for (let i = 0; i < 3; i++) await popup.keyboard.press('Tab'); // send-failed, warning, login-failed
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('data-outcome'))).toBe('login-failed');
    await popup.keyboard.press('Enter');
    await popup.locator('h1:focus').waitFor();
    await popup.keyboard.press('Tab'); // password-sure
    await popup.keyboard.press('Enter');
    await ui(popup).verdict('account').locator('h1:focus').waitFor();
    // The focus ring is visible: the outline is not "none".
    await popup.keyboard.press('Tab');
    const outline = await popup.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe('none');
  });

  e2e('goes back and starts over; start over keeps the provider', async () => {
    const browser = browsers.up;
    const popup = await openPopup(browser);
    await ui(popup).provider('gmail').check();
    await openWebmail(browser, popup);
    await ui(popup).answer('login-failed');
    await ui(popup).answerButton('password-sure').waitFor();
    await ui(popup).action('back').click();
    await ui(popup).answerButton('works').waitFor();
    await ui(popup).action('restart').click();
    await ui(popup).action('open-webmail').waitFor();
    expect(await ui(popup).provider('gmail').isChecked()).toBe(true);
    await expect.poll(() => badgeText(browser)).toBe('');
    // The last choice is on top next time.
    const reopened = await openPopup(browser);
    expect(await ui(reopened).provider().first().getAttribute('data-provider')).toBe('gmail');
  });

  e2e('says so when no provider matches the search', async () => {
    const popup = await openPopup(browsers.up);
    await popup.locator('#provider-search').fill('zzzz');
    expect(await popup.locator('#picker-status').textContent()).toContain('zzzz');
    await expectAccessible(popup, 'no match');
  });

  e2e('ran axe on every kind of screen', () => {
    expect(new Set(axeChecked).size).toBeGreaterThanOrEqual(5);
  });
});

describe('axe itself', () => {
  e2e('reports violations on a page that has them (the check can fail)', async ({ browser }) => {
    const page = await browser.context.newPage();
    await page.setContent('<html><body><img src="x.png"><button></button></body></html>');
    const violations = await axeViolations(page);
    expect(violations.some((v) => v.startsWith('image-alt'))).toBe(true);
    expect(violations.some((v) => v.startsWith('button-name'))).toBe(true);
    await page.close();
  });
});
