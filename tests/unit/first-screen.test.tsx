// @vitest-environment happy-dom
// The first screen in the HTML (tools/first-screen/, public/first-screen.js, app/mount.tsx): rendered at
// build time in every language, shown before any module in the browser's language (none while a check is under way),
// taken over by the app without re-creating the controls, and what the user did meanwhile done again.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { renderToString } from 'preact-render-to-string';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../app/app';
import { emptyLoadedSettings, type LoadedSettings } from '../../core/effective-settings';
import { initialWizard } from '../../core/wizard-state';
import { type EarlyInput, replayEarlyInput, takeOverFirstScreen } from '../../platform/first-screen';
import { deferAppModule, firstScreenMarkup } from '../../tools/first-screen/plugin';
// Loaded here: the app loads it just after its first render, which may come after this file's last test.
import '../../platform/settings';
import { useAppRoot } from './app-root';

const startWith = (settings: LoadedSettings | null = emptyLoadedSettings) => ({
  state: initialWizard,
  checks: null,
  lastProviderId: null,
  settings,
  ownProvider: null,
});
const presetAruba: LoadedSettings = {
  ...emptyLoadedSettings,
  settings: { provider: 'aruba' },
  managed: { provider: 'aruba' },
  managedKeys: ['provider'],
};
const openButton = (root: ParentNode) => root.querySelector<HTMLButtonElement>('[data-action="open-webmail"]');

describe('rendered at build time (tools/first-screen/run.mjs, as the build runs it)', () => {
  // One child process, as in the build: Vite's module runner on the app's own modules.
  const screens = JSON.parse(
    execFileSync(process.execPath, [resolve('tools/first-screen/run.mjs')], { encoding: 'utf8' }),
  ) as Record<'popup' | 'panel', Record<string, string>>;

  it.each(['popup', 'panel'] as const)('%s: every language of the catalogue, each with the open button', (surface) => {
    expect(Object.keys(screens[surface]).sort()).toEqual(['en', 'it']);
    for (const html of Object.values(screens[surface])) {
      expect(html).toContain('data-action="open-webmail"');
      expect(html).toContain('data-provider="aruba"');
    }
    expect(screens[surface].en).toContain('Which mailbox');
    expect(screens[surface].it).toContain('Quale casella');
  });

  it('the panel names its own way back (the panel), the popup the toolbar icon', () => {
    expect(screens.popup.en).not.toEqual(screens.panel.en);
  });

  it('in the page: the default language as content, the others in templates, then the script that picks', () => {
    const markup = firstScreenMarkup({ en: '<p>en</p>', it: '<p>it</p>' }, 'en');
    expect(markup).toBe(
      '<main id="app" data-first-screen="static"><p>en</p></main>' +
        '<template id="first-screen-it"><p>it</p></template><script src="/first-screen.js"></script>',
    );
  });
});

describe("the app's module after the first screen (the build's last step)", () => {
  const head =
    '<head><script type="module" crossorigin src="/chunks/popup-Ab12.js"></script>\n<link rel="modulepreload" crossorigin href="/chunks/x.js"></head>';
  const body = '<body><main id="app"></main><script src="/first-screen.js"></script></body>';

  it("moves the module from the head to the first screen's script, which starts it; no preload before the paint", () => {
    expect(deferAppModule(head + body)).toBe(
      '<head></head>' +
        '<body><main id="app"></main><script src="/first-screen.js" data-app="/chunks/popup-Ab12.js"></script></body>',
    );
  });

  it('leaves a page without the first screen as it is (its module must still run)', () => {
    expect(deferAppModule(`${head}<body></body>`)).toBe(`${head}<body></body>`);
  });
});

