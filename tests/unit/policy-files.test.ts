import { describe, expect, it } from 'vitest';
import { builtInProviders } from '../../core/catalogue/built-in';
import { type DeployForm, type DeployFormat, deployFile, deployTarget } from '../../core/deploy';
import {
  chromeWebStoreUpdateUrl,
  chromiumUpdateManifest,
  type DeployTarget,
  edgeAddonsUpdateUrl,
  firefoxPoliciesJson,
  firefoxUpdateManifest,
  type InstallMode,
  linuxPolicyJson,
  macMobileconfig,
  stableUuid,
  utf16le,
  windowsRegFile,
} from '../../core/policy-files';
import { type Settings, validateSettings } from '../../core/settings';
import { expectGolden } from './golden';

const settings: Settings = {
  provider: 'aruba',
  consultant: {
    name: 'Studio Bianchi "Posta"',
    phone: '+39 055 123456',
    email: 'assistenza@studiobianchi.it',
    whatsapp: '+39 333 123 4567',
    hours: 'lun–ven 9–18',
  },
  technician: { name: 'Marco Rossi', phone: '+39 347 765 4321' },
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

const fixedId = 'iaonbfpdeldmfbcehmahdpnldbbonddg';
/** The deployment form per install mode, as a consultant fills it in. */
const forms: Record<InstallMode, DeployForm> = {
  'settings-only': { mode: 'settings-only', chromeStoreId: '', edgeStoreId: '', hostUrl: '', firefoxUrl: '' },
  store: {
    mode: 'store',
    chromeStoreId: 'abcdefghijklmnopabcdefghijklmnop',
    edgeStoreId: ' ponmlkjihgfedcbaponmlkjihgfedcba ',
    hostUrl: '',
    firefoxUrl: 'https://addons.mozilla.org/firefox/downloads/latest/webmail-first/latest.xpi',
  },
  'self-hosted': {
    mode: 'self-hosted',
    chromeStoreId: '',
    edgeStoreId: '',
    hostUrl: 'deploy.studiobianchi.it/webmail-first',
    firefoxUrl: '',
  },
};
/** One target per install mode, made by the function the options page calls (core/deploy.ts). */
const targets = Object.fromEntries(
  (Object.keys(forms) as InstallMode[]).map((mode) => [mode, deployTarget('windows', forms[mode]) as DeployTarget]),
) as Record<InstallMode, DeployTarget>;
const target = targets['self-hosted'];

const ids = builtInProviders.map((p) => p.id);

describe('policy files (golden, per install mode)', () => {
  const formats = [
    ['windows.reg', windowsRegFile],
    ['chrome.mobileconfig', macMobileconfig],
    ['linux.json', linuxPolicyJson],
    ['firefox-policies.json', firefoxPoliciesJson],
  ] as const;
  const cases = (Object.keys(targets) as InstallMode[]).flatMap((mode) =>
    formats.map(([name, generate]) => [`${mode}/${name}`, mode, generate] as const),
  );
  it.each(cases)('%s', (file, mode, generate) => {
    expectGolden(file, generate(settings, targets[mode]));
  });

  it.each([
    ['self-hosted/updates.xml', chromiumUpdateManifest],
    ['self-hosted/updates.json', firefoxUpdateManifest],
  ] as const)('%s', (file, generate) => {
    expectGolden(file, generate(target, '0.2.0'));
  });
});

describe('install modes: the policy names the extension by the id it will really have', () => {
  it('settings only: no install policy at all, in any file (the browser never removes the extension)', () => {
    const only = targets['settings-only'];
    expect(JSON.parse(linuxPolicyJson(settings, only)).ExtensionSettings).toBeUndefined();
    expect(JSON.parse(firefoxPoliciesJson(settings, only)).policies.ExtensionSettings).toBeUndefined();
    expect(windowsRegFile(settings, only)).not.toContain('ExtensionSettings');
    expect(macMobileconfig(settings, only)).not.toContain('ExtensionSettings');
    const carried = JSON.parse(linuxPolicyJson(settings, only))['3rdparty'].extensions[fixedId];
    expect(validateSettings(carried, ids)).toEqual({ settings, errors: [] });
  });

  it("store: each store's own id and update address, for the install and the settings alike", () => {
    const store = targets.store;
    const linux = JSON.parse(linuxPolicyJson(settings, store));
    expect(linux.ExtensionSettings[store.chromeId].update_url).toBe(chromeWebStoreUpdateUrl);
    expect(Object.keys(linux['3rdparty'].extensions)).toEqual([store.chromeId]);
    const reg = windowsRegFile(settings, store);
    expect(reg).toContain(edgeAddonsUpdateUrl);
    expect(reg).toContain(`\\Microsoft\\Edge\\3rdparty\\extensions\\${store.edgeId}\\policy]`);
    expect(reg).toContain(`\\Google\\Chrome\\3rdparty\\extensions\\${store.chromeId}\\policy]`);
    expect(reg).not.toContain(fixedId);
    expect(macMobileconfig(settings, store)).toContain(`com.google.Chrome.extensions.${store.chromeId}`);
  });

  it("self-hosted: the consultant's updates.xml, which points at the .crx with the fixed id", () => {
    const linux = JSON.parse(linuxPolicyJson(settings, target));
    expect(linux.ExtensionSettings[fixedId].update_url).toBe(
      'https://deploy.studiobianchi.it/webmail-first/updates.xml',
    );
    expect(chromiumUpdateManifest(target, '0.2.0')).toContain(
      "<updatecheck codebase='https://deploy.studiobianchi.it/webmail-first/webmail-first.crx' version='0.2.0' />",
    );
    expect(JSON.parse(firefoxUpdateManifest(target, '0.2.0'))).toEqual({
      addons: {
        'webmail-first@webmailfirst.eu': {
          updates: [
            { version: '0.2.0', update_link: 'https://deploy.studiobianchi.it/webmail-first/webmail-first.xpi' },
          ],
        },
      },
    });
  });
});

describe('policy files (meaning)', () => {
  it('Linux: force-installs, pins, and carries settings the extension accepts unchanged', () => {
    const policy = JSON.parse(linuxPolicyJson(settings, target));
    expect(policy.ExtensionSettings[target.chromeId]).toEqual({
      installation_mode: 'force_installed',
      update_url: 'https://deploy.studiobianchi.it/webmail-first/updates.xml',
      toolbar_pin: 'force_pinned',
    });
    const carried = policy['3rdparty'].extensions[target.chromeId];
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

  it('macOS: a control character never reaches the profile (macOS would refuse it whole)', () => {
    const profile = macMobileconfig({ consultant: { name: 'Studio\u0002 Bianchi\u001b' } }, target);
    expect(profile).toContain('<string>Studio Bianchi</string>');
    expect([...profile].some((c) => c.charCodeAt(0) < 0x20 && !'\t\n\r'.includes(c))).toBe(false);
  });

  it('.reg bytes are UTF-16LE with a byte-order mark', () => {
    expect([...utf16le('Aè')]).toEqual([0xff, 0xfe, 0x41, 0x00, 0xe8, 0x00]);
  });
});

describe('the deployment form (core/deploy.ts, what the options page calls)', () => {
  it.each<[string, DeployFormat, Partial<DeployForm>, string | undefined]>([
    ['settings only needs nothing', 'windows', { mode: 'settings-only' }, undefined],
    [
      'the store mode needs both Chromium store ids',
      'windows',
      { mode: 'store', chromeStoreId: 'x' },
      'deployNeedsStoreIds',
    ],
    [
      '…but not for the Firefox file',
      'firefox',
      { mode: 'store', firefoxUrl: 'https://addons.mozilla.org/x.xpi' },
      undefined,
    ],
    [
      'the Firefox file in store mode needs an https install address',
      'firefox',
      { mode: 'store', firefoxUrl: 'ftp://x' },
      'deployFirefoxNeedsUrl',
    ],
    ['self-hosted needs the folder that serves it', 'linux', { mode: 'self-hosted', hostUrl: '' }, 'deployNeedsHost'],
    ['…an https one', 'linux', { mode: 'self-hosted', hostUrl: 'http://deploy.example.it/' }, 'deployNeedsHost'],
    [
      '…typed without https://, it gets it',
      'linux',
      { mode: 'self-hosted', hostUrl: 'deploy.example.it/wf' },
      undefined,
    ],
    [
      '…with a port and without https:// (the same rule as every typed address), it gets it too',
      'linux',
      { mode: 'self-hosted', hostUrl: 'deploy.example.it:8443/wf' },
      undefined,
    ],
  ])('%s', (_, format, form, problem) => {
    const result = deployTarget(format, { ...forms['settings-only'], ...form });
    expect('problem' in result ? result.problem : undefined).toBe(problem);
  });

  it('names the fixed id outside the store, the store ids in it, the hosted folder and its .xpi', () => {
    expect(targets['settings-only']).toMatchObject({ chromeId: fixedId, edgeId: fixedId });
    expect(targets.store).toMatchObject({
      chromeId: 'abcdefghijklmnopabcdefghijklmnop',
      edgeId: 'ponmlkjihgfedcbaponmlkjihgfedcba',
    });
    expect(targets['self-hosted']).toMatchObject({
      hostUrl: 'https://deploy.studiobianchi.it/webmail-first/',
      firefoxInstallUrl: 'https://deploy.studiobianchi.it/webmail-first/webmail-first.xpi',
    });
    expect(targets['settings-only'].firefoxInstallUrl).toBeUndefined();
  });

  it.each([
    ['windows', 'webmail-first.reg', 'text/plain'],
    ['mac', 'webmail-first.mobileconfig', 'application/x-apple-aspen-config'],
    ['linux', 'webmail-first.json', 'application/json'],
    ['firefox', 'policies.json', 'application/json'],
    ['updates-xml', 'updates.xml', 'application/xml'],
    ['updates-json', 'updates.json', 'application/json'],
  ] as const)('the %s button downloads %s (%s)', (format, name, type) => {
    const file = deployFile(format, settings, targets['self-hosted'], '0.2.0');
    expect([file.name, file.type]).toEqual([name, type]);
  });
});
