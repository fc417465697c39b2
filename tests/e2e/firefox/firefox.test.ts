// The production Firefox build in Debian's firefox-esr, driven over WebDriver BiDi (puppeteer-core): the triage flow to each verdict
// in both languages, resume after the popup closes, the badge, a policy (managed storage), the automatic checks with
// the internet down and with only the webmail down, the address finder (DNS over HTTPS through the proxy) and the
// options page. Scenarios shared with the Chromium suite.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  blankPage,
  canWriteFirefoxPolicy,
  click,
  closeOtherTabs,
  evaluate,
  type Firefox,
  firefoxPath,
  type LoopbackProxy,
  launchFirefox,
  nextTabUrl,
  openPage,
  removeFirefoxPolicy,
  startProxy,
  tabMark,
  text as textOf,
  waitFor,
} from '../../../tools/firefox';
import { type NotifyReceiver, startNotifyReceiver, startWebServer, type WebServer } from '../../../tools/harness';
import { paths, text } from '../scenarios';
import {
  finderCases,
  type PopupDriver,
  playFinder,
  playOptionsChannel,
  playSituation,
  playUnknownWebmail,
  situations,
  situationZone,
} from '../situations';

const available = firefoxPath() !== undefined;
if (!available)
  console.warn('Firefox tests skipped: firefox-esr not found (apt-get install firefox-esr, or FIREFOX_PATH)');

let web: WebServer;
let held: WebServer;
let proxy: LoopbackProxy;
beforeAll(async () => {
  if (!available) return;
  web = await startWebServer({
    // For the address finder: an Aruba-hosted business domain (own MX, Aruba's SPF) and PEC on a customer's
    // subdomain at Register.it PEC, whose webmail no source gives.
    mx: { ...situationZone.mx, 'pec.neri-srl.it': ['10 server.pec-email.com.'] },
    txt: situationZone.txt,
    cname: situationZone.cname,
    nxdomain: situationZone.nxdomain,
  });
  // The probes held: the checks cannot tell, so the user is asked whether other sites open.
  held = await startWebServer({ holdProbes: true });
  proxy = await startProxy(web.port);
});
afterAll(() => {
  proxy?.close();
  web?.close();
  held?.close();
});

/** A fresh start: storage cleared, the network back up, the extra tabs closed, the popup open. */
async function reset(firefox: Firefox) {
  proxy.down.clear();
  proxy.target.port = web.port;
  proxy.dropConnections();
  await openPage(firefox, 'popup.html');
  await evaluate(firefox, 'Promise.all([browser.storage.session.clear(), browser.storage.local.clear()])');
  await closeOtherTabs(firefox);
  await openPage(firefox, 'popup.html');
  await waitFor(firefox, `document.querySelector('[data-action="open-webmail"]')`);
}

/** Chooses Aruba and opens its webmail; returns the webmail tab's address. */
async function openAruba(firefox: Firefox): Promise<string> {
  await click(firefox, '[data-provider="aruba"]');
  const since = tabMark(firefox);
  await click(firefox, '[data-action="open-webmail"]');
  return nextTabUrl(firefox, since);
}

const badge = (firefox: Firefox) => evaluate<string>(firefox, 'browser.action.getBadgeText({})');

describe.skipIf(!available).each(['en', 'it'] as const)('Firefox, in %s', (lang) => {
  const t = text[lang];
  let firefox: Firefox;
  beforeAll(async () => {
    firefox = await launchFirefox({ proxyPort: proxy.port, lang });
  });
  afterAll(async () => {
    await firefox?.close();
  });
  beforeEach(async () => {
    await reset(firefox);
  });

  it('opens the webmail, resumes after the popup closes, shows the badge until the verdict', async () => {
    expect(await textOf(firefox, '[data-action="open-webmail"]')).toBe(t.choose);
    expect(await openAruba(firefox)).toBe('https://webmail.aruba.it/');
    await waitFor(firefox, `browser.action.getBadgeText({}).then((b) => b === '?')`);
    // The popup closes when the tab opens: reopened, it continues where the user left.
    await blankPage(firefox);
    await openPage(firefox, 'popup.html');
    await waitFor(firefox, `document.querySelector('[data-outcome]')`);
    expect(await textOf(firefox, 'h1')).toBe(t.outcome);
    await click(firefox, '[data-outcome="works"]');
    await waitFor(firefox, `document.querySelector('[data-verdict="mail-client"]')`);
    expect(await textOf(firefox, '[data-verdict] h1')).toBe(t.verdicts['mail-client']);
    await waitFor(firefox, `browser.action.getBadgeText({}).then((b) => b === '')`);
  });

  it.each(paths)('network %s, answers %j → %s', async (network, answers, verdictId) => {
    proxy.target.port = network === 'up' ? web.port : held.port;
    proxy.dropConnections();
    await openAruba(firefox);
    if (network === 'up') await waitFor(firefox, `document.querySelector('[data-checks] [data-evidence]')`);
    for (const answer of answers) await click(firefox, `[data-outcome="${answer}"]`);
    await waitFor(firefox, `document.querySelector('[data-verdict="${verdictId}"]')`);
    expect(await textOf(firefox, '[data-verdict] h1')).toBe(t.verdicts[verdictId]);
    expect(await textOf(firefox, '[data-verdict] [data-report-for] h2')).toBe(t.reportFor[verdictId]);
    expect(await badge(firefox)).toBe('');
  });
});

