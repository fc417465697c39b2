// Prints how fast and how small the popup is. Figures only: no test depends on them.
//   1. Time from opening popup.html to the first usable control, against the same popup.html with its scripts
//      removed (a copy of the build loaded as a second extension in the same browser run): the ratio is what the
//      scripts cost on top of the bare page.
//   2. Gzipped bytes the popup loads before first paint (HTML, scripts, styles).
//   3. The same two figures cold: in a freshly launched browser (new profile each time), with and without a
//      policy, and in the same profile restarted (the validated settings cached), medians of BENCH_COLD_RUNS (5).
//   4. How long the automatic checks take: median with every host answering on loopback, and the worst case
//      (every host silent), which must stay within 3 s.
// Run `npm run build` first. BENCH_EXTENSION=<folder> measures another build (scripts/bench-compare.ts alternates
// this build with an earlier one); BENCH_JSON=<file> also writes the figures there; BENCH_SPEED_ONLY=1 skips the
// checks and the user's path (they do not depend on the build's pages).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BrowserContext, chromium } from 'playwright-core';
import { type Browser, extensionDir as builtDir, chromiumPath, launch } from '../tools/chromium';
import { startSilentServer, startWebServer } from '../tools/loopback';
import { canWritePolicies, removePolicy, writePolicy } from '../tools/policy-file';
import { userPathLines } from './user-path';

const extensionDir = process.env.BENCH_EXTENSION ?? builtDir;
const speedOnly = process.env.BENCH_SPEED_ONLY === '1';
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
/** A module and the chunks it imports statically (not those it loads on demand), as the browser fetches them. */
const moduleGraph = (entry: string, seen = new Set<string>()): string[] => {
  if (seen.has(entry)) return [];
  seen.add(entry);
  const text = readFileSync(join(extensionDir, entry), 'utf8');
  const imports = [...text.matchAll(/(?:from|import)\s*"\.\/([\w-]+\.js)"/g)].map((m) => `chunks/${m[1]}`);
  return [entry, ...imports.flatMap((chunk) => moduleGraph(chunk, seen))];
};
const sizesOf = (page: SurfacePage) => {
  const html = htmlOf(page);
  const assets = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1] as string);
  // The app's module, started by first-screen.js after the first paint (tools/first-screen/plugin.ts), with its chunks.
  const app = /data-app="\/?([^"]+\.js)"/.exec(html)?.[1];
  const modules = app ? moduleGraph(app).filter((chunk) => !assets.includes(chunk)) : [];
  return [[page, gz(page)] as const, ...[...assets, ...modules].map((a) => [a, gz(a)] as const)];
};
/**
 * What the screen needs before it shows: the HTML (with the first screen in it, tools/first-screen/), the styles and
 * the plain scripts. The modules (chunks/) come next: the app that takes the screen over.
 */
const beforeScreen = (name: string) => !name.startsWith('chunks/');
const sizes = sizesOf('popup.html');
const total = sizes.reduce((n, [, bytes]) => n + bytes, 0);
const screenTotal = sizes.filter(([name]) => beforeScreen(name)).reduce((n, [, bytes]) => n + bytes, 0);
const panelTotal = sizesOf('sidepanel.html').reduce((n, [, bytes]) => n + bytes, 0);

