import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { builtInProviders } from '../../core/catalogue/built-in';
import {
  filterProviders,
  findProvider,
  openWebmailKey,
  pickerOrder,
  preselectedProvider,
  sentenceName,
} from '../../core/catalogue/choose';
import { withDetails } from '../../core/catalogue/details';
import { providersWithoutWebmail } from '../../core/catalogue/finder-only';
import { catalogueEntrySchema, providerNoteIds, validateProvider } from '../../core/catalogue/provider';
import { withSignals } from '../../core/catalogue/signals';
import signals from '../../core/data/provider-signals.json';
import sources from '../../core/data/provider-sources.json';
import { isSafeWebUrl } from '../../core/guards';

/** Every entry of core/data/, each whole: a provider's fields and what identifies its mail servers. */
const catalogueEntries = [...builtInProviders.map((p) => withDetails(withSignals(p))), ...providersWithoutWebmail];

const ids = builtInProviders.map((p) => p.id);

describe('built-in catalogue integrity', () => {
  it('has at least 30 providers', () => {
    expect(builtInProviders.length).toBeGreaterThanOrEqual(30);
  });

  it.each(builtInProviders.map((p) => [p.id, p] as const))('%s passes the validator unchanged', (_, provider) => {
    const result = validateProvider(provider);
    expect(result).toEqual({ ok: true, value: provider });
  });

  it.each(catalogueEntries.map((p) => [p.id, p] as const))(
    '%s in core/data/ passes the provider schema unchanged',
    (_, entry) => {
      const result = v.safeParse(catalogueEntrySchema, entry);
      expect(result.issues?.map((issue) => `${v.getDotPath(issue)}: ${issue.message}`)).toBeUndefined();
      expect(result.output).toEqual(entry);
    },
  );

  it('has signals only for providers of the catalogue, and no other field there', () => {
    for (const [id, fields] of Object.entries(signals)) {
      expect(ids, id).toContain(id);
      expect(['mx', 'spfIncludes', 'mxAddressRanges', 'cnameTargets']).toEqual(
        expect.arrayContaining(Object.keys(fields)),
      );
    }
    // The picker's list carries no signal: they load with the finder, off the first paint.
    expect(builtInProviders.filter((p) => p.mx || p.spfIncludes || p.mxAddressRanges || p.cnameTargets)).toEqual([]);
    // Nor the verdicts' details (core/data/provider-details.json): they load with the check screens.
    const detailKeys = ['statusUrl', 'passwordResetUrl', 'supportUrl', 'supportPhone', 'imap', 'pop3', 'smtp', 'notes'];
    expect(builtInProviders.filter((p) => detailKeys.some((k) => k in p) || 'audience' in p || 'compose' in p)).toEqual(
      [],
    );
  });

  it('has unique ids, with or without a webmail', () => {
    const all = catalogueEntries.map((p) => p.id);
    expect(new Set(all).size).toBe(all.length);
  });

  it('keeps the finder-only services out of the list: no webmail known, or one per country or per domain', () => {
    expect(providersWithoutWebmail.map((p) => p.id)).toEqual([
      'tin-it',
      'email-it',
      'register-it-pec',
      'postecertifica',
      'ionos-de',
      '1und1-dsl',
      'ionos-uk',
      'ionos-fr',
      'ionos-es',
      'ionos-com',
      'siteground',
      'godaddy',
      'namecheap-private-email',
      'rackspace',
      'tophost',
      'zoho-in',
      'zoho-au',
      'zoho-jp',
      'zoho-ca',
    ]);
    expect(builtInProviders.length + providersWithoutWebmail.length).toBe(catalogueEntries.length);
  });

  it.each(['aruba', 'aruba-pec', 'libero', 'virgilio', 'tim', 'gmail', 'outlook', 'microsoft-365', 'yahoo', 'icloud'])(
    'has the provider %s',
    (id) => {
      expect(ids).toContain(id);
    },
  );

  it('puts Italian providers first, Aruba at the top', () => {
    expect(ids.slice(0, 11)).toEqual([
      'aruba',
      'aruba-pec',
      'register-it',
      'libero',
      'virgilio',
      'tim',
      'tiscali',
      'fastweb',
      'eolo',
      'poste-pec',
      'legalmail',
    ]);
  });

  it('uses only https URLs', () => {
    for (const p of builtInProviders) {
      for (const url of [p.webmailUrl, p.statusUrl, p.passwordResetUrl, p.supportUrl]) {
        if (url !== undefined) expect(new URL(url).protocol, `${p.id}: ${url}`).toBe('https:');
      }
    }
  });

  it('gives every mailbox domain to exactly one provider', () => {
    const owner = new Map<string, string>();
    for (const p of catalogueEntries) {
      for (const domain of p.domains ?? []) {
        expect(owner.get(domain), `${domain} is claimed by ${owner.get(domain)} and ${p.id}`).toBeUndefined();
        owner.set(domain, p.id);
      }
    }
    expect(owner.get('alice.it')).toBe('tim');
    expect(owner.get('hotmail.it')).toBe('outlook');
  });

  it('gives every MX pattern to exactly one provider', () => {
    const all = catalogueEntries.flatMap((p) => p.mx ?? []);
    expect(new Set(all).size).toBe(all.length);
  });

  it('has a translated message for every provider note', async () => {
    const { readCatalogue } = await import('../../tools/i18n-catalogue');
    const messages = readCatalogue('en');
    for (const note of providerNoteIds) expect(messages[`note_${note}`], note).toBeDefined();
  });

  it('names a source for every field of every entry, and for no field that is not there', () => {
    const bySource = sources.providers as Record<string, Record<string, string>>;
    expect(Object.keys(bySource).sort()).toEqual(catalogueEntries.map((p) => p.id).sort());
    for (const entry of catalogueEntries) {
      const fields = Object.keys(entry).filter((field) => field !== 'id');
      expect(Object.keys(bySource[entry.id] ?? {}).sort(), entry.id).toEqual(fields.sort());
      for (const field of fields) {
        const line = bySource[entry.id]?.[field] ?? '';
        // A confidence in brackets, then a source a reader can find: an address, or a named database or audit.
        expect(line, `${entry.id}.${field}`).toMatch(/^(\w+: )?\[[^\]]+\] /);
        expect(line, `${entry.id}.${field}`).toMatch(
          /https:\/\/|http:\/\/|ISPDB|FairEmail|Catalogue audit|research|eolo\.it/,
        );
      }
    }
  });

  it('names a source for each note of an entry', () => {
    const bySource = sources.providers as Record<string, Record<string, string>>;
    for (const entry of catalogueEntries) {
      for (const note of entry.notes ?? []) expect(bySource[entry.id]?.notes, `${entry.id}: ${note}`).toContain(note);
    }
  });

  it("gives Aruba PEC's POP3 on 995, never the ISPDB's 993 (IMAPS: a typo)", () => {
    const pec = catalogueEntries.find((p) => p.id === 'aruba-pec');
    expect(pec?.pop3).toEqual([{ host: 'pop3s.pec.aruba.it', port: 995, security: 'ssl' }]);
  });

  // The review's §4.1: `*.ovh.net` matched OVH's forwarder and its customers' VPS names. A pattern must name a mail
  // service, never hosting infrastructure.
  const infrastructureHosts = [
    'redirect.ovh.net',
    'vps-8351387e.vps.ovh.net',
    'cluster021.hosting.ovh.net',
    'ns1234567.ip-51-68-1.eu',
    'ec2-3-120-1-1.eu-central-1.compute.amazonaws.com',
    'static.88-198-1-1.clients.your-server.de',
    'li123-45.members.linode.com',
    'vmi123456.contaboserver.net',
    'host-1-2-3-4.cloud.digitalocean.com',
    '1.2.3.4.bc.googleusercontent.com',
  ];
  it.each(infrastructureHosts)('no MX or CNAME pattern claims the hosting host %s', (host) => {
    const claims = catalogueEntries.flatMap((entry) =>
      [...(entry.mx ?? []), ...(entry.cnameTargets ?? [])]
        .filter((pattern) => pattern === host || (pattern.startsWith('*.') && host.endsWith(pattern.slice(1))))
        .map((pattern) => `${entry.id}: ${pattern}`),
    );
    expect(claims).toEqual([]);
  });

  // The review's §4.4: signals several brands share (team.blue's platform behind Register.it, Amen, Swizzonic,
  // Nominalia; OVH's DNS defaults; Google's and Microsoft's consumer and business services) name none of them.
  const sharedSignals = {
    spf: ['spf.webapps.net', 'mx.ovh.com', '_spf.google.com', 'spf.protection.outlook.com', '_spf-eu.ionos.com'],
    hosts: ['mail-pt.securemail.pro', 'mail-fr.securemail.pro', 'mx.swizzonic.email', 'mailconfig.ovh.net'],
  };
  it("keeps the sister brands' shared signals out of every entry", () => {
    for (const entry of catalogueEntries) {
      for (const include of entry.spfIncludes ?? []) expect(sharedSignals.spf, entry.id).not.toContain(include);
      for (const pattern of [...(entry.mx ?? []), ...(entry.cnameTargets ?? [])]) {
        for (const host of sharedSignals.hosts) {
          const claims = pattern === host || (pattern.startsWith('*.') && host.endsWith(pattern.slice(1)));
          expect(claims, `${entry.id}: ${pattern} claims ${host}`).toBe(false);
        }
      }
    }
  });

  it("proposes a webmail on the customer's domain only as an https template of the domain", () => {
    for (const entry of providersWithoutWebmail) {
      if (entry.webmailTemplate) expect(entry.webmailTemplate, entry.id).toMatch(/^https:\/\/\{domain\}\//);
    }
  });
});

