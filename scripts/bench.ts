// Prints how fast and how small the popup is. Figures only: no test depends on them.
//   1. Time from opening popup.html to the first usable control, against the same popup.html with its scripts
//      removed (a copy of the build loaded as a second extension in the same browser run): the ratio is what the
//      scripts cost on top of the bare page.
//   2. Gzipped bytes the popup loads before first paint (HTML, scripts, styles).
//   3. How long the automatic checks take: median with every host answering on loopback, and the worst case
//      (every host silent), which must stay within 3 s.
// Run `npm run build` first.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import {
  type Browser,
  chromiumPath,
  extensionDir,
  launch,
  startSilentServer,
  startWebServer,
} from '../tests/e2e/harness';

const runs = Number(process.env.BENCH_RUNS ?? 21);
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

// --- size -----------------------------------------------------------------------------------------------------
const html = readFileSync(join(extensionDir, 'popup.html'), 'utf8');
const assets = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1] as string);
const gz = (path: string) => gzipSync(readFileSync(join(extensionDir, path)), { level: 9 }).length;
const sizes = [['popup.html', gz('popup.html')] as const, ...assets.map((a) => [a, gz(a)] as const)];
const total = sizes.reduce((n, [, bytes]) => n + bytes, 0);

// --- speed ----------------------------------------------------------------------------------------------------
const bare = mkdtempSync(join(tmpdir(), 'webmail-first-bare-'));
cpSync(extensionDir, bare, { recursive: true });
writeFileSync(
  join(bare, 'popup.html'),
  html.replace(/<script\b[^>]*>[\s\S]*?<\/script>|<link rel="modulepreload"[^>]*>/g, ''),
);
const manifest = JSON.parse(readFileSync(join(bare, 'manifest.json'), 'utf8'));
delete manifest.key; // a different id, so both load side by side
writeFileSync(join(bare, 'manifest.json'), JSON.stringify(manifest));

const profile = mkdtempSync(join(tmpdir(), 'webmail-first-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath(),
  headless: true,
  args: [
    `--disable-extensions-except=${extensionDir},${bare}`,
    `--load-extension=${extensionDir},${bare}`,
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
  ],
});
while (context.serviceWorkers().length < 2) await context.waitForEvent('serviceworker');
const ids = context.serviceWorkers().map((w) => new URL(w.url()).host);
const realId = ids.find((id) => id === 'iaonbfpdeldmfbcehmahdpnldbbonddg');
const bareId = ids.find((id) => id !== realId);

const page = await context.newPage();
const ready: number[] = [];
const bareLoad: number[] = [];
for (let i = 0; i < runs + 1; i++) {
  await page.goto(`chrome-extension://${realId}/popup.html`);
  await page.locator('[data-action="open-webmail"]').waitFor();
  const t = await page.evaluate(() => performance.getEntriesByName('webmail-first:ready')[0]?.startTime ?? Number.NaN);
  await page.goto(`chrome-extension://${bareId}/popup.html`, { waitUntil: 'load' });
  const b = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return nav.loadEventEnd;
  });
  if (i > 0) {
    // The first round warms the browser's caches for both pages alike.
    ready.push(t);
    bareLoad.push(b);
  }
}
await context.close();
rmSync(profile, { recursive: true, force: true });
rmSync(bare, { recursive: true, force: true });

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
console.log(`Popup benchmark (${runs} runs, medians, Chromium ${chromiumPath()})`);
console.log(`  first usable control:        ${fmt(median(ready))}`);
console.log(`  same page, scripts removed:  ${fmt(median(bareLoad))} (load event)`);
console.log(`  ratio:                       ${(median(ready) / median(bareLoad)).toFixed(2)} (target ≤ 1.3)`);
console.log(`Bytes loaded before first paint (gzip -9): ${(total / 1024).toFixed(1)} KB (target ≤ 25 KB)`);
for (const [name, bytes] of sizes) console.log(`  ${name.padEnd(40)} ${bytes} B`);

// --- automatic checks ------------------------------------------------------------------------------------------
/** Asks the background script for a run of checks, as the popup does, and waits for the stored results. */
async function timeChecks(browser: Browser, count: number): Promise<number[]> {
  const worker = browser.context.serviceWorkers()[0] ?? browser.worker;
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    times.push(
      await worker.evaluate(async () => {
        // biome-ignore lint/suspicious/noExplicitAny: the extension API inside the service worker
        const chrome = (globalThis as any).chrome;
        const at = Date.now();
        await chrome.storage.session.set({
          wizard: { providerId: 'aruba', openedAt: at, answers: {}, checkRequestedAt: at },
        });
        for (;;) {
          const { checks } = await chrome.storage.session.get('checks');
          if (checks?.requestedAt === at && checks.results) return checks.finishedAt - at;
          await new Promise((done) => setTimeout(done, 10));
        }
      }),
    );
  }
  return times;
}

const web = await startWebServer();
const silent = await startSilentServer();
const upBrowser = await launch({ port: web.port });
const up = await timeChecks(upBrowser, runs);
await upBrowser.close();
const silentHosts = ['www.gstatic.com', 'www.cloudflare.com', 'dns.google', 'cloudflare-dns.com', 'webmail.aruba.it'];
const worstBrowser = await launch({
  port: web.port,
  rules: silentHosts.map((h) => `MAP ${h} 127.0.0.1:${silent.port}`),
});
const worst = await timeChecks(worstBrowser, 3);
await worstBrowser.close();
web.close();
silent.close();
console.log('Automatic checks (request to stored results)');
console.log(`  every host answering (loopback), median of ${runs}: ${fmt(median(up))}`);
console.log(`  every host silent (worst case), max of 3:        ${fmt(Math.max(...worst))} (target ≤ 3000 ms)`);
