// Browser, system and extension version, for the report.
import { browser } from 'wxt/browser';

interface UaData {
  brands?: { brand: string; version: string }[];
  platform?: string;
}

/** E.g. "Chrome 156, Linux" or "Firefox 140, Windows"; never anything that identifies the user. */
export function environmentDescription(nav: Navigator = navigator): string {
  const data = (nav as Navigator & { userAgentData?: UaData }).userAgentData;
  // Brands include a deliberate "Not:A-Brand" entry; a branded browser (Chrome, Edge) lists Chromium too.
  const real = (data?.brands ?? []).filter((b) => !/not.?a.?brand/i.test(b.brand));
  const brand = real.find((b) => b.brand !== 'Chromium') ?? real[0];
  const firefox = /Firefox\/(\d+)/.exec(nav.userAgent);
  const name = brand
    ? `${brand.brand} ${brand.version}`
    : firefox
      ? `Firefox ${firefox[1]}`
      : nav.userAgent.slice(0, 120); // unrecognised: the raw user agent, a fact rather than English text
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
