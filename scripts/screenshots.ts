// Screenshots of the popup for the README, in English and Italian, from the same browser setup as the e2e tests.
// Run with `npm run screenshots` after `npm run build`.
import type { Page } from 'playwright-core';
import { launch, openPopup, openWebmail, startWebServer } from '../tests/e2e/harness';

const out = (name: string) => `docs/screenshots/${name}.png`;

async function shoot(page: Page, name: string) {
  await page.setViewportSize({ width: 360, height: 600 });
  // Blur so that the screenshot shows the screen, not a focus ring on the heading.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: 360, height: Math.min(height, 600) });
  await page.screenshot({ path: out(name) });
  console.log('wrote', out(name));
}

const web = await startWebServer();
for (const lang of ['en', 'it'] as const) {
  const browser = await launch({ lang, port: web.port });
  try {
    const popup = await openPopup(browser);
    await shoot(popup, `${lang}-1-picker`);
    await openWebmail(browser, popup);
    await popup.bringToFront();
    await popup.locator('[data-outcome]').first().waitFor();
    await popup.locator('.checks ul.evidence').waitFor();
    await shoot(popup, `${lang}-2-question`);
    await popup.locator('[data-outcome="login-failed"]').click();
    await popup.locator('[data-outcome="password-sure"]').click();
    await popup.locator('[data-verdict]').waitFor();
    await shoot(popup, `${lang}-3-mail-service`);
    await popup.locator('[data-action="restart"]').click();
    const again = await openWebmail(browser, popup);
    await again.close();
    await popup.locator('[data-outcome="works"]').click();
    await popup.locator('[data-verdict]').waitFor();
    await shoot(popup, `${lang}-4-mail-client`);
    // The options page, with a field the consultant got wrong.
    const options = await browser.context.newPage();
    await options.setViewportSize({ width: 800, height: 900 });
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('#opt-consultant-email').fill(lang === 'it' ? 'non-una-email' : 'not-an-email');
    await options.locator('[data-action="save-settings"]').click();
    await options.screenshot({ path: out(`${lang}-5-options`), fullPage: true });
    console.log('wrote', out(`${lang}-5-options`));
  } finally {
    await browser.close();
  }
}
web.close();