/** Types into a box as a user would (the page sees an input event). */
async function typeInto(firefox: Firefox, selector: string, value: string): Promise<void> {
  await evaluate(
    firefox,
    `(() => { const input = document.querySelector(${JSON.stringify(selector)}); input.value = ${JSON.stringify(value)};
      input.dispatchEvent(new Event('input', { bubbles: true })); return true; })()`,
  );
}

/** The popup of a Firefox profile, as a driver for the shared field situations. */
function firefoxDriver(firefox: Firefox): PopupDriver {
  const q = (selector: string) => `document.querySelector(${JSON.stringify(selector)})`;
  return {
    async start(settings) {
      await reset(firefox);
      if (settings) {
        await evaluate(
          firefox,
          `browser.storage.local.set({ settings: ${JSON.stringify(settings)} }).then(() => true)`,
        );
        // The background validates them into the copy the popup paints from.
        await waitFor(
          firefox,
          `browser.storage.local.get('settingsCache').then(({ settingsCache }) => ${JSON.stringify(Object.keys(settings))}.every((k) => JSON.stringify(settingsCache?.settings ?? {}).includes('"' + k + '"')))`,
        );
        await openPage(firefox, 'popup.html');
      }
      await waitFor(firefox, q('[data-action="open-webmail"]'));
    },
    click: (selector) => click(firefox, selector),
    type: (selector, value) => typeInto(firefox, selector, value),
    waitFor: (selector) => waitFor(firefox, q(selector)).then(() => undefined),
    text: (selector) => textOf(firefox, selector),
    attribute: (selector, name) =>
      evaluate<string | null>(firefox, `${q(selector)}?.getAttribute(${JSON.stringify(name)}) ?? null`),
    async reopen() {
      await blankPage(firefox);
      await openPage(firefox, 'popup.html');
    },
    openOptions: () => openPage(firefox, 'options.html'),
    select: async (selector, value) => {
      await evaluate(
        firefox,
        `(() => { const select = ${q(selector)}; select.value = ${JSON.stringify(value)};
          select.dispatchEvent(new Event('change', { bubbles: true })); return true; })()`,
      );
    },
    storedSettings: () =>
      evaluate<Record<string, unknown> | undefined>(
        firefox,
        `browser.storage.local.get('settings').then((r) => r.settings ?? null)`,
      ).then((settings) => settings ?? undefined),
  };
}

describe.skipIf(!available).each(['en', 'it'] as const)('Firefox: the field situations, in %s', (lang) => {
  let firefox: Firefox;
  beforeAll(async () => {
    firefox = await launchFirefox({ proxyPort: proxy.port, lang });
  });
  afterAll(async () => {
    await firefox?.close();
  });

  it.each(situations.map((s) => [s.name, s] as const))('%s', async (_, situation) => {
    await playSituation(firefoxDriver(firefox), situation, lang);
  });

  it('an unlisted provider, its webmail unknown: whom to ask, with the contact', async () => {
    await playUnknownWebmail(firefoxDriver(firefox), lang);
  });

  it.each(finderCases.map((f) => [f.name, f] as const))('the finder: %s', async (_, finding) => {
    await playFinder(firefoxDriver(firefox), finding, lang);
  });

  it("the options page: the consultant's channel, a wrong token named, a right one saved, auto never saved", async () => {
    await playOptionsChannel(firefoxDriver(firefox), lang);
  });
});

