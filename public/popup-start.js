// Starts reading the popup's stored state while the main module is still loading (platform/storage.ts then
// validates what this read). Plain script, no imports, so it runs at once.
globalThis.webmailFirstStart = Promise.all([
  chrome.storage.session.get(['wizard', 'checks', 'settings']),
  chrome.storage.local.get('lastProvider'),
]).catch(() => undefined);