describe('public/first-screen.js, as the page is parsed', () => {
  const script = readFileSync(resolve('public/first-screen.js'), 'utf8');
  /** Each run's own module address: a run's timers may fire during a later test. */
  let runs = 0;
  let app = '';
  /** The module scripts added to the head (recorded, not loaded: happy-dom loads no file). */
  let appended: HTMLScriptElement[] = [];
  /** Runs it as the page's <script data-app> would (document.currentScript is that element). */
  const run = () => {
    app = `/chunks/popup-${++runs}.js`;
    const element = document.createElement('script');
    element.dataset.app = app;
    Object.defineProperty(document, 'currentScript', { value: element, configurable: true });
    try {
      new Function(script)();
    } finally {
      Reflect.deleteProperty(document, 'currentScript');
    }
  };
  const appModules = () => appended.filter((s) => s.type === 'module' && s.getAttribute('src') === app);
  let language = 'it';

  beforeEach(() => {
    document.body.innerHTML =
      '<main id="app" data-first-screen="static"><h1>Which mailbox?</h1><form><input type="search" />' +
      '<label><input type="radio" name="provider" data-provider="aruba" /><span>Aruba</span></label>' +
      '<button type="submit" data-action="open-webmail">Open</button></form></main>' +
      '<template id="first-screen-it"><h1>Quale casella?</h1><form><input type="search" />' +
      '<label><input type="radio" name="provider" data-provider="aruba" /><span>Aruba</span></label>' +
      '<button type="submit" data-action="open-webmail">Apri</button></form></template>';
    localStorage.clear();
    appended = [];
    vi.spyOn(document.head, 'append').mockImplementation((...nodes) => {
      appended.push(...(nodes as HTMLScriptElement[]));
    });
    (globalThis as { chrome?: unknown }).chrome = { i18n: { getMessage: () => language } };
    globalThis.webmailFirstTakeOver = undefined;
  });
  afterEach(() => {
    (globalThis as { chrome?: unknown }).chrome = undefined;
  });
  afterAll(async () => {
    // The last run's timers first: the head's real append comes back after them.
    await new Promise((done) => setTimeout(done, 150));
    vi.restoreAllMocks();
  });

  it('in Italian: the Italian screen, before any module', () => {
    language = 'it';
    run();
    expect(document.querySelector('#app h1')?.textContent).toBe('Quale casella?');
    expect(document.documentElement.lang).toBe('it');
    // Shown only now (hidden while it was static: never a flash of English).
    expect(document.getElementById('app')?.dataset.firstScreen).toBe('shown');
  });

  it('in English (the default, or a language without a template): the page as it came', () => {
    language = 'en';
    run();
    expect(document.querySelector('#app h1')?.textContent).toBe('Which mailbox?');
  });

  it('while a check is under way: no picker at all, and the app at once (the check screens come with it)', () => {
    localStorage.setItem('webmail-first:stage', 'check');
    run();
    expect(document.getElementById('app')?.childElementCount).toBe(0);
    expect(document.getElementById('app')?.dataset.firstScreen).toBe('none');
    expect(globalThis.webmailFirstTakeOver).toBeUndefined();
    expect(appModules()).toHaveLength(1);
  });

  it("the app's module once the screen has had its frame, once only", async () => {
    run();
    expect(appModules()).toHaveLength(0);
    await new Promise((done) => setTimeout(done, 150));
    expect(appModules()).toHaveLength(1);
  });

  it('before the app: text typed, a provider picked, the button clicked, Enter: kept in order, nothing lost', () => {
    run();
    const root = document.getElementById('app') as HTMLElement;
    (root.querySelector('input[type="search"]') as HTMLInputElement).value = 'mario@';
    (root.querySelector('span') as HTMLElement).click(); // the label: the radio is clicked through it
    const clicked = new MouseEvent('click', { bubbles: true, cancelable: true });
    openButton(root)?.dispatchEvent(clicked);
    const submitted = new Event('submit', { bubbles: true, cancelable: true });
    root.querySelector('form')?.dispatchEvent(submitted);
    expect(clicked.defaultPrevented).toBe(true);
    expect(submitted.defaultPrevented).toBe(true);
    expect((root.querySelector('[data-provider="aruba"]') as HTMLInputElement).checked).toBe(true);
    expect(takeOverFirstScreen()).toEqual({
      typed: 'mario@',
      done: ['[data-provider="aruba"]', '[data-action="open-webmail"]', 'submit'],
    });
    // Taken over: no more keeping.
    const later = new MouseEvent('click', { bubbles: true, cancelable: true });
    openButton(root)?.dispatchEvent(later);
    expect(later.defaultPrevented).toBe(false);
    expect(takeOverFirstScreen()).toEqual({ typed: '', done: [] });
  });
});

describe('taken over by the app', () => {
  const root = useAppRoot();

  it('the same elements, corrected for the settings: a preset provider checked, the button names it', async () => {
    root().innerHTML = renderToString(<App start={startWith()} />);
    const button = openButton(root());
    const box = root().querySelector('#provider-search');
    expect(button?.textContent).toMatch(/^Choose your provider first/);
    await act(async () => {
      render(<App start={startWith(presetAruba)} />, root());
    });
    // Not re-created: the control under the user's pointer is the one the HTML drew.
    expect(openButton(root())).toBe(button);
    expect(root().querySelector('#provider-search')).toBe(box);
    expect(button?.textContent).toBe('Open Aruba webmail');
    expect(root().querySelector<HTMLInputElement>('[data-provider="aruba"]')?.checked).toBe(true);
    expect(root().querySelectorAll('[data-action="open-webmail"]')).toHaveLength(1);
  });

  it('what the user did before is done again: the provider picked, then the webmail opened', async () => {
    root().innerHTML = renderToString(<App start={startWith()} />);
    const sent = vi.fn(async (_message: unknown) => true);
    fakeBrowser.runtime.onMessage.addListener(sent);
    await act(async () => {
      render(<App start={startWith()} />, root());
    });
    const early: EarlyInput = { typed: '', done: ['[data-provider="gmail"]', '[data-action="open-webmail"]'] };
    // Outside act(): the replay waits for the app's own renders between steps, as in the page.
    await replayEarlyInput(root(), early);
    await vi.waitFor(() => expect(sent).toHaveBeenCalled());
    expect(sent.mock.calls[0]?.[0]).toMatchObject({ type: 'open-webmail', url: 'https://mail.google.com/' });
  });

  it('the text typed before is typed again: the list narrows to it', async () => {
    root().innerHTML = renderToString(<App start={startWith()} />);
    await act(async () => {
      render(<App start={startWith()} />, root());
    });
    await replayEarlyInput(root(), { typed: 'libero', done: [] });
    expect(root().querySelector<HTMLInputElement>('#provider-search')?.value).toBe('libero');
    expect(root().querySelector('[data-provider="aruba"]')).toBeNull();
    expect(root().querySelector('[data-provider="libero"]')).not.toBeNull();
  });
});