describe.skipIf(!available)('Firefox: the sidebar beside the webmail', () => {
  let firefox: Firefox;
  beforeAll(async () => {
    firefox = await launchFirefox({ proxyPort: proxy.port });
  });
  afterAll(async () => {
    await firefox?.close();
  });
  beforeEach(async () => {
    await reset(firefox);
  });

  it('the popup click opens the sidebar; its page resumes the question and reaches the verdict and report', async () => {
    expect(await textOf(firefox, '#open-webmail-hint')).toContain('A panel with the questions opens');
    await openAruba(firefox);
    // Opened inside the click (a user gesture), beside the webmail tab.
    await waitFor(firefox, 'browser.sidebarAction.isOpen({})');
    // The sidebar's page, driven through the public hooks (BiDi does not reach the sidebar itself).
    await openPage(firefox, 'sidepanel.html');
    expect(await evaluate(firefox, 'location.pathname')).toBe('/sidepanel.html');
    await click(firefox, '[data-outcome="inbox-failed"]');
    await waitFor(firefox, `document.querySelector('[data-verdict="mail-service"] [data-report]')`);
    await openPage(firefox, 'popup.html');
    await waitFor(firefox, `document.querySelector('[data-verdict="mail-service"]')`);
  });
});

describe.skipIf(!available)('Firefox: the automatic checks and the options page', () => {
  let firefox: Firefox;
  beforeAll(async () => {
    firefox = await launchFirefox({ proxyPort: proxy.port });
  });
  afterAll(async () => {
    await firefox?.close();
  });
  beforeEach(async () => {
    await reset(firefox);
  });

  it.each([
    ['the internet down', '*', 'internet', '[data-checks] [data-evidence]', 'No website answers from this computer.'],
    [
      'only the webmail down',
      'webmail.aruba.it',
      'mail-service',
      '[data-verdict] [data-checks]',
      'The internet works: other websites open.',
    ],
  ])('%s: the verdict is offered, then shown', async (_, host, verdict, where, evidence) => {
    proxy.down.add(host);
    proxy.dropConnections();
    await click(firefox, '[data-provider="aruba"]');
    await click(firefox, '[data-action="open-webmail"]');
    await waitFor(firefox, `document.querySelector('[data-suggestion="${verdict}"]')`);
    await click(firefox, '[data-action="see-verdict"]');
    await waitFor(firefox, `document.querySelector('[data-verdict="${verdict}"]')`);
    expect(await textOf(firefox, where)).toContain(evidence);
  });

  const type = (selector: string, value: string) => typeInto(firefox, selector, value);
  const status = () => textOf(firefox, '#picker-status');

  it('the address finder: an Aruba-hosted domain from its SPF; a PEC service without a known webmail asks for it', async () => {
    await type('[data-input="email"]', 'info@rossi-srl.it');
    await click(firefox, '[data-action="find-provider"]');
    await waitFor(firefox, `document.querySelector('#picker-status').textContent.includes('Aruba')`);
    expect(await status()).toContain('Mail for rossi-srl.it is handled by Aruba (recognised from its mail settings)');
    expect(await evaluate(firefox, `document.querySelector('[data-provider="aruba"]').checked`)).toBe(true);

    await type('[data-input="email"]', 'info@pec.neri-srl.it');
    await click(firefox, '[data-action="find-provider"]');
    await waitFor(firefox, `document.querySelector('[data-input="webmail-url"]')`);
    expect(await status()).toContain("handled by Register.it PEC, but we don't know the address of its webmail");
    await type('[data-input="webmail-url"]', 'webmail.pec-email.com');
    await click(firefox, '[data-action="add-own-provider"]');
    await waitFor(
      firefox,
      `document.querySelector('[data-action="open-webmail"]').textContent === 'Open Register.it PEC webmail'`,
    );
  });

  it('the options page saves the settings, and the popup uses them', async () => {
    await openPage(firefox, 'options.html');
    await waitFor(firefox, `document.querySelector('#opt-consultant-name')`);
    await evaluate(
      firefox,
      `(() => { const input = document.querySelector('#opt-consultant-name'); input.value = 'Studio Bianchi';
        input.dispatchEvent(new Event('input', { bubbles: true })); return true; })()`,
    );
    await click(firefox, '[data-action="save-settings"]');
    await waitFor(firefox, `document.querySelector('[data-status]').textContent === 'Saved.'`);
    await openPage(firefox, 'popup.html');
    await openAruba(firefox);
    await click(firefox, '[data-outcome="inbox-failed"]');
    await waitFor(firefox, `document.querySelector('[data-verdict="mail-service"] [data-who]')`);
    expect(await textOf(firefox, '[data-verdict] [data-who]')).toContain('Studio Bianchi, your consultant');
  });
});

