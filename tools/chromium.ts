// Drives the production build in Debian's Chromium (playwright-core, never a downloaded browser), on the loopback
// network of ./loopback.ts: launching it with the extension, the popup, the webmail tab it opens, the badge, the
// user's settings, a clean slate between tests, an X server for a headed window.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { appReadySelector } from './app-ready';

/** The extension APIs as seen inside the service worker, where these helpers evaluate. */
declare const chrome: {
  action: { getBadgeText: (details: object) => Promise<string> };
  storage: { session: { clear: () => Promise<void> }; local: { clear: () => Promise<void> } };
};

export const extensionDir = resolve('.output/chrome-mv3');
/** Fixed by the manifest `key` (wxt.config.ts); policies name the extension by it. */

export function chromiumPath(): string {
  const found = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'].find(
    (path) => path && existsSync(path),
  );
  if (!found) throw new Error('Debian Chromium not found: apt-get install chromium (or set CHROMIUM_PATH)');
  return found;
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
  /** A real window on this X display (Xvfb), for browser surfaces that need one (the side panel). */
  display?: string;
  /** More command-line switches (e.g. a window size for screenshots). */
  extraArgs?: string[];
  /** Another build of the extension (the previous release, for the update test); the production build otherwise. */
  extensionPath?: string;
}

export async function launch({
  lang = 'en',
  rules = [],
  port,
  userDataDir,
  display,
  extraArgs = [],
  extensionPath = extensionDir,
}: LaunchOptions): Promise<Browser> {
  const profile = userDataDir ?? mkdtempSync(join(tmpdir(), 'webmail-first-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: display === undefined,
    ...(display ? { env: { ...process.env, DISPLAY: display } } : {}),
    args: [
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
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
      ...extraArgs,
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

/** The popup, opened as a page (a real popup cannot be opened by automation); or the side panel's page. */
/** The popup or the panel with the app in control (./app-ready.ts). */
export async function appReady(page: Page): Promise<void> {
  await page.locator(appReadySelector).first().waitFor({ state: 'attached' });
}

export async function openPopup(
  browser: Browser,
  page_: 'popup.html' | 'sidepanel.html' = 'popup.html',
): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/${page_}`);
  await appReady(page);
  return page;
}

/**
 * Waits until a page has its settings read afresh, policy included: right after a browser start the first read of
 * managed storage takes seconds, and the popup and options page paint before it lands.
 */
export async function settingsSettled(page: Page): Promise<void> {
  // Rendered first (the pending marks appear with the first paint), then the marks gone.
  await page.locator('h1').first().waitFor();
  await page
    .locator('[data-settings-pending], [data-policy-pending]')
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 });
}

/** Clicks "Open webmail" and returns the webmail tab once it has loaded. */
export async function openWebmail(browser: Browser, popup: Page): Promise<Page> {
  const [tab] = await Promise.all([
    browser.context.waitForEvent('page'),
    popup.locator('[data-action="open-webmail"]').click(),
  ]);
  // The background opens the tab (it keeps its id): Playwright may attach to it after its load event has gone by,
  // when only the network's going quiet is still to come. Either says the page is there.
  await Promise.race([tab.waitForLoadState('load'), tab.waitForLoadState('networkidle')]);
  return tab;
}

export async function badgeText(browser: Browser): Promise<string> {
  // The service worker may have been stopped and restarted: read the current one.
  const worker = browser.context.serviceWorkers()[0] ?? browser.worker;
  return worker.evaluate(() => chrome.action.getBadgeText({}));
}

/**
 * Stores the user's own settings, as the options page does, and waits until the background has validated them
 * into the copy the popup paints from.
 */
export async function setUserSettings(browser: Browser, settings: Record<string, unknown>): Promise<void> {
  const worker = browser.context.serviceWorkers()[0] ?? browser.worker;
  await worker.evaluate(async (value) => {
    // biome-ignore lint/suspicious/noExplicitAny: the extension API inside the service worker
    await (globalThis as any).chrome.storage.local.set({ settings: value });
  }, settings);
  // Polled from outside: the worker handles the change between two evaluations. The first read of managed
  // storage after a browser start takes seconds.
  const cached = () =>
    worker.evaluate(async () => {
      // biome-ignore lint/suspicious/noExplicitAny: the extension API inside the service worker
      const { settingsCache } = await (globalThis as any).chrome.storage.local.get('settingsCache');
      return JSON.stringify(settingsCache?.settings ?? {});
    });
  const keys = Object.keys(settings);
  for (let i = 0; i < 300; i++) {
    const json = await cached();
    if (keys.every((key) => json.includes(`"${key}"`))) return;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error('the settings were not cached');
}

export async function resetExtension(browser: Browser): Promise<void> {
  const worker = browser.context.serviceWorkers()[0] ?? browser.worker;
  await worker.evaluate(async () => {
    await chrome.storage.session.clear();
    await chrome.storage.local.clear();
  });
  // One blank tab stays, as in a real browser: with no page at all, headless Chromium never answers the first
  // managed-storage read, and the settings would never be cached.
  const keep = await browser.context.newPage();
  for (const page of browser.context.pages()) if (page !== keep) await page.close();
}

/** Starts an X server (Xvfb) on a free display for a headed browser; undefined when Xvfb is not installed. */
export async function startXvfb(): Promise<{ display: string; stop: () => void } | undefined> {
  const binary = ['/usr/bin/Xvfb'].find((path) => existsSync(path));
  if (!binary) return undefined;
  for (let n = 90; n < 110; n++) {
    if (existsSync(`/tmp/.X11-unix/X${n}`) || existsSync(`/tmp/.X${n}-lock`)) continue;
    const child = spawn(binary, [`:${n}`, '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
    for (let i = 0; i < 50 && !existsSync(`/tmp/.X11-unix/X${n}`); i++) await new Promise((r) => setTimeout(r, 100));
    if (existsSync(`/tmp/.X11-unix/X${n}`)) return { display: `:${n}`, stop: () => child.kill() };
    child.kill();
  }
  return undefined;
}
