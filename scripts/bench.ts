// Prints how fast and how small the popup is. Figures only: no test depends on them.
//   1. Time from opening popup.html to the first usable control, against the same popup.html with its scripts
//      removed (a copy of the build loaded as a second extension in the same browser run): the ratio is what the
//      scripts cost on top of the bare page.
//   2. Gzipped bytes the popup loads before first paint (HTML, scripts, styles).
//   3. The same two figures cold: in a freshly launched browser (new profile each time), with and without a
//      policy, and in the same profile restarted (the validated settings cached), medians of BENCH_COLD_RUNS (5).
//   4. How long the automatic checks take: median with every host answering on loopback, and the worst case
//      (every host silent), which must stay within 3 s.
// Run `npm run build` first.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BrowserContext, chromium } from 'playwright-core';
import { type Browser, chromiumPath, extensionDir, launch, startSilentServer, startWebServer } from '../tools/harness';
import { canWritePolicies, removePolicy, writePolicy } from '../tools/policy-file';
import { userPathLines } from './user-path';

const runs = Number(process.env.BENCH_RUNS ?? 21);
const coldRuns = Number(process.env.BENCH_COLD_RUNS ?? 5);
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

// --- size -----------------------------------------------------------------------------------------------------
/** The two surfaces: the toolbar popup, and the side panel beside the webmail (the same app). */
const surfaces = ['popup.html', 'sidepanel.html'] as const;
type SurfacePage = (typeof surfaces)[number];
const gz = (path: string) => gzipSync(readFileSync(join(extensionDir, path)), { level: 9 }).length;
const htmlOf = (page: SurfacePage) => readFileSync(join(extensionDir, page), 'utf8');
const sizesOf = (page: SurfacePage) => {
  const assets = [...htmlOf(page).matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1] as string);
  return [[page, gz(page)] as const, ...assets.map((a) => [a, gz(a)] as const)];
};
const sizes = sizesOf('popup.html');
const total = sizes.reduce((n, [, bytes]) => n + bytes, 0);
const panelTotal = sizesOf('sidepanel.html').reduce((n, [, bytes]) => n + bytes, 0);

// --- speed ----------------------------------------------------------------------------------------------------
const bare = mkdtempSync(join(tmpdir(), 'webmail-first-bare-'));
cpSync(extensionDir, bare, { recursive: true });
for (const surface of surfaces) {
  writeFileSync(
    join(bare, surface),
    htmlOf(surface).replace(/<script\b[^>]*>[\s\S]*?<\/script>|<link rel="modulepreload"[^>]*>/g, ''),
  );
}
const manifest = JSON.parse(readFileSync(join(bare, 'manifest.json'), 'utf8'));
delete manifest.key; // a different id, so both load side by side
writeFileSync(join(bare, 'manifest.json'), JSON.stringify(manifest));

/** A browser with the given unpacked extensions, as the end-to-end tests start it. */
async function launchWith(dirs: string[], profile: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      `--disable-extensions-except=${dirs.join(',')}`,
      `--load-extension=${dirs.join(',')}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  while (context.serviceWorkers().length < dirs.length) await context.waitForEvent('serviceworker');
  return context;
}

const extensionIdIn = (context: BrowserContext, real: boolean) =>
  context
    .serviceWorkers()
    .map((w) => new URL(w.url()).host)
    .find((id) => (id === 'iaonbfpdeldmfbcehmahdpnldbbonddg') === real);

/** In a page: the first usable control of the real popup (its mark), or the bare page's load event. */
async function timePopup(
  page: import('playwright-core').Page,
  id: string,
  real: boolean,
  surface: SurfacePage = 'popup.html',
): Promise<number> {
  if (real) {
    await page.goto(`chrome-extension://${id}/${surface}`);
    await page.locator('[data-action="open-webmail"]').waitFor();
    return page.evaluate(() => performance.getEntriesByName('webmail-first:ready')[0]?.startTime ?? Number.NaN);
  }
  await page.goto(`chrome-extension://${id}/${surface}`, { waitUntil: 'load' });
  return page.evaluate(
    () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
  );
}

const profile = mkdtempSync(join(tmpdir(), 'webmail-first-bench-'));
const context = await launchWith([extensionDir, bare], profile);
const realId = extensionIdIn(context, true) as string;
const bareId = extensionIdIn(context, false) as string;

