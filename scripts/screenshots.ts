// Screenshots of the popup for the README, in English and Italian, from the same browser setup as the e2e tests.
// Run with `npm run screenshots` after `npm run build`.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  extensionDir,
  launch,
  openPopup,
  openWebmail,
  settingsSettled,
  setUserSettings,
  startXvfb,
} from '../tools/chromium';
import { startWebServer } from '../tools/loopback';

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

/** The toolbar icon as users meet it: on a light and a dark toolbar, at 16 and 32 px, with the "?" badge. */
async function shootIcon(page: Page) {
  const icon = (size: number) =>
    `data:image/png;base64,${readFileSync(join(extensionDir, `icons/${size}.png`)).toString('base64')}`;
  const toolbar = (background: string) => `
    <div style="background:${background};padding:10px 14px;display:flex;gap:18px;align-items:center">
      <img src="${icon(16)}" width="16" height="16" alt="">
      <img src="${icon(32)}" width="32" height="32" alt="">
      <span style="position:relative;display:inline-block;width:32px;height:32px">
        <img src="${icon(32)}" width="32" height="32" alt="">
        <b style="position:absolute;right:-4px;bottom:-2px;background:#b3261e;color:#fff;font:bold 10px sans-serif;
          padding:1px 4px;border-radius:6px">?</b>
      </span>
      <img src="${icon(128)}" width="64" height="64" alt="">
    </div>`;
  await page.setViewportSize({ width: 240, height: 168 });
  await page.setContent(`<body style="margin:0">${toolbar('#f1f3f4')}${toolbar('#202124')}</body>`);
  await page.screenshot({ path: out('icon') });
  console.log('wrote', out('icon'));
}

for (const lang of ['en', 'it'] as const) {
  const browser = await launch({ lang, port: web.port });
  try {
    if (lang === 'en') await shootIcon(await browser.context.newPage());
    // A consultant configured, as on a managed client's computer.
    await setUserSettings(browser, { consultant: { name: 'Studio Bianchi', phone: '055 123456' } });
    const popup = await openPopup(browser);
    await settingsSettled(popup);
    await shoot(popup, `${lang}-1-picker`);
    await popup.locator('[data-provider="aruba"]').check();
    await openWebmail(browser, popup);
    await popup.bringToFront();
    await popup.locator('[data-outcome]').first().waitFor();
    await popup.locator('[data-checks] [data-evidence]').waitFor();
    await shoot(popup, `${lang}-2-question`);
    await popup.locator('[data-outcome="inbox-failed"]').click();
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
// The side panel beside the webmail: a real window on a virtual display, captured whole (ImageMagick's import).
const xvfb = await startXvfb();
if (xvfb && existsSync('/usr/bin/import')) {
  for (const lang of ['en', 'it'] as const) {
    const browser = await launch({
      lang,
      port: web.port,
      display: xvfb.display,
      extraArgs: ['--window-size=1280,800', '--window-position=0,0'],
    });
    try {
      const popup = await openPopup(browser);
      await settingsSettled(popup);
      await popup.locator('[data-provider="aruba"]').check();
      const tab = await openWebmail(browser, popup);
      await popup.close();
      await tab.bringToFront();
      await new Promise((done) => setTimeout(done, 2500));
      execFileSync('/usr/bin/import', ['-display', xvfb.display, '-window', 'root', out(`${lang}-6-side-panel`)]);
      console.log('wrote', out(`${lang}-6-side-panel`));
    } finally {
      await browser.close();
    }
  }
  xvfb.stop();
} else
  console.warn('side panel screenshots skipped: they need Xvfb and ImageMagick (apt-get install xvfb imagemagick)');

// The stores' images: screenshots at 1280×800 (the popup's screens on a plain canvas, with a caption; the side panel
// beside the webmail as it is) and the 440×280 promotional tile.
const storeCaptions = {
  en: {
    '1-picker': 'Which mailbox isn’t working? Type your address or pick your provider.',
    '2-question': 'The webmail opens: say how it went, in plain words.',
    '3-mail-service': 'It fails from the webmail too: call your consultant, with a report ready.',
    '4-mail-client': 'The webmail works: it’s the computer or the mail program. Call your technician.',
    tile: 'Email down? Check the webmail first.',
  },
  it: {
    '1-picker': 'Quale casella non funziona? Scrivi l’indirizzo o scegli il fornitore.',
    '2-question': 'Si apre la webmail: dicci com’è andata, in parole semplici.',
    '3-mail-service': 'Non va nemmeno dalla webmail: chiama il consulente, con il resoconto pronto.',
    '4-mail-client': 'La webmail funziona: è il computer o il programma di posta. Chiama il tuo tecnico.',
    tile: 'La posta non va? Prova prima la webmail.',
  },
} as const;
const png = (path: string) => `data:image/png;base64,${readFileSync(path).toString('base64')}`;
const canvas = await launch({ port: web.port });
try {
  const page = await canvas.context.newPage();
  for (const lang of ['en', 'it'] as const) {
    mkdirSync(`store/${lang}/screenshots`, { recursive: true });
    const caption = storeCaptions[lang];
    for (const shot of ['1-picker', '2-question', '3-mail-service', '4-mail-client'] as const) {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.setContent(`<body style="margin:0;height:800px;display:flex;align-items:center;justify-content:center;
        gap:56px;background:#eef2f8;font:600 34px/1.3 system-ui,sans-serif;color:#1a1a1a">
        <p style="max-width:520px;margin:0">${caption[shot]}</p>
        <img src="${png(out(`${lang}-${shot}`))}" style="max-height:720px;box-shadow:0 8px 28px #0003;border-radius:8px" alt="">
        </body>`);
      await page.screenshot({ path: `store/${lang}/screenshots/${shot}.png` });
    }
    if (existsSync(out(`${lang}-6-side-panel`))) {
      copyFileSync(out(`${lang}-6-side-panel`), `store/${lang}/screenshots/5-side-panel.png`);
    }
    await page.setViewportSize({ width: 440, height: 280 });
    await page.setContent(`<body style="margin:0;width:440px;height:280px;display:flex;flex-direction:column;
      align-items:center;justify-content:center;gap:14px;background:#0b57d0;color:#fff;font:600 26px/1.25 system-ui,sans-serif">
      <img src="${png(join(extensionDir, 'icons/128.png'))}" width="96" height="96" alt="">
      <div>Webmail First</div><div style="font-weight:400;font-size:19px">${caption.tile}</div></body>`);
    await page.screenshot({ path: `store/${lang}/screenshots/tile-440x280.png` });
    console.log('wrote', `store/${lang}/screenshots/`);
  }
} finally {
  await canvas.close();
}
web.close();
