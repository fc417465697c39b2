// Runs as the page is parsed, right after the first screen rendered at build time (tools/first-screen/): before the
// first paint, the screen in the extension's language, or none when the popup reopens in the middle of a check (the
// check's screens come with the app: the picker must not flash first). Then the app's module, once the screen has
// been painted (the build moves its <script type="module"> here, as data-app).
// Until the app takes the markup over (app/mount.tsx), what the user does is kept, and the app does it
// then. Plain script, no imports.
(() => {
  const app = document.currentScript?.dataset.app;
  let started = false;
  const startApp = () => {
    if (started || !app) return;
    started = true;
    const module = document.createElement('script');
    module.type = 'module';
    module.crossOrigin = 'anonymous';
    module.src = app;
    document.head.append(module);
  };
  const root = document.getElementById('app');
  if (!root) return startApp();
  let stage = null;
  try {
    stage = localStorage.getItem('webmail-first:stage');
  } catch {
    // Storage refused: the picker shows, and the app corrects it if a check is under way.
  }
  if (stage === 'check') {
    root.replaceChildren();
    root.dataset.firstScreen = 'none';
    return startApp();
  }
  try {
    const language = chrome.i18n.getMessage('languageCode');
    const translated = document.getElementById(`first-screen-${language}`);
    if (translated instanceof HTMLTemplateElement) root.replaceChildren(translated.content.cloneNode(true));
    if (language) document.documentElement.lang = language;
  } finally {
    // Shown from now on (assets/popup.css keeps the markup hidden until then: never a flash of the other language).
    root.dataset.firstScreen = 'shown';
  }

  /** What the user did before the app was there, in order: a control's hook to click again, or "submit". */
  const early = [];
  const hookOf = (element) => {
    const control = element instanceof Element ? element.closest('[data-action], [data-provider]') : null;
    if (!control) return null;
    const { action, provider } = control.dataset;
    return action ? `[data-action="${action}"]` : `[data-provider="${provider}"]`;
  };
  const onClick = (event) => {
    const hook = hookOf(event.target);
    if (!hook) return;
    // A radio keeps its native check (the user sees it); a button does nothing yet: both are done again.
    if (!hook.startsWith('[data-provider')) event.preventDefault();
    early.push(hook);
  };
  const onSubmit = (event) => {
    // A form without the app would reload the page: kept instead.
    event.preventDefault();
    early.push('submit');
  };
  root.addEventListener('click', onClick, true);
  root.addEventListener('submit', onSubmit, true);

  /** Called once by the app as it takes over: what was typed and done, and no more keeping. */
  globalThis.webmailFirstTakeOver = () => {
    root.removeEventListener('click', onClick, true);
    root.removeEventListener('submit', onSubmit, true);
    const box = root.querySelector('input[type="search"]');
    return { typed: box instanceof HTMLInputElement ? box.value : '', done: early.slice() };
  };
  performance.mark('webmail-first:first-screen');
  // The app once this screen is on the glass: after the next frame (a page not shown paints no frame: at once), or
  // after 100 ms whatever happens.
  if (document.visibilityState === 'hidden') startApp();
  else requestAnimationFrame(() => setTimeout(startApp, 0));
  setTimeout(startApp, 100);
})();
