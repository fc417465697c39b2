// Drives the production build in Debian's Chromium. The network is simulated below the browser:
// every host name resolves to a loopback HTTPS server (self-signed test certificate), so nothing leaves the machine.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

/** The extension APIs as seen inside the service worker, where these helpers evaluate. */
declare const chrome: {
  action: { getBadgeText: (details: object) => Promise<string> };
  storage: { session: { clear: () => Promise<void> }; local: { clear: () => Promise<void> } };
};

export const extensionDir = resolve('.output/chrome-mv3');
/** Fixed by the manifest `key` (wxt.config.ts); policies name the extension by it. */
export const expectedExtensionId = 'iaonbfpdeldmfbcehmahdpnldbbonddg';

export function chromiumPath(): string {
  const found = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'].find(
    (path) => path && existsSync(path),
  );
  if (!found) throw new Error('Debian Chromium not found: apt-get install chromium (or set CHROMIUM_PATH)');
  return found;
}

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

/** A loopback HTTPS server that answers for any host with a small page naming the host ("the webmail"). */
export async function startWebServer(): Promise<{ server: Server; port: number; hits: string[] }> {
  const hits: string[] = [];
  const server = createServer({ key: fixture('test-only.key'), cert: fixture('test-only.crt') }, (req, res) => {
    hits.push(`${req.headers.host}${req.url}`);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>${req.headers.host}</title><h1>Webmail ${req.headers.host}</h1>`);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, port: (server.address() as AddressInfo).port, hits };
}

export interface Browser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close: () => Promise<void>;
}

export interface LaunchOptions {
  lang?: 'en' | 'it';
  /** Host resolver rules, most specific first; the catch-all mapping to the web server is appended. */
  rules?: string[];
  port: number;
  /** Reuse a profile (to test a browser restart); a fresh temporary one otherwise. */
  userDataDir?: string;
}

export async function launch({ lang = 'en', rules = [], port, userDataDir }: LaunchOptions): Promise<Browser> {
  const profile = userDataDir ?? mkdtempSync(join(tmpdir(), 'webmail-first-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--lang=${lang}`,
      `--host-resolver-rules=${[...rules, `MAP * 127.0.0.1:${port}`, 'EXCLUDE localhost'].join(', ')}`,
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    close: async () => {
      await context.close();
      if (!userDataDir) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The popup, opened as a page (a real popup cannot be opened by automation). */
export async function openPopup(browser: Browser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await page.locator('h1').waitFor();
  return page;
}

/** Clicks "Open webmail" and returns the webmail tab once it has loaded. */
export async function openWebmail(browser: Browser, popup: Page): Promise<Page> {
  const [tab] = await Promise.all([
    browser.context.waitForEvent('page'),
    popup.locator('[data-action="open-webmail"]').click(),
  ]);
  await tab.waitForLoadState();
  return tab;
}

export async function badgeText(browser: Browser): Promise<string> {
  // The service worker may have been stopped and restarted: read the current one.
  const worker = browser.context.serviceWorkers()[0] ?? browser.worker;
  return worker.evaluate(() => chrome.action.getBadgeText({}));
}

export async function resetExtension(browser: Browser): Promise<void> {
  const worker = browser.context.serviceWorkers()[0] ?? browser.worker;
  await worker.evaluate(async () => {
    await chrome.storage.session.clear();
    await chrome.storage.local.clear();
  });
  for (const page of browser.context.pages()) await page.close();
}

const axeSource = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');

/** Runs axe-core (WCAG 2.1 A/AA and best practices) on the page; returns the violations, empty when clean. */
export async function axeViolations(page: Page): Promise<string[]> {
  // page.evaluate goes through the DevTools protocol, so the extension page's CSP does not block axe.
  await page.evaluate(axeSource);
  const results = await page.evaluate(() =>
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected at run time
    (window as any).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    }),
  );
  return (results.violations as { id: string; nodes: { target: string[] }[] }[]).map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}