describe.skipIf(!available || !canWriteFirefoxPolicy())('Firefox: a policy (managed storage)', () => {
  afterAll(() => removeFirefoxPolicy());

  it('presets the provider and names the consultant; the options page marks the policy fields', async () => {
    const firefox = await launchFirefox({
      proxyPort: proxy.port,
      policy: {
        provider: 'libero',
        consultant: { name: 'Studio Bianchi', phone: '055 123456' },
      },
    });
    try {
      await openPage(firefox, 'popup.html');
      await waitFor(
        firefox,
        `document.querySelector('[data-action="open-webmail"]')?.textContent === 'Open Libero Mail webmail'`,
      );
      const since = tabMark(firefox);
      await click(firefox, '[data-action="open-webmail"]');
      expect(await nextTabUrl(firefox, since)).toBe('https://login.libero.it/');
      await click(firefox, '[data-outcome="inbox-failed"]');
      await waitFor(firefox, `document.querySelector('[data-verdict="mail-service"] [data-who]')`);
      expect(await textOf(firefox, '[data-verdict] [data-who]')).toContain('Studio Bianchi, your consultant');
      // Written without +39, as Italians write it: the link reaches Italy.
      expect(
        await evaluate(firefox, `document.querySelector('[data-contact] a[href^="tel:"]').getAttribute('href')`),
      ).toBe('tel:+39055123456');
      await openPage(firefox, 'options.html');
      await waitFor(firefox, `document.querySelector('#opt-consultant-name')?.disabled === true`);
      expect(await textOf(firefox, '[data-field="opt-consultant-name"] .managed')).toBe('Set by your administrator');
    } finally {
      await firefox.close();
      removeFirefoxPolicy();
    }
  });
});

describe.skipIf(!available)('Firefox: the consultant’s channel', () => {
  let firefox: Firefox;
  let receiver: NotifyReceiver;
  beforeAll(async () => {
    receiver = await startNotifyReceiver();
    proxy.routes.set('ntfy.sh', receiver.port);
    firefox = await launchFirefox({ proxyPort: proxy.port, lang: 'it' });
  });
  afterAll(async () => {
    await firefox?.close();
    proxy.routes.delete('ntfy.sh');
    receiver?.close();
  });

  it('the account verdict sends what was previewed to ntfy, once; a 503 waits with its reason, "try again now" delivers it', async () => {
    const driver = firefoxDriver(firefox);
    await driver.start({
      provider: 'aruba',
      clientName: 'Rossi Srl',
      consultant: { name: 'Studio Bianchi', phone: '055 123456' },
      notify: { kind: 'ntfy', url: 'https://ntfy.sh/studio-bianchi-posta' },
    });
    await openAruba(firefox);
    await driver.reopen();
    for (const answer of ['login-failed', 'password-sure']) {
      await driver.waitFor(`[data-outcome="${answer}"]`);
      await driver.click(`[data-outcome="${answer}"]`);
    }
    await driver.waitFor('[data-verdict="account"] [data-check-code]');
    const code = await driver.attribute('[data-check-code]', 'data-check-code');
    receiver.failNext('ntfy.sh', 503);
    await driver.click('[data-action="notify-consultant"]');
    await driver.waitFor('[data-notify-text]');
    const preview = await evaluate<string>(firefox, `document.querySelector('[data-notify-text]').value`);
    await driver.click('[data-action="confirm-notify"]');
    await driver.waitFor('[data-notify-status="waiting"]');
    expect(await driver.text('[data-notify-status="waiting"]')).toContain("ntfy.sh ha risposto con l'errore 503");
    await driver.click('[data-action="retry-notify"]');
    await driver.waitFor('[data-notify-status="sent"]');
    expect(await driver.text('[data-notify-status="sent"]')).toContain(code ?? 'WF-');
    expect(receiver.received.map((r) => r.status)).toEqual([503, 200]);
    const delivered = receiver.received[1];
    const title = /^=\?UTF-8\?B\?(.+)\?=$/.exec(String(delivered?.headers.title ?? ''));
    expect(`${Buffer.from(title?.[1] ?? '', 'base64').toString('utf8')}\n\n${delivered?.body}`).toBe(preview);
    expect(String(delivered?.headers.origin)).toMatch(/^moz-extension:\/\//);
    expect(delivered?.headers.cookie).toBeUndefined();
  });
});
