// Policy files that install, pin and configure the extension on a managed computer, from the settings.
// Pure text generators, tested against golden files (tests/unit/golden/).
import { unsafeTextCharacters } from './guards';
import type { Settings } from './settings';

/**
 * How the extension reaches the client's browser; the policy names it by the id it will really have there.
 * - `settings-only`: the extension is installed another way (by hand, by the store, by other software): the file
 *   only configures it (`3rdparty`), and never makes the browser remove or replace it.
 * - `store`: force-installed from the Chrome Web Store and Edge Add-ons, by the ids those stores gave it.
 * - `self-hosted`: force-installed from the consultant's own https folder (updates.xml and the packed .crx,
 *   keeping the fixed id; the signed .xpi for Firefox).
 */
export type InstallMode = 'settings-only' | 'store' | 'self-hosted';

export interface DeployTarget {
  mode: InstallMode;
  /** The id Chrome gives the extension: the Chrome Web Store's in `store` mode, else the fixed id. */
  chromeId: string;
  /** The id Edge gives it: the Edge Add-ons store's in `store` mode, else the fixed id. */
  edgeId: string;
  /** `self-hosted`: the https folder holding updates.xml, webmail-first.crx, webmail-first.xpi, updates.json. */
  hostUrl?: string;
  /** The Firefox add-on id (browser_specific_settings.gecko.id). */
  firefoxId: string;
  /** Where Firefox downloads the signed .xpi (addons.mozilla.org's, or the consultant's); none: settings only. */
  firefoxInstallUrl?: string;
  /** Stable identifiers for the macOS profile, so that a new version replaces the old one. */
  profileUuid: string;
  payloadUuid: string;
  extensionPayloadUuid: string;
}

export const chromeWebStoreUpdateUrl = 'https://clients2.google.com/service/update2/crx';
export const edgeAddonsUpdateUrl = 'https://edge.microsoft.com/extensionwebstorebase/v1/crx';

/** A Chromium extension id: 32 letters a to p. */
export const isChromiumId = (id: string): boolean => /^[a-p]{32}$/.test(id);

/** The files a self-hosted folder holds, by name. */
export const hostedFiles = {
  updatesXml: 'updates.xml',
  crx: 'webmail-first.crx',
  xpi: 'webmail-first.xpi',
  updatesJson: 'updates.json',
} as const;

/** `https://host/path` → `https://host/path/`: a folder, so that file names resolve inside it. */
export function folderUrl(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

/**
 * Text for XML: escaped, and without the characters XML 1.0 cannot hold (a control character makes macOS refuse
 * the whole profile). The validator refuses them already; this is the second line.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const xml = (text: string) =>
  text
    .replace(notXml, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** The settings as policy values: only what is set, in the managed schema's key order. */
function policyValues(settings: Settings): Record<string, Json> {
  return JSON.parse(JSON.stringify(settings)) as Record<string, Json>;
}

/** Where Chrome or Edge fetches the extension from, or undefined when the file only configures it. */
function updateUrlFor(target: DeployTarget, browser: 'chrome' | 'edge'): string | undefined {
  if (target.mode === 'store') return browser === 'chrome' ? chromeWebStoreUpdateUrl : edgeAddonsUpdateUrl;
  if (target.mode === 'self-hosted' && target.hostUrl) return folderUrl(target.hostUrl) + hostedFiles.updatesXml;
  return undefined;
}

/** The ExtensionSettings policy (install and pin), or none in `settings-only` mode. */
function extensionSettings(
  target: DeployTarget,
  browser: 'chrome' | 'edge',
  pin: Record<string, string>,
): Record<string, Json> | undefined {
  const updateUrl = updateUrlFor(target, browser);
  if (!updateUrl) return undefined;
  const id = browser === 'chrome' ? target.chromeId : target.edgeId;
  return { [id]: { installation_mode: 'force_installed', update_url: updateUrl, ...pin } };
}

/** Chrome and Chromium on Linux: /etc/opt/chrome/policies/managed/ or /etc/chromium/policies/managed/. */
export function linuxPolicyJson(settings: Settings, target: DeployTarget): string {
  const install = extensionSettings(target, 'chrome', { toolbar_pin: 'force_pinned' });
  const policy = {
    ...(install ? { ExtensionSettings: install } : {}),
    '3rdparty': { extensions: { [target.chromeId]: policyValues(settings) } },
  };
  return `${JSON.stringify(policy, null, 2)}\n`;
}

/** Firefox's policies.json (distribution/ folder of the installation, or /etc/firefox/policies/). */
export function firefoxPoliciesJson(settings: Settings, target: DeployTarget): string {
  const install = target.mode !== 'settings-only' && target.firefoxInstallUrl;
  const extensionSettings = install
    ? {
        ExtensionSettings: {
          [target.firefoxId]: {
            installation_mode: 'force_installed',
            install_url: target.firefoxInstallUrl,
            default_area: 'navbar',
          },
        },
      }
    : {};
  const policies = { ...extensionSettings, '3rdparty': { Extensions: { [target.firefoxId]: policyValues(settings) } } };
  return `${JSON.stringify({ policies }, null, 2)}\n`;
}

/** The update manifest Chrome and Edge read from a self-hosted folder (updates.xml). */
export function chromiumUpdateManifest(target: DeployTarget, version: string): string {
  const folder = folderUrl(target.hostUrl ?? '');
  return [
    "<?xml version='1.0' encoding='UTF-8'?>",
    "<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>",
    `  <app appid='${target.chromeId}'>`,
    `    <updatecheck codebase='${xml(folder + hostedFiles.crx)}' version='${xml(version)}' />`,
    '  </app>',
    '</gupdate>',
    '',
  ].join('\n');
}

/** The update manifest Firefox reads for a self-hosted add-on (updates.json). */
export function firefoxUpdateManifest(target: DeployTarget, version: string): string {
  const link = folderUrl(target.hostUrl ?? '') + hostedFiles.xpi;
  const manifest = { addons: { [target.firefoxId]: { updates: [{ version, update_link: link }] } } };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/**
 * A .reg string value. A line break would end the value and start a line of its own (regedit imports the lines
 * after a malformed one): the validator refuses them in every setting, and this drops them as a second line of
 * defence, with the other control and direction characters.
 */
const regString = (value: string) =>
  `"${value.replace(new RegExp(unsafeTextCharacters.source, 'g'), '').replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

function regValue(value: Json): string {
  if (typeof value === 'boolean') return `dword:${value ? '00000001' : '00000000'}`;
  if (typeof value === 'number') return `dword:${Math.trunc(value).toString(16).padStart(8, '0')}`;
  // Lists and groups of fields are JSON text in a string value, which Chrome and Edge parse by the schema.
  return regString(typeof value === 'string' ? value : JSON.stringify(value));
}

/**
 * Chrome and Edge on Windows (HKLM). Setting ExtensionSettings here replaces any ExtensionSettings policy the
 * computer already has: merge by hand if it has one (docs/consultant.md).
 */
export function windowsRegFile(settings: Settings, target: DeployTarget): string {
  const values = policyValues(settings);
  const browsers: [string, 'chrome' | 'edge', string, Record<string, string>][] = [
    ['Google\\Chrome', 'chrome', target.chromeId, { toolbar_pin: 'force_pinned' }],
    ['Microsoft\\Edge', 'edge', target.edgeId, { toolbar_state: 'force_shown' }],
  ];
  const lines = ['Windows Registry Editor Version 5.00', ''];
  for (const [vendor, browser, id, pin] of browsers) {
    const root = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${vendor}`;
    const install = extensionSettings(target, browser, pin);
    if (install) lines.push(`[${root}]`, `"ExtensionSettings"=${regString(JSON.stringify(install))}`, '');
    lines.push(`[${root}\\3rdparty\\extensions\\${id}\\policy]`);
    for (const [key, value] of Object.entries(values)) lines.push(`${regString(key)}=${regValue(value)}`);
    lines.push('');
  }
  return lines.join('\r\n');
}

