// Starts reading the popup's stored state while the main module is still loading (it is read again, typed and
// validated, by platform/storage.ts: this only warms the request). Plain script, no imports, so it runs at once.
globalThis.webmailFirstStart = Promise.all([
  chrome.storage.session.get('wizard'),
  chrome.storage.local.get('lastProvider'),
]).catch(() => undefined);
