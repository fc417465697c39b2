// The automatic checks and the address finder, against a simulated network: loopback servers that answer,
// refuse, stay silent or are slow, names that do not resolve, and a fake DNS-over-HTTPS resolver.
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { axeViolations } from '../../tools/axe';
import { type Browser, badgeText, launch, openPopup, resetExtension } from '../../tools/chromium';
import { closedPort, startSilentServer, type WebServer } from '../../tools/loopback';
import { e2e } from '../support/fixture';
import { ui } from '../support/pages';

/** Every host the extension may contact by itself (docs/privacy.md). */
const allowedHosts = new Set([
  'www.gstatic.com',
  'www.cloudflare.com',
  'dns.google',
  'cloudflare-dns.com',
  'www.google.com',
  // Globalping's probes on other networks, asked when the user says the webmail, the login or the inbox failed.
  'api.globalping.io',
]);

let web: WebServer;
let silent: { port: number; close: () => void };
let browser: Browser;

e2e.override('network', {
  mx: {
    'studio-rossi.it': ['10 mx.aruba.it.'],
    'pec-studio.it': ['10 mx.pec.aruba.it.'],
    'other-host.it': ['10 mx.example.net.'],
    // Business domains hosted by Aruba: their own MX host (catalogue-audit.md).
    'rossi-srl.it': ['10 mx.rossi-srl.it.'],
    'bianchi-srl.it': ['10 mx.bianchi-srl.it.'],
    // PEC on a customer's subdomain, at Aruba PEC and at Register.it PEC (whose webmail no source gives).
    'pec.verdi-srl.it': ['10 mx.pec.aruba.it.'],
    'pec.neri-srl.it': ['10 server.pec-email.com.'],
    // A Microsoft 365 tenant with DNSSEC: its MX under mx.microsoft.
    'contoso.it': ['0 contoso-it.p-v1.mx.microsoft.'],
    // An Aruba customer recognised only by imap.<domain> CNAME imaps.aruba.it.
    'gialli-srl.it': ['10 mx.gialli-srl.it.'],
  },
  cname: { 'imap.gialli-srl.it': ['imaps.aruba.it.'] },
  txt: { 'rossi-srl.it': ['"v=spf1 include:_spf.aruba.it ~all"'] },
  a: { 'mx.bianchi-srl.it': ['62.149.128.157'] },
  nxdomain: ['mail.tim.it', 'no-such-domain.it'],
  slow: { 'mail.google.com': 700, 'login.virgilio.it': 3000, 'mail.tiscali.it': 5000 },
  incidents: [
    {
      service_name: 'Gmail',
      begin: '2026-11-25T08:00:00+00:00',
      external_desc: 'Some users cannot access Gmail',
      affected_products: [{ title: 'Gmail' }],
    },
  ],
});
e2e.beforeAll(async ({ web: started, own }) => {
  web = started;
  silent = await own(startSilentServer());
  const refused = await closedPort();
  browser = await own(
    launch({
      port: web.port,
      rules: [
        `MAP webmail.aruba.it 127.0.0.1:${refused}`,
        `MAP login.libero.it 127.0.0.1:${silent.port}`,
        'MAP mail.tim.it ~NOTFOUND',
      ],
    }),
  );
});
e2e.beforeEach(async () => {
  await resetExtension(browser);
});

/** Chooses a provider and opens its webmail (the tab may never load: that is the point). */
async function open(providerId: string): Promise<Page> {
  const popup = await openPopup(browser);
  await ui(popup).provider(providerId).check();
  await ui(popup).action('open-webmail').click();
  await popup.bringToFront();
  return popup;
}

const evidence = (popup: Page) => ui(popup).evidence().textContent();

/** What the checks found, offered on the question (never applied by itself while the popup is open). */
const suggestion = (popup: Page) => popup.locator('[data-suggestion]');

/** The popup's heading, to prove the screen did not change under the user. */
const heading = (popup: Page) => ui(popup).heading().textContent();

