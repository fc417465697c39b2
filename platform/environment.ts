// Browser, system and extension version, for the report.
import { browser } from 'wxt/browser';

interface UaData {
  brands?: { brand: string; version: string }[];
  platform?: string;
}

/** E.g. "Chrome 156, Linux" or "Firefox 140, Windows"; never anything that identifies the user. */
export function environmentDescription(nav: Navigator = navigator): string {
  const data = (nav as Navigator & { userAgentData?: UaData }).userAgentData;
  const brand = data?.brands?.find((b) => !/not.?a.?brand|chromium/i.test(b.brand)) ?? data?.brands?.[0];
  const firefox = /Firefox\/(\d+)/.exec(nav.userAgent);
  const name = brand ? `${brand.brand} ${brand.version}` : firefox ? `Firefox ${firefox[1]}` : 'unknown browser';
  const ua = nav.userAgent;
  const system =
    data?.platform ||
    (/Windows/.test(ua)
      ? 'Windows'
      : /Mac OS X/.test(ua)
        ? 'macOS'
        : /Android/.test(ua)
          ? 'Android'
          : /Linux/.test(ua)
            ? 'Linux'
            : '');
  return system ? `${name}, ${system}` : name;
}

export function extensionVersion(): string {
  return browser.runtime.getManifest().version;
}

export function timeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
