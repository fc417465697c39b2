import { describe, expect, it } from 'vitest';
import { builtInProviders as catalogue } from '../../core/catalogue/built-in';
import {
  cleanAddress,
  deadEndVerdict,
  detectProvider,
  inRange,
  parseAddress,
  providerForDomain,
  providerForMx,
  spfIncludes,
} from '../../core/catalogue/detect';
import type { DnsAnswer } from '../../core/catalogue/dns';
import { withSignals } from '../../core/catalogue/signals';

/** The built-in providers with what identifies their mail servers, as the finder sees them. */
const withMx = catalogue.map(withSignals);

describe('deadEndVerdict: where a finder dead end leads by itself', () => {
  it.each([
    ['no-domain', { verdict: 'account', reason: 'domain-missing' }],
    ['no-mx', { verdict: 'account', reason: 'domain-no-mail' }],
    ['unknown-mx', null],
    ['forward-only', null],
    ['filtered', null],
    ['no-webmail', null],
    ['lookup-failed', null],
    ['mx', null],
  ] as const)('%s → %j', (kind, outcome) => {
    expect(deadEndVerdict(kind)).toEqual(outcome);
  });
});

describe('cleanAddress', () => {
  it('keeps the address the report will carry', () => {
    expect(cleanAddress('Mario Rossi <Mario@Libero.it>')).toBe('mario@libero.it');
    expect(cleanAddress('mario@libero.it...')).toBe('mario@libero.it');
  });
});

describe('parseAddress', () => {
  it.each([
    ['info@studio-rossi.it', 'studio-rossi.it', 'studio-rossi.it'],
    ['  Mario.Rossi@Libero.IT ', 'libero.it', 'libero.it'],
    ['a@tenant.onmicrosoft.com', 'tenant.onmicrosoft.com', 'onmicrosoft.com'],
    ['x@mail.studio.co.uk', 'mail.studio.co.uk', 'studio.co.uk'],
    // As mail programs copy an address, or at the end of a sentence.
    ['Mario Rossi <mario@libero.it>', 'libero.it', 'libero.it'],
    ['"Rossi, Mario" <mario@studio-rossi.it> ', 'studio-rossi.it', 'studio-rossi.it'],
    ['mario@libero.it.', 'libero.it', 'libero.it'],
    ['mailto:mario@libero.it', 'libero.it', 'libero.it'],
  ])('%j → domain %s (registrable %s)', (input, domain, registrableDomain) => {
    expect(parseAddress(input)).toMatchObject({ ok: true, domain, registrableDomain });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['studio-rossi.it', 'invalid'],
    ['@studio-rossi.it', 'invalid'],
    ['mario@', 'invalid'],
    ['mario@localhost', 'invalid'],
    ['mario@studio.notarealtld', 'invalid'],
    ['mario@127.0.0.1', 'invalid'],
    ['ma rio@studio.it', 'invalid'],
    ['mario@studio..it', 'invalid'],
  ])('%j → %s', (input, reason) => {
    expect(parseAddress(input)).toEqual({ ok: false, reason });
  });
});

describe('provider from the domain', () => {
  it.each([
    ['libero.it', 'libero'],
    ['virgilio.it', 'virgilio'],
    ['tim.it', 'tim'],
    ['alice.it', 'tim'],
    ['gmail.com', 'gmail'],
    ['outlook.com', 'outlook'],
    ['hotmail.it', 'outlook'],
    ['live.it', 'outlook'],
    ['icloud.com', 'icloud'],
    ['me.com', 'icloud'],
    ['yahoo.it', 'yahoo'],
    ['pec.it', 'aruba-pec'],
  ])('%s → %s', (domain, id) => {
    expect(providerForDomain(domain, domain, catalogue)?.id).toBe(id);
  });

  it('falls back to the registrable domain', () => {
    expect(providerForDomain('tenant.onmicrosoft.com', 'onmicrosoft.com', catalogue)?.id).toBe('microsoft-365');
    expect(providerForDomain('studio-rossi.it', 'studio-rossi.it', catalogue)).toBeUndefined();
  });
});

