// The automatic checks and the address finder, against a simulated network: loopback servers that answer,
// refuse, stay silent or are slow, names that do not resolve, and a fake DNS-over-HTTPS resolver.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  axeViolations,
  type Browser,
  badgeText,
  closedPort,
  launch,
  openPopup,
  resetExtension,
  startSilentServer,
  startWebServer,
  type WebServer,
} from './harness';

/** Every host the extension may contact by itself (README, "Permissions and privacy"). */
const allowedHosts = new Set([
  'www.gstatic.com',
  'www.cloudflare.com',
  'dns.google',
  'cloudflare-dns.com',
  'www.google.com',
]);

let web: WebServer;
let silent: { port: number; close: () => void };
let browser: Browser;

beforeAll(async () => {
  web = await startWebServer({
    mx: {
      'studio-rossi.it': ['10 mx.aruba.it.'],
      'pec-studio.it': ['10 mx.pec.aruba.it.'],
      'other-host.it': ['10 mx.example.net.'],
    },
    nxdomain: ['mail.tim.it', 'no-such-domain.it'],
    slow: { 'mail.google.com': 700 },
    incidents: [
      {
        service_name: 'Gmail',
        begin: '2026-11-25T08:00:00+00:00',
        external_desc: 'Some users cannot access Gmail',
        affected_products: [{ title: 'Gmail' }],
      },
    ],
  });
  silent = await startSilentServer();
  const refused = await closedPort();
  browser = await launch({
    port: web.port,
    rules: [
      `MAP webmail.aruba.it 127.0.0.1:${refused}`,
      `MAP login.libero.it 127.0.0.1:${silent.port}`,
      'MAP mail.tim.it ~NOTFOUND',
    ],
  });
});
afterAll(async () => {
  await browser?.close();
  web.close();
  silent.close();
});
beforeEach(async () => {
  await resetExtension(browser);
});

/** Chooses a provider and opens its webmail (the tab may never load: that is the point). */
async function open(providerId: string): Promise<Page> {
  const popup = await openPopup(browser);
  await popup.locator(`[data-provider="${providerId}"]`).check();
  await popup.locator('[data-action="open-webmail"]').click();
  await popup.bringToFront();
  return popup;
}

const evidence = (popup: Page) => popup.locator('.checks ul.evidence').innerText();

describe('automatic checks', () => {
  it('only the webmail down (connection refused) → mail-service with the evidence, without asking', async () => {
    const popup = await open('aruba');
    const verdict = popup.locator('[data-verdict="mail-service"]');
    await verdict.waitFor();
    const text = await evidence(popup);
    expect(text).toMatch(/Other websites answer \(in \d+ ms\)/);
    expect(text).toContain('webmail.aruba.it does not answer (connection refused or unreachable).');
    expect(await verdict.textContent()).toContain(
      'The Aruba webmail (webmail.aruba.it) does not answer, while other websites do.',
    );
    expect(await popup.locator('[data-outcome]').count()).toBe(0);
    await expect.poll(() => badgeText(browser)).toBe('');
    expect(await axeViolations(popup)).toEqual([]);
  });

  it('a silent webmail server times out → mail-service, within 3 s', async () => {
    const popup = await open('libero');
    await popup.locator('[data-verdict="mail-service"]').waitFor({ timeout: 5000 });
    expect(await evidence(popup)).toContain('login.libero.it does not answer (no reply within 2.5 seconds).');
  });

  it('a webmail name that does not resolve → mail-service, "cannot be found (DNS)"', async () => {
    const popup = await open('tim');
    await popup.locator('[data-verdict="mail-service"]').waitFor();
    expect(await evidence(popup)).toContain('The name mail.tim.it cannot be found (DNS).');
  });

  it('a slow but working webmail → the question is asked, with its time; a Gmail incident is shown', async () => {
    const popup = await open('gmail');
    await popup.locator('.checks ul.evidence').waitFor();
    const text = await evidence(popup);
    const ms = Number(/mail\.google\.com answers \(in ([\d.,]+) ms\)/.exec(text)?.[1]?.replace(/[.,]/g, ''));
    expect(ms).toBeGreaterThanOrEqual(600);
    expect(await popup.locator('[data-outcome="works"]').isVisible()).toBe(true);
    expect(await popup.locator('.checks .incident').textContent()).toContain('Some users cannot access Gmail');
    await expect.poll(() => badgeText(browser)).toBe('?');
  });

  it('"check again" runs the checks again', async () => {
    const popup = await open('aruba');
    await popup.locator('[data-verdict="mail-service"]').waitFor();
    const before = web.hits.filter((h) => h.startsWith('www.gstatic.com')).length;
    await popup.locator('[data-action="check-again"]').click();
    await expect.poll(() => web.hits.filter((h) => h.startsWith('www.gstatic.com')).length).toBeGreaterThan(before);
    await popup.locator('[data-verdict="mail-service"] .checks ul.evidence').waitFor();
  });

  it('contacts no host but the webmail, the connectivity endpoints, the DNS resolvers and the status feed', () => {
    // The extension only ever GETs; the browser's own background requests (update checks, accounts) are POSTs.
    const hosts = new Set(web.fetches.map((hit) => hit.split('/')[0] as string));
    const webmailHosts = new Set(['webmail.aruba.it', 'login.libero.it', 'mail.tim.it', 'mail.google.com']);
    const unexpected = [...hosts].filter((host) => !allowedHosts.has(host) && !webmailHosts.has(host));
    expect(unexpected).toEqual([]);
    // The DNS queries name only the webmail hosts (and, in the finder, the typed domain).
    const queried = web.hits
      .filter((h) => /\/(resolve|dns-query)\?/.test(h))
      .map((h) => new URL(`https://${h}`).searchParams.get('name'));
    expect(new Set(queried)).toEqual(
      new Set(['webmail.aruba.it', 'login.libero.it', 'mail.tim.it', 'mail.google.com']),
    );
  });
});