// --- speed ----------------------------------------------------------------------------------------------------
const bare = mkdtempSync(join(tmpdir(), 'webmail-first-bare-'));
cpSync(extensionDir, bare, { recursive: true });
for (const surface of surfaces) {
  writeFileSync(
    join(bare, surface),
    // Without its scripts, and shown as it comes (the first screen waits for a script to show: assets/popup.css).
    htmlOf(surface)
      .replace(/<script\b[^>]*>[\s\S]*?<\/script>|<link rel="modulepreload"[^>]*>/g, '')
      .replace(' data-first-screen="static"', ''),
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

/** A page opened: when its screen showed, and when it was ready. */
interface Timing {
  /** The first contentful paint: for this build the first screen drawn from the HTML (a click is kept from then). */
  screen: number;
  /** The real popup: the app in control, every control working (mount.tsx's mark); the bare page: its load event. */
  ready: number;
}

/** In a page: its first contentful paint, and the real popup's mark or the bare page's load event. */
async function timePopup(
  page: import('playwright-core').Page,
  id: string,
  real: boolean,
  surface: SurfacePage = 'popup.html',
): Promise<Timing> {
  await page.goto(`chrome-extension://${id}/${surface}`, { waitUntil: 'load' });
  if (real) await page.waitForFunction(() => performance.getEntriesByName('webmail-first:ready').length > 0);
  // A page with nothing to paint (an earlier build's page without its scripts: an empty <main>) never has a first
  // contentful paint: its load event stands for it.
  await page.waitForFunction(
    () =>
      performance.getEntriesByName('first-contentful-paint').length > 0 ||
      document.getElementById('app')?.childElementCount === 0,
  );
  // No function declared inside: tsx would wrap it in a helper the page does not have.
  return page.evaluate((real) => {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return {
      screen: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? navigation.loadEventEnd,
      ready: real
        ? (performance.getEntriesByName('webmail-first:ready')[0]?.startTime ?? Number.NaN)
        : navigation.loadEventEnd,
    };
  }, real);
}

const profile = mkdtempSync(join(tmpdir(), 'webmail-first-bench-'));
const context = await launchWith([extensionDir, bare], profile);
const realId = extensionIdIn(context, true) as string;
const bareId = extensionIdIn(context, false) as string;

const page = await context.newPage();
const popupTimes: Timing[] = [];
const bareTimes: Timing[] = [];
const panelTimes: Timing[] = [];
const panelBareTimes: Timing[] = [];
for (let i = 0; i < runs + 1; i++) {
  const t = await timePopup(page, realId, true);
  const b = await timePopup(page, bareId, false);
  const pt = await timePopup(page, realId, true, 'sidepanel.html');
  const pb = await timePopup(page, bareId, false, 'sidepanel.html');
  if (i > 0) {
    // The first round warms the browser's caches for both pages alike.
    popupTimes.push(t);
    bareTimes.push(b);
    panelTimes.push(pt);
    panelBareTimes.push(pb);
  }
}
await context.close();
rmSync(profile, { recursive: true, force: true });

// --- cold: a browser that has just started -------------------------------------------------------------------
/** The popup (or the bare page) opened first thing in a freshly launched browser; `keep` reuses a profile. */
async function coldOnce(real: boolean, keep?: string): Promise<Timing> {
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

/** Figures of one kind of start, for the summary that scripts/bench-compare.ts reads (ratios to the bare page). */
const figures: Record<string, number> = {};

async function coldFigures(label: string, key: string): Promise<string[]> {
  const popup: Timing[] = [];
  const floor: Timing[] = [];
  const restarted: Timing[] = [];
  for (let i = 0; i < coldRuns; i++) {
    popup.push(await coldOnce(true));
    floor.push(await coldOnce(false));
    // A profile whose popup ran once (the settings are cached), then the browser restarted.
    const kept = mkdtempSync(join(tmpdir(), 'webmail-first-restart-'));
    await coldOnce(true, kept);
    restarted.push(await coldOnce(true, kept));
    rmSync(kept, { recursive: true, force: true });
  }
  const part = (times: Timing[], which: keyof Timing) => times.map((t) => t[which]);
  const ratio = (times: Timing[], which: keyof Timing) => median(part(times, which)) / median(part(floor, which));
  figures[`cold ${key} screen`] = ratio(popup, 'screen');
  figures[`cold ${key} ready`] = ratio(popup, 'ready');
  figures[`restarted ${key} screen`] = ratio(restarted, 'screen');
  figures[`restarted ${key} ready`] = ratio(restarted, 'ready');
  const line = (times: Timing[], which: keyof Timing) =>
    `${fmt(median(part(times, which)))}, ratio ${ratio(times, which).toFixed(2)} (${fmt(Math.min(...part(times, which)))}–${fmt(Math.max(...part(times, which))).trim()})`;
  return [
    `Cold, ${label} (${coldRuns} fresh launches each, medians; ratios to the same page without its scripts):`,
    `  the floor: first paint ${fmt(median(part(floor, 'screen')))}, load event ${fmt(median(part(floor, 'ready')))}`,
    `  new profile, screen shown (first paint): ${line(popup, 'screen')} (target ≤ 1.2)`,
    `  new profile, taken over by the app:      ${line(popup, 'ready')}`,
    `  restarted, screen shown (first paint):   ${line(restarted, 'screen')} (target ≤ 1.2)`,
    `  restarted, taken over by the app:        ${line(restarted, 'ready')}`,
  ];
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
const coldLines = await coldFigures('no policy', 'no-policy');
if (canWritePolicies()) {
  writePolicy({ provider: 'aruba', consultant: { name: 'Studio Bianchi', phone: '+39 055 123456' } });
  try {
    coldLines.push(...(await coldFigures('with a policy presetting Aruba', 'preset')));
  } finally {
    removePolicy();
  }
} else {
  coldLines.push('Cold, with a policy: skipped (the Chromium policy folder is not writable: run as root)');
}
rmSync(bare, { recursive: true, force: true });

const warmRatio = (times: Timing[], part: keyof Timing, floor: Timing[]) =>
  median(times.map((t) => t[part])) / median(floor.map((t) => t[part]));
figures['warm screen'] = warmRatio(popupTimes, 'screen', bareTimes);
figures['warm ready'] = warmRatio(popupTimes, 'ready', bareTimes);
figures['panel screen'] = warmRatio(panelTimes, 'screen', panelBareTimes);
figures['panel ready'] = warmRatio(panelTimes, 'ready', panelBareTimes);
figures['bytes before the screen'] = screenTotal;
figures['bytes before take-over'] = total;
const ms = (times: Timing[], part: keyof Timing) => fmt(median(times.map((t) => t[part])));
console.log(`Popup benchmark (${runs} runs, medians, Chromium ${chromiumPath()}, ${extensionDir})`);
console.log(
  `  same page, scripts removed:  first paint ${ms(bareTimes, 'screen')}, load event ${ms(bareTimes, 'ready')}`,
);
console.log(
  `  screen shown (first paint):  ${ms(popupTimes, 'screen')}, ratio ${figures['warm screen'].toFixed(2)} (target ≤ 1.1)`,
);
console.log(`  taken over by the app:       ${ms(popupTimes, 'ready')}, ratio ${figures['warm ready'].toFixed(2)}`);
console.log(
  `Side panel reopened (${runs} runs, medians; its document is new each time): screen shown ratio ${figures['panel screen'].toFixed(2)} (target ≤ 1.2), taken over ${figures['panel ready'].toFixed(2)}`,
);
console.log(
  `Bytes (gzip -9) before the screen shows: ${(screenTotal / 1024).toFixed(1)} KB (target ≤ 25 KB); before the app takes over: ${(total / 1024).toFixed(1)} KB; side panel ${(panelTotal / 1024).toFixed(1)} KB`,
);
for (const [name, bytes] of sizes)
  console.log(`  ${name.padEnd(40)} ${bytes} B${beforeScreen(name) ? '' : ' (module)'}`);
for (const line of coldLines) console.log(line);
if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, JSON.stringify(figures));
if (speedOnly) process.exit(0);
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