/** Waits until the background has stored the results of the current run. */
async function checksStored(popup: Page) {
  await expect
    .poll(
      () =>
        popup.evaluate(async () => {
          // biome-ignore lint/suspicious/noExplicitAny: the extension API in the popup page
          const { checks } = await (globalThis as any).chrome.storage.session.get('checks');
          return Boolean(checks?.results);
        }),
      { timeout: 6000 },
    )
    .toBe(true);
}

const historyLength = (popup: Page) =>
  popup.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: the extension API in the popup page
    const { history } = await (globalThis as any).chrome.storage.local.get('history');
    return Array.isArray(history) ? history.length : 0;
  });

describe('automatic checks', () => {
  e2e(
    'the webmail refuses connections while the popup is open → the verdict is offered, never switched to',
    async () => {
      const popup = await open('aruba');
      const question = 'How did it go in the Aruba webmail?';
      expect(await heading(popup)).toBe(question);
      await suggestion(popup).waitFor();
      expect(await suggestion(popup).getAttribute('data-suggestion')).toBe('mail-service');
      expect(await suggestion(popup).textContent()).toContain(
        "Our automatic checks can't open the Aruba webmail (other sites open). If you can see it, answer below.",
      );
      // The button says what pressing it confirms.
      expect(await ui(popup).action('see-verdict').textContent()).toBe("It doesn't open for me either: see what to do");
      // Plain words on the client's screen: no host names, no milliseconds.
      const text = await evidence(popup);
      expect(text).toContain('The internet works: other websites open.');
      expect(text).toContain("The Aruba webmail doesn't respond.");
      expect(text).not.toMatch(/\bms\b|webmail\.aruba\.it|DNS/);
      expect(await heading(popup)).toBe(question);
      expect(await axeViolations(popup)).toEqual([]);
      await expect.poll(() => badgeText(browser)).toBe('?');
      expect(await historyLength(popup)).toBe(0);

      await ui(popup).action('see-verdict').click();
      const verdict = ui(popup).verdict('mail-service');
      await verdict.waitFor();
      expect(await verdict.textContent()).toContain(
        "The Aruba webmail (at webmail.aruba.it) doesn't respond, while other websites do.",
      );
      // The report keeps the technical facts.
      const report = await verdict.locator('[data-report]').inputValue();
      expect(report).toContain('webmail.aruba.it does not answer (connection refused or unreachable).');
      expect(report).toMatch(/Other websites answer \(in \d+ ms\)/);
      await expect.poll(() => badgeText(browser)).toBe('');
      await expect.poll(() => historyLength(popup)).toBe(1);
    },
  );

  e2e(
    'reopened after the checks found the webmail refusing: offered again, never taken (the user has not seen it)',
    async () => {
      const first = await open('aruba');
      await checksStored(first);
      await first.close();
      const popup = await openPopup(browser);
      await suggestion(popup).waitFor();
      expect(await suggestion(popup).getAttribute('data-suggestion')).toBe('mail-service');
      expect(await ui(popup).verdict().count()).toBe(0);
      await expect.poll(() => badgeText(browser)).toBe('?');
      await ui(popup).action('see-verdict').click();
      await ui(popup).verdict('mail-service').waitFor();
      await expect.poll(() => badgeText(browser)).toBe('');
    },
  );

  e2e.each([
    ['libero', 'login.libero.it', 'Libero Mail', 'a server that never answers'],
    ['virgilio', 'login.virgilio.it', 'Virgilio Mail', 'a webmail answering after 3 s'],
    ['tiscali', 'mail.tiscali.it', 'Tiscali Mail', 'a webmail answering after 5 s'],
  ])('%s: %s is slow (%s) → the question stays, no verdict by itself', async (id, host, name) => {
    const popup = await open(id);
    const question = await heading(popup);
    await checksStored(popup);
    await popup.waitForTimeout(600);
    expect(await heading(popup)).toBe(question);
    expect(await suggestion(popup).count()).toBe(0);
    expect(await ui(popup).verdict().count()).toBe(0);
    expect(await evidence(popup)).toContain(`When opened, the ${name} webmail was slow (over 2.5 seconds)`);
    expect(await historyLength(popup)).toBe(0);
    await expect.poll(() => badgeText(browser)).toBe('?');
    // The user saw the login page: the mail program is at fault, and the report records the slowness.
    await ui(popup).answer('works');
    const verdict = ui(popup).verdict('mail-client');
    await verdict.waitFor();
    expect(await verdict.locator('[data-report]').inputValue()).toContain(
      `${host} did not answer within 2.5 seconds (slow, which does not mean down).`,
    );
  });

  e2e('the "do other sites open?" question does not vanish when the checks land', async () => {
    const popup = await open('libero');
    // The webmail never answers: while its tab loads, "the page does not open" waits (a minute at most).
    await popup.locator('[data-question="outcome"][data-tab-loading]').waitFor();
    expect(await ui(popup).answerButton('page-failed').isDisabled()).toBe(true);
    // The user gives up and closes the tab: nothing loads any more, the answer is free.
    await popup.evaluate(async () => {
      // biome-ignore lint/suspicious/noExplicitAny: the extension API in the popup page
      const chrome = (globalThis as any).chrome;
      const { webmailTab } = await chrome.storage.session.get('webmailTab');
      await chrome.tabs.remove(webmailTab.tabId);
    });
    await popup.locator('[data-question="outcome"]:not([data-tab-loading])').waitFor();
    await ui(popup).answer('page-failed');
    await ui(popup).answerButton('internet-works').waitFor();
    await checksStored(popup);
    // Other sites answered: offered, not applied.
    await suggestion(popup).waitFor();
    expect(await ui(popup).answerButton('internet-works').isVisible()).toBe(true);
    expect(await ui(popup).verdict().count()).toBe(0);
  });

  e2e('a webmail name that does not resolve → the service verdict offered; plain words on screen', async () => {
    const popup = await open('tim');
    await suggestion(popup).waitFor();
    expect(await evidence(popup)).toContain("The TIM Mail webmail site can't be found on the internet.");
    await ui(popup).action('see-verdict').click();
    const verdict = ui(popup).verdict('mail-service');
    await verdict.waitFor();
    expect(await verdict.locator('[data-report]').inputValue()).toContain(
      'The name mail.tim.it cannot be found (DNS).',
    );
  });

  e2e(
    'a slow but working webmail → the question is asked; the time is in the report; a Gmail incident is shown',
    async () => {
      const popup = await open('gmail');
      await ui(popup).evidence().waitFor();
      expect(await evidence(popup)).toContain('The Gmail webmail site opens.');
      expect(await ui(popup).answerButton('works').isVisible()).toBe(true);
      expect(await popup.locator('[data-checks] [data-feed-incident]').textContent()).toContain(
        'Some users cannot access Gmail',
      );
      await expect.poll(() => badgeText(browser)).toBe('?');
      await ui(popup).answer('works');
      const report = await popup.locator('[data-report]').inputValue();
      const ms = Number(/mail\.google\.com answers \(in ([\d.,]+) ms\)/.exec(report)?.[1]?.replace(/[.,]/g, ''));
      expect(ms).toBeGreaterThanOrEqual(600);
    },
  );

  e2e(
    'the page did not open, the checks reached the webmail, Google reports an incident: the service at once; the verdict and the report say what the checks saw',
    async () => {
      const popup = await open('gmail');
      await checksStored(popup);
      await ui(popup).answer('page-failed');
      // A known outage (Google's incident): no phone question.
      const verdict = ui(popup).verdict('mail-service');
      await verdict.waitFor();
      const note =
        'From here the Gmail webmail\'s site answers. If you see a maintenance or block page, go back and choose "The page opens, but shows a message".';
      expect(await verdict.locator('[data-conflict]').textContent()).toContain(note);
      expect(await verdict.locator('[data-report]').inputValue()).toContain(`Note: ${note}`);
    },
  );

  e2e('"check again" runs the checks again; an accepted verdict stays on screen', async () => {
    const popup = await open('aruba');
    await ui(popup).action('see-verdict').click();
    await ui(popup).verdict('mail-service').waitFor();
    const before = web.hits.filter((h) => h.startsWith('www.gstatic.com')).length;
    await ui(popup).action('check-again').click();
    await expect.poll(() => web.hits.filter((h) => h.startsWith('www.gstatic.com')).length).toBeGreaterThan(before);
    await ui(popup).verdict('mail-service').locator('[data-checks] [data-evidence]').waitFor();
  });

  e2e(
    'contacts no host but the webmail, the connectivity endpoints, the DNS resolvers, the status feed and Globalping',
    () => {
      // Every GET, and every other method sent from the extension's origin (a POST, a preflight), is counted.
      const hosts = new Set(web.fetches.map((hit) => hit.split('/')[0] as string));
      const webmailHosts = new Set([
        'webmail.aruba.it',
        'login.libero.it',
        'login.virgilio.it',
        'mail.tiscali.it',
        'mail.tim.it',
        'mail.google.com',
      ]);
      const unexpected = [...hosts].filter((host) => !allowedHosts.has(host) && !webmailHosts.has(host));
      expect(unexpected).toEqual([]);
      // The DNS queries name only the webmail hosts (and, in the finder, the typed domain).
      const queried = web.hits
        .filter((h) => /\/(resolve|dns-query)\?/.test(h))
        .map((h) => new URL(`https://${h}`).searchParams.get('name'));
      expect(new Set(queried)).toEqual(webmailHosts);
    },
  );
});