describe('the provider found from the email address', () => {
  let finder: Browser;
  beforeAll(async () => {
    finder = await launch({ port: web.port });
  });
  afterAll(async () => {
    await finder?.close();
  });
  beforeEach(async () => {
    await resetExtension(finder);
  });

  async function find(address: string) {
    const popup = await openPopup(finder);
    await popup.locator('[data-input="email"]').fill(address);
    await popup.locator('[data-input="email"]').press('Enter');
    await expect.poll(() => popup.locator('#email-result').textContent()).not.toMatch(/^(Looking up.*)?$/);
    return popup;
  }

  it('a custom domain whose MX is Aruba → "Open Aruba webmail" opens webmail.aruba.it', async () => {
    const popup = await find('info@studio-rossi.it');
    expect(await popup.locator('#email-result').textContent()).toBe(
      'Mail for studio-rossi.it is handled by Aruba (mx.aruba.it).',
    );
    expect(await popup.locator('[data-action="open-webmail"]').textContent()).toBe('Open Aruba webmail');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('open-webmail');
    const [tab] = await Promise.all([
      finder.context.waitForEvent('page'),
      popup.locator('[data-action="open-webmail"]').click(),
    ]);
    expect(tab.url()).toBe('https://webmail.aruba.it/');
  });

  it.each([
    ['mario@libero.it', 'libero.it addresses are Libero Mail mailboxes.', 'libero'],
    ['x@hotmail.it', 'hotmail.it addresses are Outlook.com (Hotmail, Live) mailboxes.', 'outlook'],
    ['studio@pec-studio.it', 'Mail for pec-studio.it is handled by Aruba PEC (mx.pec.aruba.it).', 'aruba-pec'],
  ])('%s → %s', async (address, message, providerId) => {
    const popup = await find(address);
    expect(await popup.locator('#email-result').textContent()).toBe(message);
    expect(await popup.locator(`[data-provider="${providerId}"]`).isChecked()).toBe(true);
  });

  it.each([
    ['info@other-host.it', 'Your mail is handled by mx.example.net, which is not in our list'],
    ['info@no-such-domain.it', 'The domain no-such-domain.it does not exist: check the address.'],
    ['not-an-address', 'This is not a complete email address'],
    ['', 'Type your email address first.'],
  ])('%j → says so and leaves the picker as it was', async (address, message) => {
    const popup = await find(address);
    expect(await popup.locator('#email-result').textContent()).toContain(message);
    expect(await popup.locator('[data-provider="aruba"]').isChecked()).toBe(true);
    expect(await axeViolations(popup)).toEqual([]);
  });
});

describe('no internet at all', () => {
  it('→ the internet verdict without asking; the finder says the lookup failed', async () => {
    const offline = await launch({
      port: web.port,
      lang: 'it',
      rules: ['www.gstatic.com', 'www.cloudflare.com', 'dns.google', 'cloudflare-dns.com', 'webmail.aruba.it'].map(
        (host) => `MAP ${host} ~NOTFOUND`,
      ),
    });
    try {
      const popup = await openPopup(offline);
      await popup.locator('[data-input="email"]').fill('info@studio-rossi.it');
      await popup.locator('[data-input="email"]').press('Enter');
      await expect
        .poll(() => popup.locator('#email-result').textContent())
        .toBe(
          'Non è stato possibile cercare studio-rossi.it (nessuna risposta da internet): scegli il gestore qui sotto.',
        );
      await Promise.all([offline.context.waitForEvent('page'), popup.locator('[data-action="open-webmail"]').click()]);
      await popup.bringToFront();
      const verdict = popup.locator('[data-verdict="internet"]');
      await verdict.waitFor();
      expect(await verdict.locator('h1').textContent()).toBe(
        'La connessione a internet non funziona. Il problema non è la posta.',
      );
      expect(await evidence(popup)).toContain('Nessun sito risponde, nemmeno i siti di prova.');
      expect(await axeViolations(popup)).toEqual([]);
    } finally {
      await offline.close();
    }
  });
});
