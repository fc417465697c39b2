// Whether this browser has a panel beside the page the extension can open (Chrome and Edge's side panel, Firefox's
// sidebar): a synchronous look at the API, on the first paint, so that the first screen says the right thing at
// once. Opening it is platform/side-panel.ts's, loaded right after.
export function panelAvailable(): boolean {
  const g = globalThis as {
    chrome?: { sidePanel?: { open?: unknown } };
    browser?: { sidebarAction?: { open?: unknown } };
  };
  return typeof g.chrome?.sidePanel?.open === 'function' || typeof g.browser?.sidebarAction?.open === 'function';
}
