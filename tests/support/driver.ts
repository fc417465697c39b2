// One interface for both engines: a scenario written once (tests/e2e/scenarios.ts, tests/e2e/situations.ts) runs in
// Chromium (tests/support/chromium.ts, playwright-core) and in Firefox (tests/support/firefox.ts, puppeteer-core),
// through the extension's public hooks (the data-* attributes docs/hooks.md lists, by ./pages.ts), never CSS classes.

import { hook } from './pages';

/** What a scenario needs from a browser: the extension's pages, clicked, typed into and read as a user would. */
export interface PageDriver {
  /** Storage cleared, the given settings stored (as the options page stores them), the popup opened afresh. */
  start(settings?: Record<string, unknown>): Promise<void>;
  click(selector: string): Promise<void>;
  type(selector: string, value: string): Promise<void>;
  /** Chooses an option of a select, as the user does (a change event). */
  select(selector: string, value: string): Promise<void>;
  waitFor(selector: string): Promise<void>;
  text(selector: string): Promise<string>;
  /** An attribute of the first element matching, read at once: null when there is none (no waiting). */
  attribute(selector: string, name: string): Promise<string | null>;
  /**
   * Whether the element that has the page's focus (document.activeElement, whether or not the window has the
   * system's focus: a headless Firefox tab never has it) matches the selector.
   */
  focused(selector: string): Promise<boolean>;
  /** What a text box or text area holds. */
  value(selector: string): Promise<string>;
  /** The popup closed (the webmail tab took the focus) and opened again from the toolbar. */
  reopen(): Promise<void>;
  /** The options page, in place of the popup. */
  openOptions(): Promise<void>;
  /**
   * Clicks "Open … webmail" and returns the address of the tab it opened, once loaded; with `loaded: false`, at once
   * (a webmail that takes its time: the popup is read while the tab still loads).
   */
  openWebmail(options?: { loaded?: boolean }): Promise<string>;
  /** The toolbar button's badge. */
  badge(): Promise<string>;
  /** The user's own settings as stored (what the options page saved). */
  storedSettings(): Promise<Record<string, unknown> | undefined>;
  /** Runs axe-core on the page shown; fails with the violations. */
  accessible(screen: string): Promise<void>;
  /**
   * From the next page opened on, the extension's pages read this time as now (Date, Date.now); the timers run.
   * For what depends on the day (a dated advisory). `undefined`: the real clock again.
   */
  fixClock(iso: string | undefined): Promise<void>;
  /** The page's viewport, as a real popup (380×600 at most) or side panel gives it. */
  resize(width: number, height: number): Promise<void>;
  /** Opens the side panel's page in place of the popup (the same screens, the panel's surface). */
  openPanel(): Promise<void>;
  /** Evaluates an expression in the page shown (layout measurements); its JSON value. */
  measure<T>(expression: string): Promise<T>;
}

/** Polls until `read` returns `expected` (or throws after `timeout`). */
export async function eventually<T>(read: () => Promise<T>, expected: T, timeout = 10_000): Promise<void> {
  const started = Date.now();
  let last: T | undefined;
  for (;;) {
    last = await read();
    if (JSON.stringify(last) === JSON.stringify(expected)) return;
    if (Date.now() - started > timeout) {
      throw new Error(`expected ${JSON.stringify(expected)}, still ${JSON.stringify(last)}`);
    }
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** The popup's page object: the steps of a check, by their hooks. */
export function popupPage(driver: PageDriver) {
  return {
    /** Chooses a provider, and waits until the choice shows (the open button names it next). */
    async choose(provider: string) {
      await driver.click(hook.provider(provider));
      await driver.waitFor(`${hook.provider(provider)}:checked`);
    },
    async find(address: string) {
      await driver.type('[data-input="email"]', address);
      await driver.click(hook.action('find-provider'));
    },
    openWebmail: (options?: { loaded?: boolean }) => driver.openWebmail(options),
    /** Gives an answer once its button is there (its hook: ./pages.ts, `hook.answer`). */
    async answer(value: string) {
      const button = hook.answer(value);
      await driver.waitFor(button);
      await driver.click(button);
    },
    /** Whether an answer's button waits (disabled while the webmail tab still loads). */
    answerWaits: async (value: string) => (await driver.attribute(hook.answer(value), 'disabled')) !== null,
    /** "I received a strange email about my mailbox", on the first screen. */
    suspicious: () => driver.click(hook.action('suspicious-mail')),
    /** Waits until the automatic checks have reported (their evidence replaces "Checking…"). */
    checksDone: () => driver.waitFor('[data-checks] [data-evidence]'),
    async verdict(id: string) {
      const verdict = hook.verdict(id);
      await driver.waitFor(verdict);
      return {
        heading: () => driver.text(`${verdict} h1`),
        text: () => driver.text(verdict),
        reportHeading: () => driver.text(`${verdict} [data-report-for] h2`),
      };
    },
  };
}

/** The options page's page object. */
export function optionsPage(driver: PageDriver) {
  return {
    async open() {
      await driver.openOptions();
      await driver.waitFor(hook.action('save-settings'));
    },
    fill: (id: string, value: string) => driver.type(`#${id}`, value),
    save: () => driver.click(hook.action('save-settings')),
    status: () => driver.text('[data-status]'),
    error: (id: string) => driver.text(`[data-field="${id}"] [id$="-error"]`),
  };
}