describe('provider from MX hosts', () => {
  it.each([
    [['mx.aruba.it'], 'aruba'],
    [['mx.pec.aruba.it'], 'aruba-pec'],
    [['aspmx.l.google.com', 'alt1.aspmx.l.google.com'], 'google-workspace'],
    [['smtp.google.com'], 'google-workspace'],
    [['studiorossi-it.mail.protection.outlook.com'], 'microsoft-365'],
    [['eur.olc.protection.outlook.com'], 'outlook'],
    [['mx1.mail.ovh.net'], 'ovhcloud'],
    [['mx.zoho.eu'], 'zoho-eu'],
    [['mail.protonmail.ch'], 'proton'],
    [['backup.example.net', 'mx.aruba.it'], 'aruba'],
  ])('%j → %s', (hosts, id) => {
    expect(providerForMx(hosts, withMx).provider?.id).toBe(id);
  });

  it('names the preferred MX when none matches', () => {
    expect(providerForMx(['mx.example.net', 'mx2.example.net'], withMx)).toEqual({
      provider: undefined,
      host: 'mx.example.net',
    });
  });

  it('does not match a look-alike suffix', () => {
    expect(providerForMx(['evilmx.aruba.it.example.com'], withMx).provider).toBeUndefined();
    expect(providerForMx(['notmail.protection.outlook.com.evil'], withMx).provider).toBeUndefined();
  });
});