describe('validateProvider', () => {
  const base = { id: 'studio', name: 'Studio Mail', webmailUrl: 'https://mail.studio.example' };

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,hi'],
    ['file:', 'file:///etc/passwd'],
    ['http:', 'http://mail.example.com'],
    ['credentials', 'https://user:pw@mail.example.com'],
    ['not a URL', 'webmail'],
  ])('refuses a %s webmail URL', (_, webmailUrl) => {
    const result = validateProvider({ ...base, webmailUrl });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([{ path: 'webmailUrl', code: 'notHttps' }]);
  });

  it('names each wrong field', () => {
    const result = validateProvider({ id: 'Bad Id', name: '', webmailUrl: 'https://x.example', mx: ['not a host'] });
    expect(!result.ok && result.errors).toEqual([
      { path: 'id', code: 'badId' },
      { path: 'name', code: 'empty' },
      { path: 'mx.0', code: 'notMx' },
    ]);
  });

  it('normalises domains to lower case', () => {
    const result = validateProvider({ ...base, domains: [' Studio.IT '] });
    expect(result.ok && result.value.domains).toEqual(['studio.it']);
  });

  it('isSafeWebUrl accepts https only', () => {
    expect(isSafeWebUrl('https://webmail.aruba.it')).toBe(true);
    expect(isSafeWebUrl('HTTPS://WEBMAIL.ARUBA.IT/x')).toBe(true);
    expect(isSafeWebUrl('  javascript:alert(1)')).toBe(false);
  });
});

