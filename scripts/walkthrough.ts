// `npm start` on a machine without a display: a walk-through of the real extension (production build), headless,
// on a simulated network (every host answers on loopback): pick Aruba, open its webmail, answer, read the
// verdict. Each screen's heading is printed and a screenshot saved under .output/walkthrough/. Exit 0 when the
// verdict is reached. `--firefox`: the same in Debian's firefox-esr over WebDriver BiDi.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openPopup, openWebmail } from '../tools/chromium';
import { startWebServer } from '../tools/loopback';

const out = '.output/walkthrough';
mkdirSync(out, { recursive: true });
const firefox = process.argv.includes('--firefox');
const web = await startWebServer();
const step = (n: number, heading: string) => console.log(`  ${n}. ${heading}`);

try {
  if (firefox) {
    const bidi = await import('../tools/firefox');
    const proxy = await bidi.startProxy(web.port);
    const browser = await bidi.launchFirefox({ proxyPort: proxy.port });
    const shot = (name: string) => bidi.screenshot(browser, join(out, `firefox-${name}.png`));
    try {
      console.log('Walk-through in Firefox (headless, simulated network):');
      await bidi.openPage(browser, 'popup.html');
      await bidi.waitFor(browser, `document.querySelector('[data-provider="aruba"]')`);
      step(1, await bidi.text(browser, 'h1'));
      await shot('1-picker');
      await bidi.click(browser, '[data-provider="aruba"]');
      const since = bidi.tabMark(browser);
      await bidi.click(browser, '[data-action="open-webmail"]');
      console.log(`     opened ${await bidi.nextTabUrl(browser, since)}`);
      await bidi.waitFor(browser, `document.querySelector('[data-checks] [data-evidence]')`);
      step(2, await bidi.text(browser, 'h1'));
      await shot('2-question');
      await bidi.click(browser, '[data-outcome="works"]');
      await bidi.waitFor(browser, `document.querySelector('[data-verdict]')`);
      step(3, await bidi.text(browser, '[data-verdict] h1'));
      await shot('3-verdict');
      console.log(
        `Verdict: ${await bidi.evaluate(browser, `document.querySelector('[data-verdict]').dataset.verdict`)}`,
      );
    } finally {
      await browser.close();
      proxy.close();
    }
  } else {
    const browser = await launch({ port: web.port });
    try {
      console.log('Walk-through in Chromium (headless, simulated network):');
      const popup = await openPopup(browser);
      await popup.setViewportSize({ width: 360, height: 640 });
      step(1, (await popup.locator('h1').textContent()) ?? '');
      await popup.screenshot({ path: join(out, 'chromium-1-picker.png') });
      await popup.locator('[data-provider="aruba"]').check();
      const tab = await openWebmail(browser, popup);
      console.log(`     opened ${tab.url()}`);
      await popup.bringToFront();
      await popup.locator('[data-checks] [data-evidence]').waitFor();
      step(2, (await popup.locator('h1').textContent()) ?? '');
      await popup.screenshot({ path: join(out, 'chromium-2-question.png') });
      await popup.locator('[data-outcome="works"]').click();
      const verdict = popup.locator('[data-verdict]');
      await verdict.waitFor();
      step(3, (await verdict.locator('h1').textContent()) ?? '');
      await popup.screenshot({ path: join(out, 'chromium-3-verdict.png'), fullPage: true });
      console.log(`Verdict: ${await verdict.getAttribute('data-verdict')}`);
    } finally {
      await browser.close();
    }
  }
  console.log(`Screenshots in ${out}/`);
} finally {
  web.close();
}