describe('the provider found from the email address', () => {
  let finder: Browser;
  /** How many pages were open once the popup was: a new one would be a webmail opened by mistake. */
  let pagesBefore = 0;
  e2e.beforeAll(async ({ own }) => {
    finder = await own(launch({ port: web.port }));
  });
  e2e.afterAll(async () => {
    await finder?.close();
  });
  e2e.beforeEach(async () => {
    await resetExtension(finder);
  });

  async function find(address: string) {
    const popup = await openPopup(finder);
    pagesBefore = finder.context.pages().length;
    await popup.locator('[data-input="email"]').fill(address);
    await popup.locator('[data-input="email"]').press('Enter');
    await expect
      .poll(() => popup.locator('#picker-status').textContent())
      .not.toMatch(/^(Looking up.*|Press Enter.*)?$/);
    return popup;
  }

  e2e('a custom domain whose MX is Aruba → "Open Aruba webmail" opens webmail.aruba.it', async () => {
    const popup = await find('info@studio-rossi.it');
    expect(await popup.locator('#picker-status').textContent()).toBe('Mail for studio-rossi.it is handled by Aruba.');
    expect(await ui(popup).action('open-webmail').textContent()).toBe('Open Aruba webmail');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('open-webmail');
    const [tab] = await Promise.all([finder.context.waitForEvent('page'), ui(popup).action('open-webmail').click()]);
    expect(tab.url()).toBe('https://webmail.aruba.it/');
  });

  e2e.each([
    ['mario@libero.it', 'libero.it addresses are Libero Mail mailboxes.', 'libero'],
    ['x@hotmail.it', 'hotmail.it addresses are Outlook.com (Hotmail, Live) mailboxes.', 'outlook'],
    ['studio@pec-studio.it', 'Mail for pec-studio.it is handled by Aruba PEC.', 'aruba-pec'],
    ['Mario Rossi <mario@libero.it>', 'libero.it addresses are Libero Mail mailboxes.', 'libero'],
    [
      'info@rossi-srl.it',
      "Mail for rossi-srl.it is handled by Aruba (recognised from its mail settings). If that isn't right, choose yours below.",
      'aruba',
    ],
    [
      'info@bianchi-srl.it',
      "Mail for bianchi-srl.it is handled by Aruba (recognised from its mail settings). If that isn't right, choose yours below.",
      'aruba',
    ],
    ['mario@libero.it.', 'libero.it addresses are Libero Mail mailboxes.', 'libero'],
    ['info@pec.verdi-srl.it', 'Mail for pec.verdi-srl.it is handled by Aruba PEC.', 'aruba-pec'],
    ['it@contoso.it', 'Mail for contoso.it is handled by Microsoft 365.', 'microsoft-365'],
    [
      'info@gialli-srl.it',
      "Mail for gialli-srl.it is handled by Aruba (recognised from its mail settings). If that isn't right, choose yours below.",
      'aruba',
    ],
  ])('%s → %s', async (address, message, providerId) => {
    const popup = await find(address);
    expect(await popup.locator('#picker-status').textContent()).toBe(message);
    expect(await ui(popup).provider(providerId).isChecked()).toBe(true);
  });

  e2e.each([
    ['info@other-host.it', "Mail for other-host.it is handled by a provider we don't list"],
    [
      'info@no-such-domain.it',
      "The domain no-such-domain.it isn't on the internet. If the address is spelled right, the domain may have expired or been suspended: call your consultant now.",
    ],
    ['mario@', 'This is not a complete email address'],
    ['not-an-address', 'Type your email address, or choose your provider in the list.'],
    ['', 'Type your email address, or choose your provider in the list.'],
  ])('%j → says so, nothing is opened or chosen, the list stays to choose from', async (address, message) => {
    const popup = await find(address);
    expect(await popup.locator('#picker-status').textContent()).toContain(message);
    expect(await ui(popup).chosenProvider().count()).toBe(0);
    expect(finder.context.pages()).toHaveLength(pagesBefore);
    if (address.includes('@')) expect(await ui(popup).provider().count()).toBeGreaterThan(20);
    expect(await axeViolations(popup)).toEqual([]);
  });

  e2e('Enter never opens a provider hidden by the filter', async () => {
    const popup = await openPopup(finder);
    pagesBefore = finder.context.pages().length;
    await ui(popup).provider('gmail').check();
    await popup.locator('#provider-search').fill('libero');
    // The visible match is chosen instead of the hidden Gmail; with no match, nothing is.
    const openButton = ui(popup).action('open-webmail');
    await expect.poll(() => openButton.textContent()).toBe('Open Libero Mail webmail');
    await popup.locator('#provider-search').fill('zzzz');
    await expect.poll(() => openButton.textContent()).toBe('Choose your provider first (or type your address)');
    await popup.locator('#provider-search').press('Enter');
    expect(finder.context.pages()).toHaveLength(pagesBefore);
  });

  e2e('a provider nobody lists: the webmail address typed, the check runs to a verdict that names it', async () => {
    const popup = await find('info@other-host.it');
    expect(await popup.locator('#picker-status').textContent()).toContain("a provider we don't list");
    await ui(popup).action('other-provider').click();
    // A guess is shown, never opened by itself.
    expect(await popup.locator('[data-webmail-suggestion]').textContent()).toContain('https://webmail.other-host.it');
    expect(finder.context.pages()).toHaveLength(pagesBefore);
    await popup.locator('[data-input="webmail-url"]').fill('javascript:alert(1)');
    await popup.locator('[data-input="webmail-url"]').press('Enter');
    expect(await popup.locator('#picker-status').textContent()).toContain("That isn't a safe web address");
    await popup.locator('[data-input="webmail-url"]').fill('posta.other-host.it');
    await popup.locator('[data-input="webmail-url"]').press('Enter');
    const open = ui(popup).action('open-webmail');
    await expect.poll(() => open.textContent()).toBe('Open posta.other-host.it webmail');
    const [tab] = await Promise.all([finder.context.waitForEvent('page'), open.click()]);
    expect(tab.url()).toBe('https://posta.other-host.it/');
    await popup.bringToFront();
    await ui(popup).evidence().waitFor();
    await ui(popup).answer('inbox-failed');
    const verdict = ui(popup).verdict('mail-service');
    expect(await verdict.locator('h1').textContent()).toBe(
      'posta.other-host.it mail fails from the webmail too: the problem is in the service, not in your computer.',
    );
    expect(await verdict.locator('[data-report]').inputValue()).toContain(
      'Email provider: posta.other-host.it (https://posta.other-host.it/)',
    );
    // Kept for next time, first in the list, with its host; and it can be forgotten.
    await ui(popup).action('restart').click();
    const again = await openPopup(finder);
    expect(await ui(again).provider().first().getAttribute('data-provider')).toBe('own-webmail');
    await ui(again).action('remove-own-provider').click();
    await expect.poll(() => ui(again).provider('own-webmail').count()).toBe(0);
  });

  e2e(
    'a known PEC service whose webmail nobody lists: named, asked for its webmail, checked to a verdict',
    async () => {
      const popup = await find('info@pec.neri-srl.it');
      expect(await popup.locator('#picker-status').textContent()).toBe(
        "Mail for pec.neri-srl.it is handled by Register.it PEC, but we don't know the address of its webmail: type below the one you use to read mail in the browser.",
      );
      // Said as the next step, not as a failure; no guess from the customer's domain (webmail.pec.neri-srl.it).
      expect(await popup.locator('#picker-status').getAttribute('class')).toBe('muted');
      // The only hint is whom to ask for the address (the consultant, or whoever set up the mail).
      expect(await popup.locator('[data-webmail-suggestion]').count()).toBe(0);
      // The box for the address is open and has the focus; nothing was opened or chosen.
      const box = popup.locator('[data-input="webmail-url"]');
      await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await ui(popup).chosenProvider().count()).toBe(0);
      expect(finder.context.pages()).toHaveLength(pagesBefore);
      expect(await axeViolations(popup)).toEqual([]);
      await box.fill('webmail.pec-email.com');
      await box.press('Enter');
      const open = ui(popup).action('open-webmail');
      await expect.poll(() => open.textContent()).toBe('Open Register.it PEC webmail');
      const [tab] = await Promise.all([finder.context.waitForEvent('page'), open.click()]);
      expect(tab.url()).toBe('https://webmail.pec-email.com/');
      await popup.bringToFront();
      await ui(popup).answer('inbox-failed');
      const verdict = ui(popup).verdict('mail-service');
      expect(await verdict.locator('[data-report]').inputValue()).toContain(
        'Email provider: Register.it PEC (https://webmail.pec-email.com/)',
      );
    },
  );

  e2e('shows a Unicode domain as typed, not in its xn-- form', async () => {
    const popup = await find('info@caffè.it');
    expect(await popup.locator('#picker-status').textContent()).toContain('caffè.it');
    expect(await popup.locator('#picker-status').textContent()).not.toContain('xn--');
  });
});

