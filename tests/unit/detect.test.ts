import { describe, expect, it } from 'vitest';
import { cleanAddress, detectProvider, parseAddress, providerForDomain, providerForMx } from '../../core/detect';
import type { DnsAnswer } from '../../core/dns';
import { builtInProviders as catalogue } from '../../core/providers';

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
    expect(providerForMx(hosts, catalogue).provider?.id).toBe(id);
  });

  it('names the preferred MX when none matches', () => {
    expect(providerForMx(['mx.example.net', 'mx2.example.net'], catalogue)).toEqual({
      provider: undefined,
      host: 'mx.example.net',
    });
  });

  it('does not match a look-alike suffix', () => {
    expect(providerForMx(['evilmx.aruba.it.example.com'], catalogue).provider).toBeUndefined();
    expect(providerForMx(['notmail.protection.outlook.com.evil'], catalogue).provider).toBeUndefined();
  });
});

describe('detectProvider', () => {
  const dns = (answer: DnsAnswer) => async (): Promise<DnsAnswer> => answer;

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
    const result = await detectProvider(input, { catalogue, ...(answer ? { lookupMx: dns(answer) } : {}) });
    expect(result).toMatchObject(expected);
  });

  it('finds Aruba for the MX case', async () => {
    const result = await detectProvider('info@studio-rossi.it', {
      catalogue,
      lookupMx: dns({ status: 'ok', records: ['10 mx.aruba.it.'] }),
    });
    expect(result.kind === 'mx' && result.provider.id).toBe('aruba');
  });

  it('says so when lookups are turned off', async () => {
    expect(await detectProvider('info@studio-rossi.it', { catalogue })).toEqual({
      kind: 'lookup-disabled',
      domain: 'studio-rossi.it',
    });
  });
});
