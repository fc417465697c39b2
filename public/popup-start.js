// Starts reading the popup's stored state while the main module is still loading (platform/storage.ts then
// validates what this read). Plain script, no imports, so it runs at once. Never managed storage: its first read
// after a browser start takes seconds; the validated copy in local storage stands in for it.
globalThis.webmailFirstStart = Promise.all([
  chrome.storage.session.get(['wizard', 'checks']),
  chrome.storage.local.get(['lastProvider', 'settingsCache', 'ownProvider']),
]).catch(() => undefined);