describe('detectProvider', () => {
  /** A resolver that answers MX queries with `answer`, and has nothing else (no SPF, no addresses). */
  const dns =
    (answer: DnsAnswer) =>
    async (_: string, type: string): Promise<DnsAnswer> =>
      type === 'MX' ? answer : { status: 'ok', records: [] };

  it.each<[string, string, DnsAnswer | undefined, object]>([
    ['mailbox domain, no lookup', 'mario@libero.it', undefined, { kind: 'domain', domain: 'libero.it' }],
    [
      'custom domain on Aruba',
      'info@studio-rossi.it',
      { status: 'ok', records: ['20 mx2.example.net.', '10 mx.aruba.it.'] },
      { kind: 'mx', domain: 'studio-rossi.it', mxHost: 'mx.aruba.it' },
    ],
    [
      'unknown MX',
      'info@studio-rossi.it',
      { status: 'ok', records: ['10 mx.example.net.'] },
      { kind: 'unknown-mx', mxHost: 'mx.example.net' },
    ],
    ['no MX at all', 'info@studio-rossi.it', { status: 'ok', records: [] }, { kind: 'no-mx' }],
    ['domain does not exist', 'info@studio-rossi.it', { status: 'nxdomain' }, { kind: 'no-domain' }],
    ['no network', 'info@studio-rossi.it', { status: 'unreachable' }, { kind: 'lookup-failed' }],
    ['resolver error', 'info@studio-rossi.it', { status: 'error', code: 2 }, { kind: 'lookup-failed' }],
    ['invalid address', 'studio-rossi', { status: 'ok', records: [] }, { kind: 'invalid' }],
  ])('%s', async (_, input, answer, expected) => {
    const result = await detectProvider(input, { catalogue, ...(answer ? { lookup: dns(answer) } : {}) });
    expect(result).toMatchObject(expected);
  });

  it('finds Aruba for the MX case', async () => {
    const result = await detectProvider('info@studio-rossi.it', {
      catalogue,
      lookup: dns({ status: 'ok', records: ['10 mx.aruba.it.'] }),
    });
    expect(result.kind === 'mx' && result.provider.id).toBe('aruba');
  });

  // A business domain hosted by Aruba publishes its own mx.<domain> (catalogue-audit.md): recognised by its SPF
  // include and by its MX host's address in Aruba's mail range; each alone is enough, both agree.
  const zone =
    (records: { mx?: string[]; txt?: string[]; a?: Record<string, string[]>; cname?: Record<string, string[]> }) =>
    async (name: string, type: string): Promise<DnsAnswer> => {
      if (type === 'MX') return { status: 'ok', records: records.mx ?? [] };
      if (type === 'TXT') return { status: 'ok', records: records.txt ?? [] };
      if (type === 'CNAME') return { status: 'ok', records: records.cname?.[name] ?? [] };
      return { status: 'ok', records: records.a?.[name] ?? [] };
    };
  it.each<[string, Parameters<typeof zone>[0], object]>([
    [
      'own MX + SPF include + address in range',
      {
        mx: ['10 mx.studio-rossi.it.'],
        txt: ['"v=spf1 include:_spf.aruba.it ~all"'],
        a: { 'mx.studio-rossi.it': ['62.149.128.74'] },
      },
      { kind: 'signals', mxHost: 'mx.studio-rossi.it', via: ['spf', 'mx-address'] },
    ],
    [
      'own MX + SPF only',
      { mx: ['10 mx.studio-rossi.it.'], txt: ['"v=spf1 mx " "include:_spf.aruba.it -all"'] },
      { kind: 'signals', via: ['spf'] },
    ],
    [
      'own MX + address only',
      { mx: ['10 mx.studio-rossi.it.'], a: { 'mx.studio-rossi.it': ['62.149.128.160'] } },
      { kind: 'signals', via: ['mx-address'] },
    ],
    [
      'an address outside the range, an unrelated SPF: unknown',
      {
        mx: ['10 mx.studio-rossi.it.'],
        txt: ['"v=spf1 include:spf.example.net ~all"', '"google-site-verification=x"'],
        a: { 'mx.studio-rossi.it': ['62.149.129.1'] },
      },
      { kind: 'unknown-mx', mxHost: 'mx.studio-rossi.it' },
    ],
    [
      'own MX + imap.<domain> CNAME imaps.aruba.it only',
      { mx: ['10 mx.studio-rossi.it.'], cname: { 'imap.studio-rossi.it': ['imaps.aruba.it.'] } },
      { kind: 'signals', via: ['cname'] },
    ],
    [
      'own MX + autoconfig CNAME (upper case) + SPF',
      {
        mx: ['10 mx.studio-rossi.it.'],
        txt: ['"v=spf1 include:_spf.aruba.it ~all"'],
        cname: { 'autoconfig.studio-rossi.it': ['AUTODISCOVER.ARUBA.IT.'] },
      },
      { kind: 'signals', via: ['spf', 'cname'] },
    ],
    [
      'a CNAME to a look-alike host: unknown',
      { mx: ['10 mx.studio-rossi.it.'], cname: { 'imap.studio-rossi.it': ['imaps.aruba.it.example.net.'] } },
      { kind: 'unknown-mx' },
    ],
  ])('Aruba-hosted domain: %s', async (_, records, expected) => {
    const result = await detectProvider('info@studio-rossi.it', { catalogue, lookup: zone(records) });
    expect(result).toMatchObject(expected);
    if (result.kind === 'signals') expect(result.provider.id).toBe('aruba');
  });

  it('Microsoft 365 with DNSSEC (*.mx.microsoft) and AOL (an exact host over Yahoo) are found by MX', async () => {
    const m365 = await detectProvider('a@contoso.com', {
      catalogue,
      lookup: zone({ mx: ['0 contoso-com.p-v1.mx.microsoft.'] }),
    });
    expect(m365.kind === 'mx' && m365.provider.id).toBe('microsoft-365');
    const aol = await detectProvider('a@studio.it', {
      catalogue,
      lookup: zone({ mx: ['1 mx-aol.mail.gm0.yahoodns.net.'] }),
    });
    expect(aol.kind === 'mx' && aol.provider.id).toBe('aol');
  });

  // Services the catalogue knows without a webmail: found, named, and the user is asked for the address.
  it.each<[string, string, Parameters<typeof zone>[0], object]>([
    ['Email.it by mailbox domain', 'mario@email.it', {}, { kind: 'no-webmail', name: 'Email.it' }],
    ['tin.it by mailbox domain', 'mario@tin.it', {}, { kind: 'no-webmail', name: 'Tin.it (TIM)' }],
    [
      'Postecertifica by mailbox domain',
      'ente@postecertifica.it',
      {},
      { kind: 'no-webmail', name: 'Postecertifica (Poste PEC)' },
    ],
    [
      'Register.it PEC on a customer subdomain, by MX',
      'info@pec.rossi-srl.it',
      { mx: ['10 server.pec-email.com.'] },
      { kind: 'no-webmail', name: 'Register.it PEC', domain: 'pec.rossi-srl.it', address: 'info@pec.rossi-srl.it' },
    ],
    [
      'Register.it PEC on its own MX, by SPF',
      'info@pec.rossi-srl.it',
      { mx: ['10 mx.pec.rossi-srl.it.'], txt: ['"v=spf1 include:spf.pec-email.com ~all"'] },
      { kind: 'no-webmail', name: 'Register.it PEC' },
    ],
    [
      'Aruba PEC on a customer subdomain, by MX',
      'info@pec.rossi-srl.it',
      { mx: ['10 mx.pec.aruba.it.'] },
      { kind: 'mx', domain: 'pec.rossi-srl.it', mxHost: 'mx.pec.aruba.it' },
    ],
    [
      'Namirial PEC on a customer subdomain, by SPF',
      'info@certificata.rossi-srl.it',
      { mx: ['10 mx.certificata.rossi-srl.it.'], txt: ['"v=spf1 include:_spf.sicurezzapostale.it -all"'] },
      { kind: 'signals', via: ['spf'] },
    ],
  ])('%s', async (_, input, records, expected) => {
    expect(await detectProvider(input, { catalogue, lookup: zone(records) })).toMatchObject(expected);
  });

  // The catalogue review, round two (docs/research/catalogue-review-2026-12.md): what a client meets typing an address
  // at a real kind of domain.
  it.each<[string, string, Parameters<typeof zone>[0], object]>([
    [
      'a domain at OVH that only forwards: a finding of its own, never "OVHcloud"',
      'info@rossi-srl.it',
      { mx: ['1 redirect.ovh.net.'] },
      { kind: 'forward-only', domain: 'rossi-srl.it', service: 'OVHcloud', mxHost: 'redirect.ovh.net' },
    ],
    [
      'Cloudflare Email Routing: forward-only',
      'info@rossi-srl.it',
      { mx: ['12 route2.mx.cloudflare.net.', '50 route1.mx.cloudflare.net.'] },
      { kind: 'forward-only', service: 'Cloudflare Email Routing' },
    ],
    [
      'an own mail server on an OVH VPS: unknown, never OVH',
      'info@rossi-srl.it',
      { mx: ['10 vps-8351387e.vps.ovh.net.'] },
      { kind: 'unknown-mx', mxHost: 'vps-8351387e.vps.ovh.net' },
    ],
    [
      'OVH MX Plan, Email Pro or Exchange: OVHcloud',
      'info@rossi-srl.it',
      { mx: ['1 mx1.mail.ovh.net.', '5 mx2.mail.ovh.net.'] },
      { kind: 'mx', mxHost: 'mx1.mail.ovh.net' },
    ],
    [
      'Google Workspace with the DNSSEC MX set',
      'info@bianchi.it',
      { mx: ['1 mx1.smtp.goog.', '5 mx2.smtp.goog.', '10 mx4.smtp.goog.'] },
      { kind: 'mx', mxHost: 'mx1.smtp.goog' },
    ],
    [
      'IONOS Germany: named, its webmail proposed to confirm',
      'info@mueller-gmbh.de',
      { mx: ['10 mx00.ionos.de.', '10 mx01.ionos.de.'] },
      { kind: 'no-webmail', name: 'IONOS (Deutschland)', proposal: 'https://mail.ionos.de/' },
    ],
    [
      'IONOS UK: named, no webmail proposed (no source gives it)',
      'info@smith.co.uk',
      { mx: ['10 mx00.ionos.co.uk.'] },
      { kind: 'no-webmail', name: 'IONOS (UK)' },
    ],
    [
      'a 1&1 DSL mailbox: its own webmail, not IONOS Italy',
      'hans@online.de',
      {},
      { kind: 'no-webmail', name: '1&1 (DSL-Postfach)', proposal: 'https://www.1und1.de/login' },
    ],
    [
      "SiteGround: the webmail on the customer's own domain, proposed",
      'info@verdi-srl.it',
      { mx: ['10 mx10.mailspamprotection.com.', '20 mx20.mailspamprotection.com.'] },
      { kind: 'no-webmail', name: 'SiteGround', proposal: 'https://verdi-srl.it/webmail' },
    ],
    [
      'a spam filter in front, Microsoft 365 behind it: found from autodiscover.<domain>',
      'info@neri-spa.it',
      {
        mx: ['10 neri-spa-it.esvacloud.com.'],
        cname: { 'autodiscover.neri-spa.it': ['autodiscover.outlook.com.'] },
      },
      { kind: 'signals', via: ['cname'] },
    ],
    [
      'a spam filter in front and nothing behind it to see: said, not "unknown"',
      'info@neri-spa.it',
      { mx: ['10 eu-smtp-inbound-1.mimecast.com.'] },
      { kind: 'filtered', service: 'Mimecast', mxHost: 'eu-smtp-inbound-1.mimecast.com' },
    ],
    [
      'Register.it from its Italian autoconfig target',
      'info@rossi-srl.it',
      { mx: ['10 mail.rossi-srl.it.'], cname: { 'autoconfig.rossi-srl.it': ['tb-it.securemail.pro.'] } },
      { kind: 'signals', via: ['cname'] },
    ],
    [
      "team.blue's shared SPF alone never names Register.it",
      'info@amen-client.pt',
      { mx: ['10 mail-pt.securemail.pro.'], txt: ['"v=spf1 include:spf.webapps.net ~all"'] },
      { kind: 'unknown-mx' },
    ],
    [
      'an Aruba zone with include:spf.aruba.it (no underscore)',
      'info@ncc-taxi.com',
      { mx: ['10 mx.ncc-taxi.com.'], txt: ['"v=spf1 include:spf.aruba.it ~all"'] },
      { kind: 'signals', via: ['spf'] },
    ],
  ])('%s', async (_, input, records, expected) => {
    const result = await detectProvider(input, { catalogue, lookup: zone(records) });
    expect(result).toMatchObject(expected);
    if (input === 'info@bianchi.it') expect(result.kind === 'mx' && result.provider.id).toBe('google-workspace');
    if (input === 'info@neri-spa.it' && result.kind === 'signals') expect(result.provider.id).toBe('microsoft-365');
    if (input.endsWith('rossi-srl.it') && result.kind === 'signals') expect(result.provider.id).toBe('register-it');
    if (input === 'info@ncc-taxi.com' && result.kind === 'signals') expect(result.provider.id).toBe('aruba');
    if (input === 'info@rossi-srl.it' && result.kind === 'mx') expect(result.provider.id).toBe('ovhcloud');
  });

  it('a domain hosted at GMX.com is GMX.com, not gmx.net', async () => {
    const result = await detectProvider('a@smith-family.us', { catalogue, lookup: zone({ mx: ['10 mx00.gmx.com.'] }) });
    expect(result.kind === 'mx' && result.provider.id).toBe('gmx-com');
  });

  it('looks up autodiscover.<domain> with the other names, at once (the budget does not grow)', async () => {
    const asked: string[] = [];
    await detectProvider('info@rossi-srl.it', {
      catalogue,
      lookup: async (name, type) => {
        asked.push(`${type} ${name}`);
        return type === 'MX' ? { status: 'ok', records: ['10 mx.rossi-srl.it.'] } : { status: 'ok', records: [] };
      },
    });
    expect(asked).toEqual(
      expect.arrayContaining([
        'CNAME autodiscover.rossi-srl.it',
        'CNAME imap.rossi-srl.it',
        'CNAME autoconfig.rossi-srl.it',
      ]),
    );
  });

  it('a provider with a webmail wins over a known service without one', async () => {
    const own = {
      id: 'email-it-webmail',
      name: 'Email.it (our webmail)',
      webmailUrl: 'https://webmail.example.it',
      domains: ['email.it'],
    };
    const result = await detectProvider('mario@email.it', { catalogue: [...catalogue, own] });
    expect(result.kind === 'domain' && result.provider.id).toBe('email-it-webmail');
    expect(await detectProvider('mario@email.it', { catalogue, withoutWebmail: [] })).toMatchObject({
      kind: 'lookup-disabled',
    });
  });

  it('a Register.it customer domain whose MX names a host of its own, found from pop.<domain> CNAME', async () => {
    const result = await detectProvider('info@rossi-srl.it', {
      catalogue,
      lookup: zone({ mx: ['10 mail.rossi-srl.it.'], cname: { 'pop.rossi-srl.it': ['mail.register.it.'] } }),
    });
    expect(result.kind === 'signals' && [result.provider.id, result.via]).toEqual(['register-it', ['cname']]);
  });

  it('answers within its budget when the address lookups hang', async () => {
    const hang = async (_: string, type: string, timeoutMs?: number): Promise<DnsAnswer> => {
      if (type === 'MX') return { status: 'ok', records: ['10 mx.studio-rossi.it.'] };
      await new Promise((done) => setTimeout(done, timeoutMs ?? 2000));
      return { status: 'timeout' };
    };
    const started = Date.now();
    expect(await detectProvider('info@studio-rossi.it', { catalogue, lookup: hang, budgetMs: 400 })).toMatchObject({
      kind: 'unknown-mx',
    });
    expect(Date.now() - started).toBeLessThan(2500);
  });

  it('says so when lookups are turned off', async () => {
    expect(await detectProvider('info@studio-rossi.it', { catalogue })).toEqual({
      kind: 'lookup-disabled',
      domain: 'studio-rossi.it',
    });
  });
});

describe('signals', () => {
  it.each([
    ['"v=spf1 include:_spf.aruba.it ~all"', ['_spf.aruba.it']],
    ['"v=spf1 a mx " "include:_SPF.Aruba.it" " -all"', ['_spf.aruba.it']],
    ['"v=spf1 +include:a.example ?include:b.example -all"', ['a.example', 'b.example']],
    ['"google-site-verification=abc include:x"', []],
  ])('SPF %s → %j', (record, expected) => {
    expect(spfIncludes([record])).toEqual(expected);
  });

  it.each([
    ['62.149.128.74', '62.149.128.0/24', true],
    ['62.149.128.255', '62.149.128.0/24', true],
    ['62.149.129.0', '62.149.128.0/24', false],
    ['10.0.0.1', '0.0.0.0/0', true],
    ['not-an-ip', '62.149.128.0/24', false],
    ['62.149.128.74', '62.149.128.74/32', true],
  ])('%s in %s → %s', (ip, cidr, expected) => {
    expect(inRange(ip, cidr)).toBe(expected);
  });
});
