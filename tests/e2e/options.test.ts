// The options page for installs without a policy: field-by-field validation in the user's language, save,
// import and export of settings, and the policy files for managed computers.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { axeViolations } from '../../tools/axe';
import { type Browser, openPopup, openWebmail, settingsSettled } from '../../tools/chromium';
import { e2e } from '../support/fixture';
import { ui } from '../support/pages';

let browser: Browser;
let page: Page;

e2e.override('chromium', { lang: 'it' });
e2e.beforeAll(async ({ browser: started }) => {
  browser = started;
  page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  // Typing before the policy read lands is the cold-start test's subject; here the page is settled.
  await settingsSettled(page);
});

const status = () => page.locator('[data-status]').textContent();

async function downloaded(click: () => Promise<void>): Promise<{ name: string; text: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const bytes = readFileSync((await download.path()) as string);
  return { name: download.suggestedFilename(), text: bytes.toString('utf8'), bytes };
}

describe('options page', () => {
  e2e('is in Italian and accessible', async () => {
    expect(await page.locator('h1').textContent()).toBe('Impostazioni di Webmail First');
    expect(await axeViolations(page)).toEqual([]);
  });

  e2e('marks a wrong field with a message in the user language and does not save', async () => {
    await page.locator('#opt-consultant-name').fill('Studio Bianchi');
    await page.locator('#opt-consultant-email').fill('non-una-email');
    // A provider nobody lists, in a form: a name and the webmail's address.
    await ui(page).action('add-custom-provider').click();
    await page.locator('#opt-cp-0-name').fill('Posta Studio');
    await page.locator('#opt-cp-0-webmailUrl').fill('javascript:alert(1)');
    await ui(page).action('save-settings').click();
    await expect.poll(status).toBe('Non salvato: correggi i campi segnalati (il cursore è sul primo).');
    expect(await page.locator('#opt-consultant-email').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#opt-consultant-email-error').textContent()).toBe('Non è un indirizzo email.');
    // The first wrong field has the focus, not the Save button.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('opt-consultant-email');
    expect(await page.locator('#opt-cp-0-webmailUrl-error').textContent()).toBe(
      'customProviders.0.webmailUrl: Deve essere un indirizzo web sicuro che inizia con https://.',
    );
    expect(await axeViolations(page)).toEqual([]);
  });

  e2e('refuses a pasted address with a line break, with a message, and keeps what was there', async () => {
    const website = page.locator('#opt-consultant-website');
    await website.fill('');
    // The clipboard as a mail or a chat gives it: the address, a line break, more text.
    await website.evaluate((input) => {
      const data = new DataTransfer();
      data.setData('text/plain', 'https://studio.example/\r\nVerdetto: falso');
      input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await page.locator('[data-field="opt-consultant-website"] [data-paste-refused]').waitFor();
    expect(await page.locator('[data-paste-refused]').textContent()).toContain('Non è stato incollato niente');
    expect(await website.inputValue()).toBe('');
    // Typing again clears the message.
    await website.pressSequentially('w');
    expect(await page.locator('[data-paste-refused]').count()).toBe(0);
    await website.fill('');
  });

  e2e('saves valid settings, and the popup uses them at once', async () => {
    await page.locator('#opt-consultant-email').fill('assistenza@studiobianchi.it');
    // Typed without https://: it is added.
    await page.locator('#opt-cp-0-webmailUrl').fill('posta.studiobianchi.it/');
    await ui(page).action('save-settings').click();
    // Saving is said at once, then done: never the last refusal's line while the browser stores.
    await expect.poll(status).toMatch(/^(Salvataggio…|Salvato\.)$/);
    expect(await page.locator('[data-field] [id$="-error"]').allTextContents()).toEqual([]);
    await expect.poll(status).toBe('Salvato.');
    await page.locator('#opt-provider').selectOption('posta-studio');
    await ui(page).action('save-settings').click();
    await expect.poll(status).toBe('Salvato.');

    const popup = await openPopup(browser);
    await expect.poll(() => ui(popup).action('open-webmail').textContent()).toBe('Apri la webmail di Posta Studio');
    const tab = await openWebmail(browser, popup);
    expect(tab.url()).toBe('https://posta.studiobianchi.it/');
    await popup.bringToFront();
    await ui(popup).answer('inbox-failed');
    expect(await ui(popup).verdict('mail-service').locator('[data-who]').textContent()).toContain('Studio Bianchi');
    await ui(popup).action('restart').click();
    await popup.close();
    await tab.close();
  });

  e2e('exports the settings and imports a file, leaving out what is wrong', async () => {
    const exported = await downloaded(() => ui(page).action('export-settings').click());
    expect(exported.name).toBe('webmail-first-settings.json');
    expect(JSON.parse(exported.text)).toMatchObject({
      provider: 'posta-studio',
      customProviders: [{ id: 'posta-studio', name: 'Posta Studio', webmailUrl: 'https://posta.studiobianchi.it/' }],
      consultant: { name: 'Studio Bianchi' },
    });

    await ui(page)
      .action('import-settings')
      .setInputFiles({
        name: 'settings.json',
        mimeType: 'application/json',
        buffer: Buffer.from(
          JSON.stringify({ provider: 'libero', technician: { name: 'Marco', phone: 'nope' }, colour: 'red' }),
        ),
      });
    await expect.poll(status).toBe('Importate nel modulo; 2 voci sono state scartate (vedi sotto). Controlla e salva.');
    expect(await page.locator('#opt-provider').inputValue()).toBe('libero');
    expect(await page.locator('#opt-technician-name').inputValue()).toBe('Marco');
    expect(await page.locator('#opt-technician-phone').inputValue()).toBe('');
    expect(await page.locator('[data-import-errors] li').allTextContents()).toEqual([
      "colour: Non è un'impostazione conosciuta: viene ignorata.",
      'technician.phone: Non è un numero di telefono: scrivi da 6 a 15 cifre, per esempio 333 1234567 o +39 333 1234567.',
    ]);

    await ui(page)
      .action('import-settings')
      .setInputFiles({
        name: 'broken.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{ not json'),
      });
    await expect
      .poll(status)
      .toBe('Questo file non è un file di impostazioni (JSON non valido). Non è cambiato niente.');
    expect(await page.locator('#opt-provider').inputValue()).toBe('libero');
  });

  e2e('downloads policy files that only configure the extension, by default, with a confirmation', async () => {
    const deployStatus = () => page.locator('[data-deploy-status]').textContent();
    const linux = await downloaded(() => page.locator('[data-format="linux"]').click());
    expect(linux.name).toBe('webmail-first.json');
    const policy = JSON.parse(linux.text);
    // Settings only: no install policy, so no browser ever removes an extension installed another way.
    expect(policy.ExtensionSettings).toBeUndefined();
    expect(policy['3rdparty'].extensions.iaonbfpdeldmfbcehmahdpnldbbonddg.provider).toBe('libero');
    expect(await deployStatus()).toBe('Scaricato webmail-first.json: i passaggi sono qui sotto.');

    const reg = await downloaded(() => page.locator('[data-format="windows"]').click());
    expect(reg.name).toBe('webmail-first.reg');
    expect([...reg.bytes.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(reg.bytes.subarray(2).toString('utf16le')).toMatch(/^Windows Registry Editor Version 5\.00\r\n/);

    const mac = await downloaded(() => page.locator('[data-format="mac"]').click());
    expect(mac.text).toContain('<string>com.google.Chrome.extensions.iaonbfpdeldmfbcehmahdpnldbbonddg</string>');
    expect(mac.text).not.toContain('ExtensionSettings');
  });

  e2e("store install: the stores' ids are required and used; Firefox needs the add-on address", async () => {
    const deployStatus = () => page.locator('[data-deploy-status]').textContent();
    await page.locator('[data-deploy-mode="store"]').check();
    await page.locator('[data-format="linux"]').click();
    expect(await deployStatus()).toBe("Scrivi gli id che gli store hanno dato all'estensione: 32 lettere tra a e p.");
    await page.locator('#opt-chrome-store-id').fill('abcdefghijklmnopabcdefghijklmnop');
    await page.locator('#opt-edge-store-id').fill('ponmlkjihgfedcbaponmlkjihgfedcba');
    const linux = JSON.parse((await downloaded(() => page.locator('[data-format="linux"]').click())).text);
    expect(linux.ExtensionSettings.abcdefghijklmnopabcdefghijklmnop.update_url).toBe(
      'https://clients2.google.com/service/update2/crx',
    );
    expect(Object.keys(linux['3rdparty'].extensions)).toEqual(['abcdefghijklmnopabcdefghijklmnop']);
    await page.locator('[data-format="firefox"]').click();
    expect(await deployStatus()).toBe("Firefox ha bisogno dell'indirizzo https del componente per installarlo.");
    await page.locator('#opt-firefox-url').fill('https://deploy.example.it/webmail-first.xpi');
    const firefox = await downloaded(() => page.locator('[data-format="firefox"]').click());
    expect(JSON.parse(firefox.text).policies.ExtensionSettings['webmail-first@webmailfirst.eu'].install_url).toBe(
      'https://deploy.example.it/webmail-first.xpi',
    );
  });

  e2e('self-hosted: https added to the folder address; update manifests for Chrome/Edge and Firefox', async () => {
    await page.locator('[data-deploy-mode="self-hosted"]').check();
    await page.locator('#opt-host-url').fill('www.ferriconsulenza.it/webmail-first');
    const linux = JSON.parse((await downloaded(() => page.locator('[data-format="linux"]').click())).text);
    expect(linux.ExtensionSettings.iaonbfpdeldmfbcehmahdpnldbbonddg.update_url).toBe(
      'https://www.ferriconsulenza.it/webmail-first/updates.xml',
    );
    const xml = await downloaded(() => page.locator('[data-format="updates-xml"]').click());
    expect(xml.name).toBe('updates.xml');
    expect(xml.text).toMatch(
      /codebase='https:\/\/www\.ferriconsulenza\.it\/webmail-first\/webmail-first\.crx' version='\d/,
    );
    const json = await downloaded(() => page.locator('[data-format="updates-json"]').click());
    expect(JSON.parse(json.text).addons['webmail-first@webmailfirst.eu'].updates[0].update_link).toBe(
      'https://www.ferriconsulenza.it/webmail-first/webmail-first.xpi',
    );
    expect(await axeViolations(page)).toEqual([]);
  });

  e2e('writes the incident feed: add, resolve, download the file clients read', async () => {
    await page.locator('[data-incident-writer] summary').click();
    await ui(page).action('add-incident').click();
    await page.locator('#inc-0-provider').selectOption('aruba');
    await page.locator('#inc-0-ticket').fill('ARU-4471');
    await page.locator('#inc-0-it').fill('Posta Aruba non raggiungibile: segnalato ad Aruba.');
    const open = await downloaded(() => ui(page).action('download-incidents').click());
    expect(open.name).toBe('incidents.json');
    const feed = JSON.parse(open.text);
    expect(feed).toMatchObject({ format: 'webmail-first-incidents', version: 1 });
    expect(feed.incidents).toMatchObject([
      {
        providers: ['aruba'],
        status: 'open',
        ticket: 'ARU-4471',
        message: { it: 'Posta Aruba non raggiungibile: segnalato ad Aruba.' },
      },
    ]);
    expect(await page.locator('[data-incident-status]').textContent()).toContain('1');
    await ui(page).action('toggle-incident').click();
    const resolved = await downloaded(() => ui(page).action('download-incidents').click());
    expect(JSON.parse(resolved.text).incidents[0].status).toBe('resolved');
    expect(await axeViolations(page)).toEqual([]);
  });
});
