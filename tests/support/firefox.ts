// The PageDriver for Firefox (tools/firefox.ts, puppeteer-core over WebDriver BiDi): the extension's pages in the
// driven tab; the network is the loopback proxy, pointed at the web server the scenario needs.
import {
  axeViolations,
  blankPage,
  click,
  closeOtherTabs,
  evaluate,
  type Firefox,
  type LoopbackProxy,
  nextTabUrl,
  openPage,
  tabMark,
  text,
  waitFor,
} from '../../tools/firefox';
import type { PageDriver } from './driver';
import { hook } from './pages';

const q = (selector: string) => `document.querySelector(${JSON.stringify(selector)})`;
/**
 * Whether an element is there, as a boolean: the element itself is not sent back (the app's root carries Preact's
 * tree, which JSON cannot hold).
 */
const present = (selector: string) => `${q(selector)} !== null`;

/**
 * A fresh start: the network back up (every host to `port`), storage cleared, the extra tabs closed, the popup open.
 */
export async function resetFirefox(firefox: Firefox, proxy: LoopbackProxy, port: number): Promise<void> {
  proxy.down.clear();
  proxy.target.port = port;
  proxy.dropConnections();
  await openPage(firefox, 'popup.html');
  await evaluate(firefox, 'Promise.all([browser.storage.session.clear(), browser.storage.local.clear()])');
  await closeOtherTabs(firefox);
  await openPage(firefox, 'popup.html');
  await waitFor(firefox, present(hook.action('open-webmail')));
}

/** Sets a box's value as typing does (the page sees an input event). */
export async function typeInto(firefox: Firefox, selector: string, value: string): Promise<void> {
  await waitFor(firefox, present(selector));
  await evaluate(
    firefox,
    `(() => { const input = ${q(selector)}; input.value = ${JSON.stringify(value)};
      input.dispatchEvent(new Event('input', { bubbles: true }));
      // A person's next action comes after the page has answered the typing (seen in Firefox: a save clicked at once
      // validated the value before it).
      return new Promise((done) => setTimeout(() => done(true), 50)); })()`,
  );
}

/** The popup of a Firefox profile as a PageDriver; every host leads to the server on `port`. */
/** Makes the driven page's Date read `fixed` (its timers run): set after each page load, before the screens under test. */
const fixDate = (fixed: number) => `(() => { const Real = globalThis.__realDate ?? Date; globalThis.__realDate = Real;
  class Fixed extends Real { constructor(...args) { if (args.length === 0) super(${fixed}); else super(...args); }
    static now() { return ${fixed}; } }
  globalThis.Date = Fixed; return true; })()`;

export function firefoxDriver(firefox: Firefox, proxy: LoopbackProxy, port: number): PageDriver {
  // BiDi's preload scripts do not reach moz-extension pages: the clock is set in each page the driver opens.
  let fixedTime: number | undefined;
  const applyClock = async () => {
    if (fixedTime !== undefined) await evaluate(firefox, fixDate(fixedTime));
    else await evaluate(firefox, '(globalThis.__realDate && (globalThis.Date = globalThis.__realDate), true)');
  };
  return {
    async start(settings) {
      await resetFirefox(firefox, proxy, port);
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
      await waitFor(firefox, present(hook.action('open-webmail')));
      if (fixedTime !== undefined) await applyClock();
    },
    click: (selector) => click(firefox, selector),
    type: (selector, value) => typeInto(firefox, selector, value),
    select: async (selector, value) => {
      await waitFor(firefox, present(selector));
      await evaluate(
        firefox,
        `(() => { const select = ${q(selector)}; select.value = ${JSON.stringify(value)};
          select.dispatchEvent(new Event('change', { bubbles: true })); return true; })()`,
      );
    },
    waitFor: (selector) => waitFor(firefox, present(selector)).then(() => undefined),
    text: (selector) => text(firefox, selector),
    attribute: (selector, name) =>
      evaluate<string | null>(firefox, `${q(selector)}?.getAttribute(${JSON.stringify(name)}) ?? null`),
    value: (selector) => evaluate<string>(firefox, `${q(selector)}?.value ?? ''`),
    focused: (selector) =>
      evaluate<boolean>(firefox, `document.activeElement?.matches(${JSON.stringify(selector)}) ?? false`),
    async reopen() {
      await blankPage(firefox);
      await openPage(firefox, 'popup.html');
      if (fixedTime !== undefined) await applyClock();
    },
    openOptions: () => openPage(firefox, 'options.html'),
    async openWebmail({ loaded = true } = {}) {
      const since = tabMark(firefox);
      await click(firefox, hook.action('open-webmail'));
      const url = loaded
        ? await nextTabUrl(firefox, since).catch(async (error: unknown) => {
            // Said with what the page showed: the screen's heading, and the open button if still there.
            const shown = await evaluate<string>(
              firefox,
              `document.querySelector('h1')?.textContent + ' | ' + (document.querySelector(${JSON.stringify(hook.action('open-webmail'))})?.textContent ?? 'no open button')`,
            ).catch(() => 'the page could not be read');
            throw new Error(`${String(error)}; the page showed: ${shown}`, { cause: error });
          })
        : '';
      // The user comes back to the popup: its tab in front again (a tab behind runs its timers late).
      await firefox.page.bringToFront();
      return url;
    },
    badge: () => evaluate<string>(firefox, 'browser.action.getBadgeText({})'),
    storedSettings: () =>
      evaluate<Record<string, unknown> | null>(
        firefox,
        `browser.storage.local.get('settings').then((r) => r.settings ?? null)`,
      ).then((settings) => settings ?? undefined),
    resize: (width, height) => firefox.page.setViewport({ width, height }),
    openPanel: () => openPage(firefox, 'sidepanel.html'),
    measure: (expression) => evaluate(firefox, expression),
    async fixClock(iso) {
      fixedTime = iso ? Date.parse(iso) : undefined;
      await applyClock();
    },
    async accessible(screen) {
      const violations = await axeViolations(firefox);
      if (violations.length > 0) throw new Error(`axe on ${screen} (Firefox):\n${violations.join('\n')}`);
    },
  };
}
