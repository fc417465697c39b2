import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  chromeWebStoreUpdateUrl,
  type DeployTarget,
  firefoxPoliciesJson,
  linuxPolicyJson,
  macMobileconfig,
  stableUuid,
  utf16le,
  windowsRegFile,
} from '../../core/policy-files';
import { builtInProviders } from '../../core/providers';
import { type Settings, validateSettings } from '../../core/settings';

const settings: Settings = {
  provider: 'aruba',
  consultant: {
    name: 'Studio Bianchi "Posta"',
    phone: '+39 055 123456',
    email: 'assistenza@studiobianchi.it',
    whatsapp: '+39 333 1234567',
    hours: 'lun–ven 9–18',
  },
  technician: { name: 'Marco Rossi', phone: '+39 347 7654321' },
  customProviders: [
    {
      id: 'studio-mail',
      name: 'Posta & Studio',
      webmailUrl: 'https://posta.studiobianchi.it/',
      imap: [{ host: 'imap.studiobianchi.it', port: 993, security: 'ssl' }],
    },
  ],
  hiddenProviders: ['aol'],
  detection: false,
  lockProvider: false,
  reportEmail: 'ticket@studiobianchi.it',
};

const target: DeployTarget = {
  chromiumId: 'iaonbfpdeldmfbcehmahdpnldbbonddg',
  firefoxId: 'webmail-first@webmailfirst.eu',
  chromeUpdateUrl: chromeWebStoreUpdateUrl,
  firefoxInstallUrl: 'https://deploy.studiobianchi.it/webmail-first.xpi',
  profileUuid: stableUuid('profile'),
  payloadUuid: stableUuid('chrome'),
  extensionPayloadUuid: stableUuid('settings'),
};

const golden = (name: string) => readFileSync(new URL(`./golden/${name}`, import.meta.url), 'utf8');
const ids = builtInProviders.map((p) => p.id);

describe('policy files (golden)', () => {
  it.each([
    ['windows.reg', windowsRegFile],
    ['chrome.mobileconfig', macMobileconfig],
    ['linux.json', linuxPolicyJson],
    ['firefox-policies.json', firefoxPoliciesJson],
  ] as const)('%s', (name, generate) => {
    expect(generate(settings, target)).toBe(golden(name));
  });
});

describe('policy files (meaning)', () => {
  it('Linux: force-installs, pins, and carries settings the extension accepts unchanged', () => {
    const policy = JSON.parse(linuxPolicyJson(settings, target));
    expect(policy.ExtensionSettings[target.chromiumId]).toEqual({
      installation_mode: 'force_installed',
      update_url: chromeWebStoreUpdateUrl,
      toolbar_pin: 'force_pinned',
    });
    const carried = policy['3rdparty'].extensions[target.chromiumId];
    expect(validateSettings(carried, ids)).toEqual({ settings, errors: [] });
  });

  it('Firefox: force-install and toolbar only with an add-on address; settings always', () => {
    const withUrl = JSON.parse(firefoxPoliciesJson(settings, target)).policies;
    expect(withUrl.ExtensionSettings[target.firefoxId].default_area).toBe('navbar');
    const { firefoxInstallUrl: _, ...noUrl } = target;
    const without = JSON.parse(firefoxPoliciesJson(settings, noUrl)).policies;
    expect(without.ExtensionSettings).toBeUndefined();
    expect(validateSettings(without['3rdparty'].Extensions[target.firefoxId], ids).errors).toEqual([]);
  });

  it('Windows: every value line is a valid .reg value, quotes and backslashes escaped', () => {
    const reg = windowsRegFile(settings, target);
    const values = reg.split('\r\n').filter((l) => l.startsWith('"'));
    for (const line of values) expect(line).toMatch(/^"(?:[^"\\]|\\.)+"=(?:"(?:[^"\\]|\\.)*"|dword:[0-9a-f]{8})$/);
    expect(reg).toContain('"detection"=dword:00000000');
    expect(reg).toContain(
      '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\iaonbfpdeldmfbcehmahdpnldbbonddg\\policy]',
    );
    // A JSON value decodes back to the setting.
    const consultant = values.find((l) => l.startsWith('"consultant"='))?.slice('"consultant"='.length) ?? '';
    expect(JSON.parse(JSON.parse(consultant))).toEqual(settings.consultant);
  });

  it('macOS: balanced plist, the extension domain payload, stable ids', () => {
    const profile = macMobileconfig(settings, target);
    for (const tag of ['dict', 'array', 'plist']) {
      expect(profile.split(`<${tag}`).length, tag).toBe(profile.split(`</${tag}>`).length);
    }
    expect(profile).toContain('<string>com.google.Chrome.extensions.iaonbfpdeldmfbcehmahdpnldbbonddg</string>');
    expect(profile).toContain('<string>Posta &amp; Studio</string>');
    expect(stableUuid('profile')).toBe(stableUuid('profile'));
    expect(stableUuid('profile')).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
    expect(stableUuid('profile')).not.toBe(stableUuid('chrome'));
  });

  it('.reg bytes are UTF-16LE with a byte-order mark', () => {
    expect([...utf16le('Aè')]).toEqual([0xff, 0xfe, 0x41, 0x00, 0xe8, 0x00]);
  });
});
