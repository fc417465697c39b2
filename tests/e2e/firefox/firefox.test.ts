// The production Firefox build in Debian's firefox-esr, driven over WebDriver BiDi (puppeteer-core, tools/firefox.ts):
// the scenarios both engines play (tests/e2e/scenarios.ts, situations.ts: every path of the rule, the first check,
// the field situations, the finder, the options page, the channel) in both languages, and what is Firefox's own: the
// sidebar, a policy in Firefox's policies.json, the automatic checks with the internet or only the webmail down (the
// proxy takes hosts down).
import { describe, expect } from 'vitest';
import {
  canWriteFirefoxPolicy,
  click,
  clickToolbarButton,
  closeActionPopup,
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
import { type GlobalpingFake, startGlobalpingFake } from '../../../tools/globalping-fake';
import { type NotifyReceiver, startNotifyReceiver, startWebServer, type WebServer } from '../../../tools/loopback';
import { firefoxDriver, resetFirefox } from '../../support/firefox';
import { e2e } from '../../support/fixture';
import { hook } from '../../support/pages';
import {
  fieldRoundThree,
  fieldScenarios,
  neighbourScenarios,
  pathScenarios,
  servicesInBetween,
  slowLine,
} from '../both-engines';
import { notices } from '../field-three';
import { playNotifyNotDelivered, playNotifyRetryNow } from '../scenarios';
import { situationZone } from '../situations';

const available = firefoxPath() !== undefined;
if (!available)
  console.warn('Firefox tests skipped: firefox-esr not found (apt-get install firefox-esr, or FIREFOX_PATH)');

let web: WebServer;
let held: WebServer;
let slow: WebServer;
let proxy: LoopbackProxy;
// The DNS zone of the shared scenarios (the address finder's domains).
e2e.override('network', situationZone);
e2e.beforeAll(async ({ web: started, own }) => {
  if (!available) return;
  web = started;
  // The probes held: the checks cannot tell, so the user is asked whether other sites open.
  held = await own(startWebServer({ holdProbes: true }));
  // A slow line: every site, the DNS and the webmail answer after 20 s.
  slow = await own(startWebServer({ slow: slowLine }));
  proxy = await own(startProxy(web.port));
});

/** A fresh start on the network that works. */
const reset = (firefox: Firefox) => resetFirefox(firefox, proxy, web.port);

/** Chooses Aruba and opens its webmail; returns the webmail tab's address. */
async function openAruba(firefox: Firefox): Promise<string> {
  await click(firefox, hook.provider('aruba'));
  const since = tabMark(firefox);
  await click(firefox, hook.action('open-webmail'));
  return nextTabUrl(firefox, since);
}

describe.skipIf(!available).each(['en', 'it'] as const)('Firefox, in %s', (lang) => {
  let firefox: Firefox;
  e2e.beforeAll(async ({ own }) => {
    firefox = await own(launchFirefox({ proxyPort: proxy.port, lang }));
  });
  e2e.afterAll(async () => {
    await firefox?.close();
  });

  pathScenarios(lang, (network) => firefoxDriver(firefox, proxy, network === 'up' ? web.port : held.port));
  fieldScenarios(lang, () => firefoxDriver(firefox, proxy, web.port));
  fieldRoundThree(
    lang,
    () => firefoxDriver(firefox, proxy, web.port),
    () => firefoxDriver(firefox, proxy, slow.port),
    () => ({ web, slow }),
  );
  servicesInBetween(
    lang,
    () => firefoxDriver(firefox, proxy, web.port),
    () => firefoxDriver(firefox, proxy, web.port),
  );
});

describe.skipIf(!available)('Firefox: the sidebar beside the webmail', () => {
  let firefox: Firefox;
  e2e.beforeAll(async ({ own }) => {
    firefox = await own(launchFirefox({ proxyPort: proxy.port }));
  });
  e2e.afterAll(async () => {
    await firefox?.close();
  });
  e2e.beforeEach(async () => {
    await reset(firefox);
  });

  e2e(
    'the popup click opens the sidebar; its page resumes the question and reaches the verdict and report',
    async () => {
      expect(await textOf(firefox, '#open-webmail-hint')).toContain('A panel with the questions opens');
      await openAruba(firefox);
      // Opened inside the click (a user gesture), beside the webmail tab.
      await waitFor(firefox, 'browser.sidebarAction.isOpen({})');
      // The sidebar's page, driven through the public hooks (BiDi does not reach the sidebar itself).
      await openPage(firefox, 'sidepanel.html');
      expect(await evaluate(firefox, 'location.pathname')).toBe('/sidepanel.html');
      await click(firefox, hook.answer('inbox-failed'));
      await waitFor(firefox, `document.querySelector('${hook.verdict('mail-service')} [data-report]')`);
      await openPage(firefox, 'popup.html');
      await waitFor(firefox, `document.querySelector('${hook.verdict('mail-service')}')`);
    },
  );
});

describe.skipIf(!available)('Firefox: the webmail page read on the toolbar click', () => {
  let firefox: Firefox;
  e2e.beforeAll(async ({ own }) => {
    firefox = await own(launchFirefox({ proxyPort: proxy.port, lang: 'it' }));
  });
  e2e.afterAll(async () => {
    await firefox?.close();
  });

  const pageRead = () =>
    evaluate<unknown>(firefox, "browser.storage.session.get('wizard').then((r) => r.wizard?.page ?? null)");

  /** Whether the extension may script the tab in front now (activeTab granted), tried from an extension page. */
  const mayScript = () =>
    evaluate<boolean>(
      firefox,
      `browser.tabs.query({ active: true, lastFocusedWindow: true }).then(([tab]) =>
        browser.scripting.executeScript({ target: { tabId: tab.id }, func: () => document.title }).then(() => true, () => false))`,
    );

  e2e(
    'with the sidebar as the surface: no access before the click; the toolbar click opens the popup, which reads',
    async () => {
      web.pages.set('webmail.aruba.it', notices.maintenance);
      try {
        await firefoxDriver(firefox, proxy, web.port).start();
        await click(firefox, hook.provider('aruba'));
        const since = tabMark(firefox);
        await click(firefox, hook.action('open-webmail'));
        await nextTabUrl(firefox, since);
        await waitFor(firefox, 'browser.sidebarAction.isOpen({})');
        await (await firefox.tabs[firefox.tabs.length - 1]?.page())?.bringToFront();
        // Measured: the sidebar (opened from the popup's click) is no invocation on the tab: no access.
        expect(await mayScript()).toBe(false);
        await clickToolbarButton(firefox);
        await expect.poll(pageRead, { timeout: 15_000 }).toMatchObject({ id: 'maintenance-it' });
        // The click granted activeTab on that tab.
        expect(await mayScript()).toBe(true);
      } finally {
        web.pages.delete('webmail.aruba.it');
        await closeActionPopup(firefox);
      }
    },
  );

  e2e.each([
    ['a maintenance page', 'maintenance', 'maintenance-it', 'mail-service', 'maintenance', 503],
    ["an office filter's block page", 'blocked', 'fortiguard', 'network', 'blocked-page', 403],
  ] as const)(
    '%s: read on the click, offered, and the verdict says what the page said',
    async (_, notice, id, verdict, reason, status) => {
      web.pages.set('webmail.aruba.it', notices[notice]);
      try {
        // The popup flow; with the sidebar as the surface the toolbar click is the same (it opens the popup).
        await firefoxDriver(firefox, proxy, web.port).start({ surface: 'popup' });
        await click(firefox, hook.provider('aruba'));
        const since = tabMark(firefox);
        await click(firefox, hook.action('open-webmail'));
        await nextTabUrl(firefox, since);
        await (await firefox.tabs[firefox.tabs.length - 1]?.page())?.bringToFront();
        // Nothing is read without the user's click.
        await waitFor(firefox, `document.querySelector('[data-question="outcome"]')`);
        expect(await pageRead()).toBeNull();
        // The user comes back through the toolbar button, the webmail tab in front.
        await clickToolbarButton(firefox);
        await expect.poll(pageRead, { timeout: 15_000 }).toEqual({ id, kind: notice, status });
        await firefox.page.bringToFront();
        await waitFor(firefox, `document.querySelector('[data-question="outcome"][data-page-reading="${id}"]')`);
        await click(firefox, hook.action('see-verdict'));
        await waitFor(
          firefox,
          `document.querySelector('${hook.verdict(verdict)}[data-reason="${reason}"][data-page-reading="${id}"]')`,
        );
      } finally {
        web.pages.delete('webmail.aruba.it');
      }
    },
  );
});

describe.skipIf(!available)('Firefox: the automatic checks', () => {
  let firefox: Firefox;
  e2e.beforeAll(async ({ own }) => {
    firefox = await own(launchFirefox({ proxyPort: proxy.port }));
  });
  e2e.afterAll(async () => {
    await firefox?.close();
  });
  e2e.beforeEach(async () => {
    await reset(firefox);
  });

  e2e.each([
    ['the internet down', '*', 'internet', '[data-checks] [data-evidence]', 'No website answers from this computer.'],
    [
      'only the webmail down',
      'webmail.aruba.it',
      'mail-service',
      `${hook.verdict()} [data-checks]`,
      'The internet works: other websites open.',
    ],
  ])('%s: the verdict is offered, then shown', async (_, host, verdict, where, evidence) => {
    proxy.down.add(host);
    proxy.dropConnections();
    await click(firefox, hook.provider('aruba'));
    await click(firefox, hook.action('open-webmail'));
    await waitFor(firefox, `document.querySelector('[data-suggestion="${verdict}"]')`);
    await click(firefox, hook.action('see-verdict'));
    await waitFor(firefox, `document.querySelector('${hook.verdict(verdict)}')`);
    expect(await textOf(firefox, where)).toContain(evidence);
  });
});

describe.skipIf(!available || !canWriteFirefoxPolicy())('Firefox: a policy (managed storage)', () => {
  e2e.afterAll(() => removeFirefoxPolicy());

  e2e('presets the provider and names the consultant; the options page marks the policy fields', async ({ own }) => {
    const firefox = await own(
      launchFirefox({
        proxyPort: proxy.port,
        policy: {
          provider: 'libero',
          consultant: { name: 'Studio Bianchi', phone: '055 123456' },
        },
      }),
    );
    try {
      await openPage(firefox, 'popup.html');
      await waitFor(
        firefox,
        `document.querySelector('${hook.action('open-webmail')}')?.textContent === 'Open Libero Mail webmail'`,
      );
      const since = tabMark(firefox);
      await click(firefox, hook.action('open-webmail'));
      expect(await nextTabUrl(firefox, since)).toBe('https://login.libero.it/');
      await click(firefox, hook.answer('inbox-failed'));
      await waitFor(firefox, `document.querySelector('${hook.verdict('mail-service')} [data-who]')`);
      expect(await textOf(firefox, `${hook.verdict()} [data-who]`)).toContain('Studio Bianchi, your consultant');
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

describe.skipIf(!available)('Firefox: the consultant’s channel and the neighbours', () => {
  let firefox: Firefox;
  let receiver: NotifyReceiver;
  let globalping: GlobalpingFake;
  e2e.beforeAll(async ({ own }) => {
    receiver = await own(startNotifyReceiver());
    globalping = await own(startGlobalpingFake());
    proxy.routes.set('ntfy.sh', receiver.port);
    proxy.routes.set('api.globalping.io', globalping.port);
    firefox = await own(launchFirefox({ proxyPort: proxy.port, lang: 'it' }));
  });
  e2e.afterAll(async () => {
    await firefox?.close();
    proxy.routes.delete('ntfy.sh');
    proxy.routes.delete('api.globalping.io');
  });

  neighbourScenarios(
    'it',
    () => firefoxDriver(firefox, proxy, web.port),
    () => ({ receiver, globalping }),
  );

  e2e(
    '"try again now": the 503 waits with its reason, the button delivers what was previewed, once (both engines)',
    async () => {
      await playNotifyRetryNow(firefoxDriver(firefox, proxy, web.port), receiver, 'it');
    },
  );

  e2e(
    'a refused address (401): not delivered, said, never retried; Send again delivers it once (both engines)',
    async () => {
      await playNotifyNotDelivered(firefoxDriver(firefox, proxy, web.port), receiver, 'it');
    },
  );
});
