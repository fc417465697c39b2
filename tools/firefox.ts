// Drives the production Firefox build in Debian's firefox-esr over WebDriver BiDi with puppeteer-core (no
// geckodriver, no browser download): Firefox's own Remote Agent, the extension installed as a temporary add-on. The
// network is simulated below the browser by a CONNECT proxy on loopback that leads every host to the local HTTPS
// server. Two Firefox traps, handled here (../shared/notes/firefox-e2e.md): Firefox 153 refuses automation to navigate
// to moz-extension:// pages without --remote-allow-system-access, and sends no load events for them, so a page.goto
// waiting for "load" never settles there: extension pages are opened without waiting for events, then their
// document's readyState is polled.
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { connect, createServer as createNetServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page, type Target } from 'puppeteer-core';
import { firefoxExtensionId } from '../core/extension-ids';
import { appReadySelector } from './app-ready';
import { axeRun, axeSource } from './axe';

export const firefoxBuild = resolve('.output/firefox-mv3');
/** Fixed in advance by a profile preference, so the extension's pages have a known address. */
export const extensionUuid = '5c7ae5f4-9d21-4c36-8a4e-0f9b0c5b1e01';
export const extensionOrigin = `moz-extension://${extensionUuid}`;

export function firefoxPath(): string | undefined {
  return [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr'].find(
    (path) => path && existsSync(path),
  );
}

export interface LoopbackProxy {
  port: number;
  /** Hosts whose CONNECT is refused (the host is down); `*` takes every host down (no internet). */
  down: Set<string>;
  /** The loopback HTTPS server every host leads to (switchable between scenarios). */
  target: { port: number };
  /** Hosts that lead to another loopback server (the consultant's channel's receiver). */
  routes: Map<string, number>;
  /** Ends every open tunnel: the browser's pooled connections would otherwise keep reaching the old target. */
  dropConnections: () => void;
  close: () => void;
}

