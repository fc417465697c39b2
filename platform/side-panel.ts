// The panel beside the page: Chrome and Edge's side panel (`sidePanel`, Chrome 114+; `open()` from a user gesture,
// Chrome 116+), Firefox's sidebar (`sidebarAction.open()`, from a user gesture). Where neither is there (Opera, an
// older Chromium) or it cannot open, the popup flow stays as it was.
import { browser } from 'wxt/browser';
import { logFailure } from './log';

interface ChromeSidePanel {
  open: (options: { windowId: number }) => Promise<void>;
}
interface FirefoxSidebar {
  open: () => Promise<void>;
}

const chromeSidePanel = (): ChromeSidePanel | undefined => {
  const api = (globalThis as { chrome?: { sidePanel?: Partial<ChromeSidePanel> } }).chrome?.sidePanel;
  return typeof api?.open === 'function' ? (api as ChromeSidePanel) : undefined;
};
const firefoxSidebar = (): FirefoxSidebar | undefined => {
  const api = (browser as unknown as { sidebarAction?: Partial<FirefoxSidebar> }).sidebarAction;
  return typeof api?.open === 'function' ? (api as FirefoxSidebar) : undefined;
};

let windowId: number | undefined;

/**
 * Learns the current window ahead of the click: `sidePanel.open()` needs it, and must be called within the user's
 * gesture, before anything is awaited.
 */
export function preparePanel(): void {
  if (!chromeSidePanel()) return;
  void browser.windows
    .getCurrent()
    .then((w) => {
      windowId = w?.id;
    })
    .catch((error: unknown) => logFailure('the current window could not be read', error));
}

/**
 * Opens the panel. Call it synchronously inside the click handler (a user gesture); resolves true when it opened.
 * Never throws: a panel that cannot open leaves the popup flow unchanged.
 */
export function openPanel(): Promise<boolean> {
  try {
    const chrome = chromeSidePanel();
    if (chrome && windowId !== undefined) return chrome.open({ windowId }).then(() => true, fail);
    const firefox = firefoxSidebar();
    if (firefox) return firefox.open().then(() => true, fail);
  } catch (error) {
    return Promise.resolve(fail(error));
  }
  return Promise.resolve(false);
}

function fail(error: unknown): false {
  logFailure('the side panel could not be opened', error);
  return false;
}