describe('picker', () => {
  it('puts the last choice on top, keeping the rest in order', () => {
    const order = pickerOrder('gmail').map((p) => p.id);
    expect(order[0]).toBe('gmail');
    expect(order.slice(1, 3)).toEqual(['aruba', 'aruba-pec']);
    expect(order).toHaveLength(builtInProviders.length);
  });

  it('keeps the catalogue order when there is no (or an unknown) last choice', () => {
    expect(pickerOrder(null)[0]?.id).toBe('aruba');
    expect(pickerOrder('gone')[0]?.id).toBe('aruba');
  });

  it.each([
    ['aruba', ['aruba', 'aruba-pec']],
    ['ARUBA pec', ['aruba-pec']],
    ['libero.it', ['libero']],
    ['mario.rossi@alice.it', ['tim']],
    ['hotmail', ['outlook']],
    ['  ', ids],
    ['zzz-nothing', []],
  ])('filters %j', (query, expected) => {
    expect(filterProviders(builtInProviders, query).map((p) => p.id)).toEqual(expected);
  });
});

describe('preselection: nothing without a reason', () => {
  const none = { chosenId: null, lastId: null };
  it.each<[string, Parameters<typeof preselectedProvider>[0], string | undefined]>([
    ['a new user: nothing preselected', none, undefined],
    ['the last choice', { ...none, lastId: 'gmail' }, 'gmail'],
    ["the administrator's preset over the last choice", { ...none, lastId: 'gmail', presetId: 'aruba' }, 'aruba'],
    ["the user's pick over the preset", { chosenId: 'libero', lastId: null, presetId: 'aruba' }, 'libero'],
    [
      'a locked preset over everything',
      { chosenId: 'libero', lastId: 'gmail', presetId: 'aruba', locked: true },
      'aruba',
    ],
    ['an unknown preset is ignored', { ...none, presetId: 'nope', lastId: 'gmail' }, 'gmail'],
    ['an unknown last choice is ignored', { ...none, lastId: 'gone' }, undefined],
  ])('%s', (_, input, expected) => {
    expect(preselectedProvider(input, builtInProviders)?.id).toBe(expected);
  });
});

