// A real enterprise policy, as the consultant deploys it: a Chromium policy file naming the extension's id.
// Chromium reads /etc/chromium/policies/managed/ at start; CI runs as root, so the test can write there.

import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import { axeViolations } from '../../tools/axe';
import { type Browser, launch, openPopup, openWebmail, settingsSettled } from '../../tools/chromium';
import type { WebServer } from '../../tools/loopback';
import { canWritePolicies, policyDir, policyFile, removePolicy, writePolicy } from '../../tools/policy-file';
import { e2e } from '../support/fixture';
import { ui } from '../support/pages';

const writable = canWritePolicies();
if (!writable) console.warn(`policy tests skipped: ${policyDir} is not writable (run as root, as CI does)`);

let web: WebServer;
e2e.beforeAll(async ({ web: started }) => {
  web = started;
});
e2e.afterAll(() => {
  removePolicy();
});

describe.skipIf(!writable)('managed policy', () => {
  let browser: Browser;
  e2e.afterAll(async () => {
    await browser?.close();
    removePolicy();
  });

  e2e('presets a custom provider, shows the consultant on the verdict, technician on mail-client', async ({ own }) => {
    writePolicy({
      provider: 'studio-mail',
      consultant: {
        name: 'Studio Bianchi',
        phone: '+39 055 123456',
        email: 'assistenza@studiobianchi.it',
        whatsapp: '+39 333 1234567',
      },
      technician: { name: 'Marco Rossi', phone: '+39 347 7654321' },
      customProviders: [
        {
          id: 'studio-mail',
          name: 'Studio Mail',
          webmailUrl: 'https://posta.studiobianchi.it/',
          mx: ['mx.studiobianchi.it'],
        },
      ],
      hiddenProviders: ['aol'],
    });
    browser = await own(launch({ port: web.port }));
    const popup = await openPopup(browser);
    await settingsSettled(popup);
    const open = ui(popup).action('open-webmail');
    await expect.poll(() => open.textContent()).toBe('Open Studio Mail webmail');
    expect(await ui(popup).provider('studio-mail').isChecked()).toBe(true);
    expect(await ui(popup).provider('aol').count()).toBe(0);

    const tab = await openWebmail(browser, popup);
    expect(tab.url()).toBe('https://posta.studiobianchi.it/');
    await popup.bringToFront();
    await ui(popup).evidence().waitFor();
    await ui(popup).answer('inbox-failed');
    const verdict = ui(popup).verdict('mail-service');
    await verdict.waitFor();
    expect(await verdict.locator('[data-who]').textContent()).toContain('Studio Bianchi, your consultant');
    expect(await verdict.locator('a[href="tel:+39055123456"]').count()).toBe(1);
    expect(await verdict.locator('a[href="mailto:assistenza@studiobianchi.it"]').count()).toBe(1);
    expect(await verdict.locator('a[href="https://wa.me/393331234567"]').count()).toBe(1);
    const mail = new URL((await ui(verdict).action('email-report').getAttribute('href')) ?? '');
    expect(mail.pathname).toBe('assistenza@studiobianchi.it');
    expect(await ui(verdict).action('whatsapp-report').getAttribute('href')).toMatch(
      /^https:\/\/wa\.me\/393331234567\?text=/,
    );
    expect(await axeViolations(popup)).toEqual([]);

    await ui(popup).action('restart').click();
    await openWebmail(browser, popup);
    await popup.bringToFront();
    await ui(popup).answer('works');
    const client = ui(popup).verdict('mail-client');
    await client.waitFor();
    expect(await client.locator('[data-who]').textContent()).toContain('Marco Rossi, your own technician');
    expect(await client.locator('a[href="tel:+393477654321"]').count()).toBe(1);

    // The options page shows what the policy set, read-only and marked as the administrator's.
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const name = options.locator('#opt-consultant-name');
    await expect.poll(() => name.inputValue()).toBe('Studio Bianchi');
    expect(await name.isDisabled()).toBe(true);
    expect(await options.locator('[data-field="opt-consultant-name"] .managed').textContent()).toBe(
      'Set by your administrator',
    );
    expect(await options.locator('#opt-provider').isDisabled()).toBe(true);
    expect(await options.locator('#opt-reportEmail').isDisabled()).toBe(false);
    // An employee under a policy does not meet the deployment section: it is folded away.
    expect(await options.locator('[data-deploy]').getAttribute('open')).toBeNull();
    expect(await axeViolations(options)).toEqual([]);
    await browser.close();
  });

  e2e('refuses an unsafe webmail URL and an unknown preset, and the popup stays usable', async ({ own }) => {
    writePolicy({
      provider: 'does-not-exist',
      customProviders: [
        { id: 'evil', name: 'Evil', webmailUrl: 'javascript:alert(1)' },
        { id: 'plain', name: 'Plain', webmailUrl: 'http://mail.example.com' },
      ],
      consultant: { name: 'Studio Bianchi', email: 'not an email' },
    });
    browser = await own(launch({ port: web.port }));
    const popup = await openPopup(browser);
    await settingsSettled(popup);
    // The popup's footer says there is a problem, in words a client can pass on.
    expect(await popup.locator('[data-config-problem]').textContent()).toBe(
      'Note for your consultant: some settings are not valid. The check works anyway.',
    );
    expect(await ui(popup).provider('evil').count()).toBe(0);
    expect(await ui(popup).provider('plain').count()).toBe(0);
    // The unknown preset is ignored: nothing is preselected, the user chooses.
    expect(await ui(popup).chosenProvider().count()).toBe(0);
    await ui(popup).provider('aruba').check();
    const tab = await openWebmail(browser, popup);
    expect(tab.url()).toBe('https://webmail.aruba.it/');

    // The options page lists what the policy got wrong, so the administrator can fix it.
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await settingsSettled(options);
    const listed = await options.locator('[data-policy-errors] li').allTextContents();
    expect(listed).toEqual([
      'customProviders.0.webmailUrl: Must be a secure web address starting with https://.',
      'customProviders.1.webmailUrl: Must be a secure web address starting with https://.',
      'provider: Not a known provider.',
      'consultant.email: Not an email address.',
    ]);
    // The client can pass them on: copied as a list.
    await ui(options).action('copy-policy-errors').click();
    await expect.poll(() => options.locator('[data-status]').textContent()).toContain('Copied');
  });

  e2e(
    'a Telegram channel by policy is refused with its reason; an ntfy token set by policy is never shown',
    async ({ own }) => {
      await browser?.close();
      writePolicy({
        notify: { kind: 'telegram', token: '123456789:AAH3k2pQ-ZxY_1234567890abcdefghijKLM', chatId: '-1001234567890' },
      });
      browser = await own(launch({ port: web.port }));
      let options = await browser.context.newPage();
      await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
      await settingsSettled(options);
      expect(await options.locator('[data-policy-errors] li').allTextContents()).toEqual([
        "notify.kind: Telegram cannot be used for clients' computers: its bot token can read the chat, so anyone there could read every report. Use a webhook, Teams Workflows or ntfy with a write-only token.",
      ]);
      await browser.close();
      writePolicy({
        notify: { kind: 'ntfy', url: 'https://ntfy.sh/rossi-srl-posta', token: 'tk_policysecret0123456789' },
      });
      browser = await own(launch({ port: web.port }));
      options = await browser.context.newPage();
      await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
      await settingsSettled(options);
      await options.locator('[data-secret="managed"]').waitFor();
      expect(await options.locator('#opt-notify-token').inputValue()).toBe('');
      expect(await options.locator('#opt-notify-token').getAttribute('placeholder')).toBe(
        'Set by your administrator (not shown)',
      );
      expect(await options.content()).not.toContain('tk_policysecret');
    },
  );

  e2e(
    "a consultant's settings-only file from the options page: the extension stays, and shows her name and number",
    async ({ own }) => {
      removePolicy();
      // On her own machine: the options page, as a consultant fills it in, then the Linux file.
      const hers = await own(launch({ port: web.port }));
      let file: string;
      try {
        const options = await hers.context.newPage();
        await options.goto(`chrome-extension://${hers.extensionId}/options.html`);
        await options.locator('#opt-provider').selectOption('aruba');
        await options.locator('#opt-consultant-name').fill('Ferri Consulenza');
        await options.locator('#opt-consultant-phone').fill('333 1234567');
        await options.locator('#opt-clientName').fill('Studio Rossi Srl');
        const [download] = await Promise.all([
          options.waitForEvent('download'),
          options.locator('[data-format="linux"]').click(),
        ]);
        file = readFileSync((await download.path()) as string, 'utf8');
      } finally {
        await hers.close();
      }
      // On the client: the file installed as the page says, the browser started.
      writeFileSync(policyFile, file);
      browser = await own(launch({ port: web.port }));
      const popup = await openPopup(browser);
      await settingsSettled(popup);
      await expect.poll(() => ui(popup).action('open-webmail').textContent()).toBe('Open Aruba webmail');
      await openWebmail(browser, popup);
      await popup.bringToFront();
      await ui(popup).answer('inbox-failed');
      const verdict = ui(popup).verdict('mail-service');
      expect(await verdict.locator('[data-who]').textContent()).toContain('Ferri Consulenza, your consultant');
      expect(await verdict.locator('a[href="tel:+393331234567"]').textContent()).toBe('+39 333 123 4567');
      expect(await verdict.locator('[data-report]').inputValue()).toContain('Client: Studio Rossi Srl');
      // The extension is still there, after a restart too (nothing told the browser to replace it).
      expect(browser.context.serviceWorkers().length).toBe(1);
      await browser.close();
    },
  );
});