const page = await context.newPage();
const ready: number[] = [];
const bareLoad: number[] = [];
const panelReady: number[] = [];
const panelBare: number[] = [];
for (let i = 0; i < runs + 1; i++) {
  const t = await timePopup(page, realId, true);
  const b = await timePopup(page, bareId, false);
  const pt = await timePopup(page, realId, true, 'sidepanel.html');
  const pb = await timePopup(page, bareId, false, 'sidepanel.html');
  if (i > 0) {
    // The first round warms the browser's caches for both pages alike.
    ready.push(t);
    bareLoad.push(b);
    panelReady.push(pt);
    panelBare.push(pb);
  }
}
await context.close();
rmSync(profile, { recursive: true, force: true });

// --- cold: a browser that has just started -------------------------------------------------------------------
/** The popup (or the bare page) opened first thing in a freshly launched browser; `keep` reuses a profile. */
async function coldOnce(real: boolean, keep?: string): Promise<number> {
  const dir = keep ?? mkdtempSync(join(tmpdir(), 'webmail-first-cold-'));
  const cold = await launchWith([real ? extensionDir : bare], dir);
  try {
    const id = extensionIdIn(cold, real) as string;
    return await timePopup(await cold.newPage(), id, real);
  } finally {
    await cold.close();
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

async function coldFigures(label: string): Promise<string[]> {
  const popup: number[] = [];
  const floor: number[] = [];
  const restarted: number[] = [];
  for (let i = 0; i < coldRuns; i++) {
    popup.push(await coldOnce(true));
    floor.push(await coldOnce(false));
    // A profile whose popup ran once (the settings are cached), then the browser restarted.
    const kept = mkdtempSync(join(tmpdir(), 'webmail-first-restart-'));
    await coldOnce(true, kept);
    restarted.push(await coldOnce(true, kept));
    rmSync(kept, { recursive: true, force: true });
  }
  const ratio = (a: number[]) => (median(a) / median(floor)).toFixed(2);
  return [
    `Cold, ${label} (${coldRuns} fresh launches each, medians):`,
    `  first usable control, new profile:       ${fmt(median(popup))} (min ${fmt(Math.min(...popup))}, max ${fmt(Math.max(...popup))})`,
    `  same page, scripts removed (the floor):  ${fmt(median(floor))} (load event)`,
    `  ratio:                                   ${ratio(popup)} (target ≤ 2)`,
    `  same profile restarted (cache present):  ${fmt(median(restarted))}, ratio ${ratio(restarted)} (target ≤ 2)`,
  ];
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
const coldLines = await coldFigures('no policy');
if (canWritePolicies()) {
  writePolicy({ provider: 'aruba', consultant: { name: 'Studio Bianchi', phone: '+39 055 123456' } });
  try {
    coldLines.push(...(await coldFigures('with a policy presetting Aruba')));
  } finally {
    removePolicy();
  }
} else {
  coldLines.push('Cold, with a policy: skipped (the Chromium policy folder is not writable: run as root)');
}
rmSync(bare, { recursive: true, force: true });

console.log(`Popup benchmark (${runs} runs, medians, Chromium ${chromiumPath()})`);
console.log(`  first usable control:        ${fmt(median(ready))}`);
console.log(`  same page, scripts removed:  ${fmt(median(bareLoad))} (load event)`);
console.log(`  ratio:                       ${(median(ready) / median(bareLoad)).toFixed(2)} (target ≤ 1.3)`);
console.log(
  `Side panel (${runs} runs, medians): first usable control ${fmt(median(panelReady))}, its shell ${fmt(median(panelBare))}, ratio ${(median(panelReady) / median(panelBare)).toFixed(2)} (target ≤ 1.3)`,
);
console.log(
  `Bytes loaded before first paint (gzip -9): ${(total / 1024).toFixed(1)} KB (target ≤ 25 KB); side panel ${(panelTotal / 1024).toFixed(1)} KB`,
);
for (const [name, bytes] of sizes) console.log(`  ${name.padEnd(40)} ${bytes} B`);
for (const line of coldLines) console.log(line);
console.log(
  "The user's path, from the toolbar click to the verdict (clicks / times the toolbar icon must be found again):",
);
for (const line of userPathLines()) console.log(`  ${line}`);

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
          wizard: { stage: 'opened', providerId: 'aruba', openedAt: at, answers: {}, checkRequestedAt: at },
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
