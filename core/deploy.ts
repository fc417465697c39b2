// "I am the consultant": from what the deployment form holds to the file a browser's policy reads. The rules the
// options page follows (what each install mode needs, which ids and addresses the files name, which file each
// button makes) live here, table-tested; the page only shows the form and downloads what this returns.

import * as v from 'valibot';
import { chromiumExtensionId, firefoxExtensionId } from './extension-ids';
import { isSafeWebUrl, withHttps } from './guards';
import {
  chromiumUpdateManifest,
  type DeployTarget,
  firefoxPoliciesJson,
  firefoxUpdateManifest,
  folderUrl,
  hostedFiles,
  type InstallMode,
  isChromiumId,
  linuxPolicyJson,
  macMobileconfig,
  stableUuid,
  utf16le,
  windowsRegFile,
} from './policy-files';
import { httpsUrl } from './schemas';
import type { Settings } from './settings';

export const deployFormats = ['windows', 'mac', 'linux', 'firefox', 'updates-xml', 'updates-json'] as const;
export type DeployFormat = (typeof deployFormats)[number];

/** The deployment form as typed. */
export interface DeployForm {
  mode: InstallMode;
  chromeStoreId: string;
  edgeStoreId: string;
  /** The folder that serves a self-hosted build ("www.ferriconsulenza.it/webmail-first" gets its https://). */
  hostUrl: string;
  /** The Firefox add-on's install address in store mode (addons.mozilla.org). */
  firefoxUrl: string;
}

/** What a mode still needs before its files can be made (a message key of the options page). */
export type DeployProblem = 'deployNeedsStoreIds' | 'deployNeedsHost' | 'deployFirefoxNeedsUrl';

/** The install target the files name, or what the form still lacks for this format. */
export function deployTarget(format: DeployFormat, form: DeployForm): DeployTarget | { problem: DeployProblem } {
  const { mode } = form;
  // The one rule for what people type as an address (core/guards.ts): "www.studio.it/webmail-first" gets https://.
  const host = withHttps(form.hostUrl);
  const chromeId = form.chromeStoreId.trim();
  const edgeId = form.edgeStoreId.trim();
  if (mode === 'store' && format !== 'firefox' && !(isChromiumId(chromeId) && isChromiumId(edgeId))) {
    return { problem: 'deployNeedsStoreIds' };
  }
  // Through the same rule as every address the extension keeps (no tab, line break or direction character, stored
  // as parsed): a TAB typed in the host reached updates.xml as typed (the review's L9).
  const hostParsed = v.safeParse(httpsUrl, host);
  if (mode === 'self-hosted' && !hostParsed.success) return { problem: 'deployNeedsHost' };
  const hostHref = hostParsed.success ? hostParsed.output : host;
  const typedFirefox = v.safeParse(httpsUrl, form.firefoxUrl.trim());
  const firefoxInstallUrl =
    mode === 'self-hosted' ? folderUrl(hostHref) + hostedFiles.xpi : typedFirefox.success ? typedFirefox.output : '';
  if (mode === 'store' && format === 'firefox' && !isSafeWebUrl(firefoxInstallUrl)) {
    return { problem: 'deployFirefoxNeedsUrl' };
  }
  return {
    mode,
    chromeId: mode === 'store' ? chromeId : chromiumExtensionId,
    edgeId: mode === 'store' ? edgeId : chromiumExtensionId,
    ...(mode === 'self-hosted' ? { hostUrl: folderUrl(hostHref) } : {}),
    firefoxId: firefoxExtensionId,
    ...(mode !== 'settings-only' && firefoxInstallUrl ? { firefoxInstallUrl } : {}),
    // Stable across downloads: a second .mobileconfig replaces the first instead of adding a profile.
    profileUuid: stableUuid(`${chromiumExtensionId}:profile`),
    payloadUuid: stableUuid(`${chromiumExtensionId}:chrome`),
    extensionPayloadUuid: stableUuid(`${chromiumExtensionId}:settings`),
  };
}

/**
 * Why the settings on screen may not go into files for clients' computers, or undefined. A Telegram channel reads its
 * chat: on every client it would let anyone read every report (the review's H1), so it stays on this computer.
 */
export function deployChannelProblem(settings: Settings): 'deployTelegramReads' | undefined {
  return settings.notify?.kind === 'telegram' ? 'deployTelegramReads' : undefined;
}

export interface DeployFile {
  name: string;
  type: string;
  content: string | Uint8Array<ArrayBuffer>;
}

/** The file a format's button downloads: the settings on screen (validated) for the target. */
export function deployFile(
  format: DeployFormat,
  settings: Settings,
  target: DeployTarget,
  version: string,
): DeployFile {
  switch (format) {
    case 'windows':
      return { name: 'webmail-first.reg', type: 'text/plain', content: utf16le(windowsRegFile(settings, target)) };
    case 'mac':
      return {
        name: 'webmail-first.mobileconfig',
        type: 'application/x-apple-aspen-config',
        content: macMobileconfig(settings, target),
      };
    case 'linux':
      return { name: 'webmail-first.json', type: 'application/json', content: linuxPolicyJson(settings, target) };
    case 'firefox':
      return { name: 'policies.json', type: 'application/json', content: firefoxPoliciesJson(settings, target) };
    case 'updates-xml':
      return {
        name: hostedFiles.updatesXml,
        type: 'application/xml',
        content: chromiumUpdateManifest(target, version),
      };
    case 'updates-json':
      return {
        name: hostedFiles.updatesJson,
        type: 'application/json',
        content: firefoxUpdateManifest(target, version),
      };
  }
}