/** A CONNECT proxy: every host goes to the loopback HTTPS server, except the ones taken down (refused). */
export async function startProxy(targetPort: number): Promise<LoopbackProxy> {
  const down = new Set<string>();
  const target = { port: targetPort };
  const routes = new Map<string, number>();
  const sockets = new Set<Socket>();
  const server: Server = createNetServer((client) => {
    sockets.add(client);
    client.once('data', (head) => {
      const request = head.toString('latin1');
      const match = /^CONNECT ([^\s:]+):(\d+) HTTP/.exec(request);
      if (!match || down.has(match[1] as string) || down.has('*')) {
        client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
        return;
      }
      const upstream = connect(routes.get(match[1] as string) ?? target.port, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.pipe(client);
        client.pipe(upstream);
      });
      sockets.add(upstream);
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as { port: number }).port,
    down,
    target,
    routes,
    dropConnections: () => {
      for (const socket of sockets) socket.destroy();
      sockets.clear();
    },
    close: () => {
      for (const socket of sockets) socket.destroy();
      server.close();
    },
  };
}

export interface Firefox {
  browser: Browser;
  /** The tab the tests drive (the extension's pages are loaded in it). */
  page: Page;
  /** Every tab opened since the launch, in order (the webmail tabs): see tabMark and nextTabUrl. */
  tabs: Target[];
  close: () => Promise<void>;
}

/**
 * Firefox's machine-wide policy file: the extension's settings under 3rdparty.Extensions (capital E), as a
 * consultant deploys them. Root only (CI is root); removed by `removeFirefoxPolicy`. A per-user managed-storage
 * manifest (~/.mozilla/managed-storage) is not found by firefox-esr 153 here.
 */
export const firefoxPolicyFile = '/etc/firefox/policies/policies.json';

export function canWriteFirefoxPolicy(): boolean {
  try {
    mkdirSync(dirname(firefoxPolicyFile), { recursive: true });
    accessSync(dirname(firefoxPolicyFile), constants.W_OK);
    return !existsSync(firefoxPolicyFile) || firefoxPolicyIsOurs();
  } catch {
    return false;
  }
}

const marker = 'webmail-first-e2e';
const firefoxPolicyIsOurs = () => readFileSync(firefoxPolicyFile, 'utf8').includes(marker);

function writeFirefoxPolicy(settings: Record<string, unknown>): void {
  const policies = { '3rdparty': { Extensions: { [firefoxExtensionId]: settings } } };
  writeFileSync(firefoxPolicyFile, JSON.stringify({ comment: marker, policies }));
}

/** Removes the test's policy file (never one the machine had before). */
export function removeFirefoxPolicy(): void {
  if (existsSync(firefoxPolicyFile) && firefoxPolicyIsOurs()) rmSync(firefoxPolicyFile);
}

export interface FirefoxOptions {
  proxyPort: number;
  lang?: 'en' | 'it';
  /** Managed storage for the extension: a policy in /etc/firefox/policies (see writeFirefoxPolicy). */
  policy?: Record<string, unknown>;
  /** A real window on this X display (Xvfb): the toolbar, its popup and the keyboard shortcuts work. */
  display?: string;
}

/** Starts firefox-esr headless with a fresh profile and installs the production build as a temporary add-on. */
export async function launchFirefox({ proxyPort, lang = 'en', policy, display }: FirefoxOptions): Promise<Firefox> {
  const executablePath = firefoxPath();
  if (!executablePath) throw new Error('firefox-esr not found: apt-get install firefox-esr (or set FIREFOX_PATH)');
  // A private home: nothing of the machine's own Firefox profiles is read.
  const home = mkdtempSync(join(tmpdir(), 'webmail-first-ff-home-'));
  const prefs: Record<string, string | number | boolean> = {
    'extensions.webextensions.uuids': JSON.stringify({ [firefoxExtensionId]: extensionUuid }),
    'network.proxy.type': 1,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.dns.disablePrefetch': true,
    'network.trr.mode': 5,
    'intl.locale.requested': lang === 'it' ? 'it' : 'en-US',
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'app.update.disabledForTesting': true,
    'extensions.update.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'captivedetect.canonicalURL': '',
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    // Optional permissions, the data-collection consent among them, granted without the prompt a person would answer
    // (the consent itself is asked from the click that sends: platform/data-consent.ts).
    'extensions.webextOptionalPermissionPrompts': false,
  };
  if (policy) writeFirefoxPolicy(policy);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: display === undefined,
    // Loopback only, on a random port: Firefox 153 refuses automation on moz-extension:// pages without it.
    args: ['--remote-allow-system-access'],
    acceptInsecureCerts: true,
    extraPrefsFirefox: prefs,
    env: { ...process.env, HOME: home, ...(display ? { DISPLAY: display } : { MOZ_HEADLESS: '1' }) },
  });
  const tabs: Target[] = [];
  browser.on('targetcreated', (target: Target) => {
    if (target.type() === 'page') tabs.push(target);
  });
  await browser.installExtension(firefoxBuild);
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  return {
    browser,
    page,
    tabs,
    close: async () => {
      await browser.close().catch(() => undefined);
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/** Waits until the driven tab shows `url`, fully loaded (polled: Firefox sends no load events for extension pages). */
async function settled(firefox: Firefox, url: string): Promise<void> {
  await firefox.page.waitForFunction(
    (expected: string) => location.href === expected && document.readyState === 'complete',
    { polling: 50, timeout: 10_000 },
    url,
  );
}

/** Loads an extension page in the driven tab. */
export async function openPage(
  firefox: Firefox,
  page: 'popup.html' | 'options.html' | 'sidepanel.html',
): Promise<void> {
  const url = `${extensionOrigin}/${page}`;
  // No event to wait for (see the file's head): the navigation is started, then its document awaited.
  await firefox.page.goto(url, { waitUntil: [] });
  await settled(firefox, url);
  // The popup and the panel: once the app has taken over their first screen (./app-ready.ts).
  if (page !== 'options.html')
    await waitFor(firefox, `document.querySelector(${JSON.stringify(appReadySelector)}) !== null`);
}

/** An empty page in the driven tab: the popup "closes". */
export async function blankPage(firefox: Firefox): Promise<void> {
  await firefox.page.goto('about:blank');
}

/** Closes every tab but the driven one. */
export async function closeOtherTabs(firefox: Firefox): Promise<void> {
  for (const page of await firefox.browser.pages())
    if (page !== firefox.page) await page.close().catch(() => undefined);
}

/** Evaluates an expression (awaited) in the driven page and returns its JSON-serialisable value. */
export async function evaluate<T>(firefox: Firefox, expression: string): Promise<T> {
  const text = await firefox.page.evaluate(`(async () => JSON.stringify(await (async () => (${expression}))()))()`);
  return (typeof text === 'string' ? JSON.parse(text) : undefined) as T;
}

/** Polls an expression until it is truthy (or throws after `timeout`); returns the value. */
export async function waitFor<T>(firefox: Firefox, expression: string, timeout = 10_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await evaluate<T>(firefox, expression).catch(() => undefined);
    if (value) return value;
    if (Date.now() - started > timeout) throw new Error(`timed out waiting for ${expression}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** A trusted click: the element scrolled into view, the pointer moved onto its centre, pressed, released. */
export async function click(firefox: Firefox, selector: string): Promise<void> {
  // Not page.click: in Firefox its wait after the click grows with each use in a page (1, 2, 4, 8 s…). Like
  // Playwright's click, it waits until the element is there, enabled, and the one the pointer would hit (nothing
  // drawn over it; a radio's hit may be its label).
  const centre = await waitFor<{ x: number; y: number }>(
    firefox,
    `(() => { const element = document.querySelector(${JSON.stringify(selector)});
      if (!element || element.disabled) return null;
      element.scrollIntoView({ block: 'center' }); const box = element.getBoundingClientRect();
      const x = box.x + box.width / 2, y = box.y + box.height / 2;
      const hit = document.elementFromPoint(x, y);
      const label = hit && element.labels && [...element.labels].some((l) => l.contains(hit));
      const hits = hit && (element.contains(hit) || hit.contains(element) || label);
      return hits ? { x, y } : null; })()`,
  );
  await firefox.page.mouse.click(centre.x, centre.y);
}

/** The text of the first element matching a selector ('' when none). */
export const text = (firefox: Firefox, selector: string) =>
  evaluate<string>(firefox, `document.querySelector(${JSON.stringify(selector)})?.textContent ?? ''`);

/** A mark to pass to nextTabUrl: the tabs opened after it are the new ones. */
export const tabMark = (firefox: Firefox) => firefox.tabs.length;

/** The URL of the next tab opened after `since` (the webmail), once it has loaded. */
export async function nextTabUrl(firefox: Firefox, since: number, timeout = 20_000): Promise<string> {
  const started = Date.now();
  for (;;) {
    // The target's own address can lag behind its page's (seen once in CI: a tab opened, still read as about:blank):
    // each new tab's page is asked too.
    let page: Page | undefined;
    for (const target of firefox.tabs.slice(since)) {
      if (/^https?:/.test(target.url())) page = (await target.page()) ?? undefined;
      else if (target.type() === 'page') {
        const candidate = await target.page().catch(() => null);
        if (candidate && /^https?:/.test(candidate.url())) page = candidate;
      }
      if (page) break;
    }
    if (page) {
      await page.waitForFunction(() => document.readyState === 'complete', {
        timeout: Math.max(1, timeout - (Date.now() - started)),
      });
      return page.url();
    }
    if (Date.now() - started > timeout) throw new Error('no new tab loaded');
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** A PNG of the driven tab. */
export async function screenshot(firefox: Firefox, path: string): Promise<void> {
  await firefox.page.screenshot({ path: path as `${string}.png` });
}

/** axe-core on the driven page (evaluated by the automation, so the page's CSP does not block it). */
export async function axeViolations(firefox: Firefox): Promise<string[]> {
  await firefox.page.evaluate(axeSource);
  return (await firefox.page.evaluate(axeRun)) as string[];
}

/** The toolbar button Firefox makes for the extension's action (its widget id: the add-on id, `@` and `.` as `_`). */
const actionButtonId = `${firefoxExtensionId.replace(/[^a-z0-9_-]/gi, '_')}-BAP`;

/**
 * Evaluates an expression in the browser window's chrome document (reached over BiDi with `moz:scope: "chrome"`, which
 * --remote-allow-system-access opens to this loopback client); its value.
 */
async function inBrowserWindow(firefox: Firefox, expression: string): Promise<unknown> {
  // biome-ignore lint/suspicious/noExplicitAny: puppeteer's BiDi connection, for the two commands it does not wrap
  const connection = (firefox.browser as any).connection as {
    send: (method: string, params: unknown) => Promise<{ result: Record<string, unknown> }>;
  };
  const { result } = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const window = (result.contexts as { context: string; url: string }[]).find((c) =>
    c.url.startsWith('chrome://browser/content/browser.xhtml'),
  );
  if (!window) throw new Error('no browser window');
  const evaluated = await connection.send('script.evaluate', {
    expression,
    target: { context: window.context },
    awaitPromise: false,
    resultOwnership: 'none',
  });
  return (evaluated.result.result as { value?: unknown } | undefined)?.value;
}

/**
 * Clicks the extension's own toolbar button, as the user does, in the browser window: it opens the popup and grants
 * activeTab on the tab in front, as a person's click does. A popup left open is closed first (a click would close it).
 */
export async function clickToolbarButton(firefox: Firefox): Promise<void> {
  await closeActionPopup(firefox);
  const clicked = await inBrowserWindow(
    firefox,
    `(() => { const button = document.getElementById(${JSON.stringify(actionButtonId)});
      if (!button) return false; button.click(); return true; })()`,
  );
  if (clicked !== true) throw new Error(`the toolbar button ${actionButtonId} is not in the toolbar`);
}

/** Closes the action's popup if it is open, as a click elsewhere does. */
export async function closeActionPopup(firefox: Firefox): Promise<void> {
  await inBrowserWindow(
    firefox,
    `(() => { for (const panel of document.querySelectorAll('panel')) if (panel.state === 'open') panel.hidePopup(); return true; })()`,
  );
  await new Promise((done) => setTimeout(done, 300));
}
