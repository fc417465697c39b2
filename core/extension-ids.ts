// The extension's fixed identities, named by policies (docs/consultant.md, "Deploying to managed clients").
/** Chromium id, fixed by the manifest `key` (wxt.config.ts). */
export const chromiumExtensionId = 'iaonbfpdeldmfbcehmahdpnldbbonddg';
/** Firefox add-on id (browser_specific_settings.gecko.id). */
export const firefoxExtensionId = 'webmail-first@webmailfirst.eu';
