// The element the app renders into in a happy-dom test: a fresh fake browser speaking English, the root in the
// document before each test, unmounted and removed after it.
import { render } from 'preact';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installFakeI18n } from './fake-i18n';

/** Registers the hooks of the enclosing describe; the current root is read through the returned function. */
export function useAppRoot(): () => HTMLElement {
  let root: HTMLElement;
  beforeEach(() => {
    fakeBrowser.reset();
    installFakeI18n('en');
    root = document.createElement('main');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });
  return () => root;
}