function plist(value: Json, indent: string): string {
  if (value === null) return `${indent}<string></string>`;
  if (typeof value === 'boolean') return `${indent}<${value}/>`;
  if (typeof value === 'number') return `${indent}<integer>${Math.trunc(value)}</integer>`;
  if (typeof value === 'string') return `${indent}<string>${xml(value)}</string>`;
  if (Array.isArray(value)) {
    return [`${indent}<array>`, ...value.map((v) => plist(v, `${indent}  `)), `${indent}</array>`].join('\n');
  }
  const entries = Object.entries(value).flatMap(([k, v]) => [
    `${indent}  <key>${xml(k)}</key>`,
    plist(v, `${indent}  `),
  ]);
  return [`${indent}<dict>`, ...entries, `${indent}</dict>`].join('\n');
}

/**
 * Chrome on macOS: a configuration profile with two payloads. Chrome reads an extension's policy from the
 * preference domain com.google.Chrome.extensions.<id> (not from a 3rdparty key, as on Windows and Linux).
 */
export function macMobileconfig(settings: Settings, target: DeployTarget): string {
  const install = extensionSettings(target, 'chrome', { toolbar_pin: 'force_pinned' });
  const installPayload: Json[] = install
    ? [
        {
          PayloadType: 'com.google.Chrome',
          PayloadVersion: 1,
          PayloadIdentifier: 'eu.webmailfirst.policy.chrome',
          PayloadUUID: target.payloadUuid,
          PayloadEnabled: true,
          PayloadDisplayName: 'Google Chrome: Webmail First',
          ExtensionSettings: install,
        },
      ]
    : [];
  const profile: Json = {
    PayloadContent: [
      ...installPayload,
      {
        PayloadType: `com.google.Chrome.extensions.${target.chromeId}`,
        PayloadVersion: 1,
        PayloadIdentifier: 'eu.webmailfirst.policy.settings',
        PayloadUUID: target.extensionPayloadUuid,
        PayloadEnabled: true,
        PayloadDisplayName: 'Webmail First settings',
        ...policyValues(settings),
      },
    ],
    PayloadDisplayName: 'Webmail First',
    PayloadIdentifier: 'eu.webmailfirst.policy',
    PayloadScope: 'System',
    PayloadType: 'Configuration',
    PayloadUUID: target.profileUuid,
    PayloadVersion: 1,
  };
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    plist(profile, ''),
    '</plist>',
    '',
  ].join('\n');
}

/** .reg files are read as UTF-16 little-endian with a byte-order mark (Italian accents survive). */
export function utf16le(text: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes[0] = 0xff;
  bytes[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[2 + i * 2] = code & 0xff;
    bytes[3 + i * 2] = code >> 8;
  }
  return bytes;
}

/** A UUID derived from text (FNV-1a based, version-4 shaped): the same settings give the same profile ids. */
export function stableUuid(seed: string): string {
  let hex = '';
  for (let round = 0; hex.length < 32; round++) {
    let hash = 0x811c9dc5 ^ round;
    for (let i = 0; i < seed.length; i++) hash = Math.imul(hash ^ seed.charCodeAt(i), 0x01000193) >>> 0;
    hex += hash.toString(16).padStart(8, '0');
  }
  const h = hex.slice(0, 32).split('');
  h[12] = '4';
  h[16] = ((Number.parseInt(h[16] as string, 16) & 0x3) | 0x8).toString(16);
  const s = h.join('').toUpperCase();
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}