describe('no internet at all', () => {
  e2e('→ the internet verdict without asking; the finder says the lookup failed', async ({ own }) => {
    const offline = await own(
      launch({
        port: web.port,
        lang: 'it',
        rules: ['www.gstatic.com', 'www.cloudflare.com', 'dns.google', 'cloudflare-dns.com', 'webmail.aruba.it'].map(
          (host) => `MAP ${host} ~NOTFOUND`,
        ),
      }),
    );
    try {
      const popup = await openPopup(offline);
      await popup.locator('[data-input="email"]').fill('info@studio-rossi.it');
      await popup.locator('[data-input="email"]').press('Enter');
      await expect
        .poll(() => popup.locator('#picker-status').textContent())
        .toBe(
          'Non siamo riusciti a cercare studio-rossi.it (nessuna risposta da internet): scegli il fornitore qui sotto.',
        );
      await ui(popup).provider('aruba').check();
      await Promise.all([offline.context.waitForEvent('page'), ui(popup).action('open-webmail').click()]);
      await popup.bringToFront();
      await suggestion(popup).waitFor();
      expect(await suggestion(popup).textContent()).toContain(
        'I controlli automatici dicono che da questo computer non si apre nessun sito.',
      );
      await ui(popup).action('see-verdict').click();
      const verdict = ui(popup).verdict('internet');
      await verdict.waitFor();
      expect(await verdict.locator('h1').textContent()).toBe(
        'La connessione a internet non funziona. Il problema non è la posta.',
      );
      expect(await evidence(popup)).toContain('Da questo computer non risponde nessun sito.');
      expect(await axeViolations(popup)).toEqual([]);
    } finally {
      await offline.close();
    }
  });

  e2e('the browser knows it is offline: the first screen says so', async ({ own }) => {
    const offline = await own(launch({ port: web.port, lang: 'it' }));
    try {
      await offline.context.setOffline(true);
      const popup = await openPopup(offline);
      expect(await popup.locator('[data-offline]').textContent()).toBe(
        'Questo computer sembra senza connessione: controlla prima il cavo di rete o il Wi-Fi.',
      );
      await offline.context.setOffline(false);
      await popup.locator('[data-offline]').waitFor({ state: 'detached' });
    } finally {
      await offline.close();
    }
  });
});