describe('the open button names the webmail once', () => {
  it.each([
    ['Aruba', 'openWebmail'],
    ['Webmail Studio Rossi', 'openWebmailNamed'],
    ['Posta WEBMAIL', 'openWebmailNamed'],
  ])('%s → %s', (name, key) => {
    expect(openWebmailKey(name)).toBe(key);
  });
});

describe('the look-alike entries and the words people use', () => {
  const names = (query: string) => filterProviders(builtInProviders, query).map((p) => p.id);

  it.each<[string, string[]]>([
    ['outlook', ['outlook', 'microsoft-365']],
    ['office', ['microsoft-365']],
    ['hotmail', ['outlook']],
    ['alice', ['tim']],
  ])('"%s" finds %j', (query, ids) => {
    expect(names(query)).toEqual(expect.arrayContaining(ids));
  });

  it('"pec" finds every PEC, and only PECs', () => {
    const pecs = builtInProviders.filter((p) => p.pec).map((p) => p.id);
    expect(pecs.length).toBeGreaterThanOrEqual(4);
    expect(names('pec').sort()).toEqual(pecs.sort());
  });

  it('says in plain words which of each look-alike pair is which', () => {
    for (const pair of [
      ['aruba', 'aruba-pec'],
      ['gmail', 'google-workspace'],
      ['outlook', 'microsoft-365'],
    ]) {
      const hints = pair.map((id) => findProvider(id)?.hint);
      expect(hints.every(Boolean), pair.join(' / ')).toBe(true);
      expect(new Set(hints).size).toBe(2);
    }
  });

  it('classes every entry as a consumer or a business mailbox, consumer ones without a consultant in between', () => {
    const detailed = (id: string) => withDetails(findProvider(id) as (typeof builtInProviders)[number]);
    for (const provider of builtInProviders) {
      expect(['consumer', 'business'], provider.id).toContain(withDetails(provider).audience);
    }
    expect(['gmail', 'libero', 'outlook', 'yahoo', 'icloud'].map((id) => detailed(id).audience)).toEqual(
      Array(5).fill('consumer'),
    );
    expect(['aruba', 'aruba-pec', 'google-workspace', 'microsoft-365'].map((id) => detailed(id).audience)).toEqual(
      Array(4).fill('business'),
    );
  });

  it('writes a name inside a sentence without its brackets', () => {
    expect(sentenceName('Outlook.com (Hotmail, Live)')).toBe('Outlook.com');
    expect(sentenceName('Aruba')).toBe('Aruba');
    expect(sentenceName('(weird)')).toBe('(weird)');
  });
});
