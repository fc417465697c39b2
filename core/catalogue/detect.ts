// From an email address to its provider: the mailbox domain first, then the domain's MX records.
// Pure; loaded by the popup only when the user types an address (tldts carries the public suffix list).
import { parse } from 'tldts';
import type { Reason, VerdictId } from '../answers';
import mxRoles from '../data/mx-roles.json';
import { type DnsAnswer, parseMxRecords, type RecordType } from './dns';
import { providersWithoutWebmail } from './finder-only';
import type { CatalogueEntry, Provider } from './provider';
import { withSignals } from './signals';

export type ParsedAddress =
  | { ok: true; address: string; domain: string; registrableDomain: string }
  | { ok: false; reason: 'empty' | 'invalid' };

const localPart = /^[a-z0-9!#$%&'*+/=?^_`{|}~.-]+$/i;

/**
 * The address inside what was typed or pasted: `Mario Rossi <mario@libero.it>` (as mail programs copy it),
 * `mailto:mario@libero.it`, or an address with the sentence's full stop after it.
 */
export function cleanAddress(input: string): string {
  const text = input.trim();
  const inAngles = /<([^<>]*)>\s*$/.exec(text)?.[1] ?? text;
  return inAngles
    .trim()
    .replace(/^mailto:/i, '')
    .replace(/\.+$/, '')
    .toLowerCase();
}

/** Checks the shape of an address and that its domain ends in a real public suffix (tldts). */
export function parseAddress(input: string): ParsedAddress {
  const address = cleanAddress(input);
  if (address === '') return { ok: false, reason: 'empty' };
  const at = address.lastIndexOf('@');
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (at <= 0 || !localPart.test(local) || local.length > 64 || domain.length > 253) {
    return { ok: false, reason: 'invalid' };
  }
  const info = parse(domain);
  if (info.isIp || !info.isIcann || !info.domain || info.hostname !== domain) return { ok: false, reason: 'invalid' };
  return { ok: true, address, domain, registrableDomain: info.domain };
}

/** The provider whose mailbox domains include the domain (or its registrable domain: tenant.onmicrosoft.com). */
export function providerForDomain<T extends CatalogueEntry>(
  domain: string,
  registrableDomain: string,
  catalogue: readonly T[],
): T | undefined {
  const owns = (candidate: string) => catalogue.find((p) => p.domains?.includes(candidate));
  return owns(domain) ?? owns(registrableDomain);
}

/** How well an MX pattern matches a host: exact beats `*.suffix`, a longer suffix beats a shorter one; 0 = no. */
function mxMatchScore(pattern: string, host: string): number {
  if (pattern === host) return 1000;
  if (pattern.startsWith('*.') && host.endsWith(pattern.slice(1))) return pattern.length;
  return 0;
}

export interface MxMatch<T extends CatalogueEntry = Provider> {
  provider: T | undefined;
  /** The MX host that decided (the matching one, or the preferred one when none matched). */
  host: string | undefined;
}

/** Matches MX hosts (already sorted by priority) against the catalogue's MX patterns. */
export function providerForMx<T extends CatalogueEntry>(hosts: readonly string[], catalogue: readonly T[]): MxMatch<T> {
  for (const host of hosts) {
    let best: { provider: T; score: number } | undefined;
    for (const provider of catalogue) {
      for (const pattern of provider.mx ?? []) {
        const score = mxMatchScore(pattern, host);
        if (score > (best?.score ?? 0)) best = { provider, score };
      }
    }
    if (best) return { provider: best.provider, host };
  }
  return { provider: undefined, host: hosts[0] };
}

export type Detection =
  | { kind: 'empty' | 'invalid' }
  | { kind: 'domain'; domain: string; provider: Provider; address: string }
  | { kind: 'mx'; domain: string; provider: Provider; mxHost: string; address: string }
  /** The domain's own MX host, recognised from other signals: its SPF includes, its MX hosts' addresses. */
  | { kind: 'signals'; domain: string; provider: Provider; via: Signal[]; mxHost: string; address: string }
  /**
   * A mail service the finder knows but the list does not carry (its webmail unknown, per country, or on the
   * customer's own domain): the user is asked for the address, with the `proposal` to confirm when a source gives it.
   */
  | { kind: 'no-webmail'; domain: string; name: string; address: string; proposal?: string }
  /** The MX only forwards mail (OVH's redirect, Cloudflare Email Routing): the mailbox is elsewhere. */
  | { kind: 'forward-only'; domain: string; mxHost: string; service: string }
  /** A spam filter receives the mail first and no other signal names the mailbox's provider. */
  | { kind: 'filtered'; domain: string; mxHost: string; service: string }
  | { kind: 'unknown-mx'; domain: string; mxHost: string }
  /** The domain exists but has no MX: it receives no mail. */
  | { kind: 'no-mx'; domain: string }
  /** NXDOMAIN: the domain does not exist (a typo, or an expired domain). */
  | { kind: 'no-domain'; domain: string }
  /** No resolver answered (no network), or DNS lookups are turned off by the administrator. */
  | { kind: 'lookup-failed' | 'lookup-disabled'; domain: string };

export interface DetectOptions {
  catalogue: readonly Provider[];
  /** Known mail services without a known webmail (the built-in ones by default); the catalogue wins over them. */
  withoutWebmail?: readonly CatalogueEntry[];
  /** Looks up DNS records (DNS over HTTPS); undefined when the administrator turned lookups off. */
  lookup?: (name: string, type: RecordType, timeoutMs?: number) => Promise<DnsAnswer>;
  /** The whole finder's time budget: it answers within it even when every resolver is silent. */
  budgetMs?: number;
  now?: () => number;
}

export type Signal = 'spf' | 'mx-address' | 'cname';

/**
 * The names of a domain whose CNAME may point to its mail provider (imap.<domain> → imaps.aruba.it;
 * autodiscover.<domain> → autodiscover.outlook.com, the one signal left when a spam filter stands in front).
 */
export const cnameLabels = ['imap', 'pop', 'autoconfig', 'autodiscover'] as const;

/** The MX hosts that name no mailbox provider (core/data/mx-roles.json): a forwarder, a spam filter. */
export function mxRole(host: string): { role: 'forward-only' | 'filtered'; service: string } | undefined {
  const matches = (list: readonly { mx: string; service: string }[]) =>
    list.find((entry) => mxMatchScore(entry.mx, host) > 0);
  const forward = matches(mxRoles.forwardOnly);
  if (forward) return { role: 'forward-only', service: forward.service };
  const filter = matches(mxRoles.spamFilters);
  return filter ? { role: 'filtered', service: filter.service } : undefined;
}

/** The webmail a finder-only entry proposes for a domain: its own address, or its template filled in. */
export function proposedWebmail(entry: CatalogueEntry, domain: string): string | undefined {
  return entry.webmailUrl ?? entry.webmailTemplate?.replace('{domain}', domain);
}

/** The address finder answers within this time, even when every resolver is silent. */
export const finderBudgetMs = 2500;

/** The names an SPF record includes: `"v=spf1 include:_spf.aruba.it ~all"` → ['_spf.aruba.it']. */
export function spfIncludes(txtRecords: readonly string[]): string[] {
  return txtRecords
    .map((record) => record.replace(/"\s*"/g, '').replace(/^"|"$/g, '').trim())
    .filter((record) => /^v=spf1(\s|$)/i.test(record))
    .flatMap((record) =>
      [...record.matchAll(/(?:^|\s)[+~?-]?include:(\S+)/gi)].map((m) => (m[1] as string).toLowerCase()),
    );
}

/** Whether an IPv4 address lies in a CIDR range (62.149.128.74 in 62.149.128.0/24). */
export function inRange(address: string, cidr: string): boolean {
  const toNumber = (ip: string) => {
    const parts = ip.split('.').map(Number);
    if (parts.length !== 4 || parts.some((p) => !Number.isInteger(p) || p < 0 || p > 255)) return undefined;
    return parts.reduce((n, p) => n * 256 + p, 0);
  };
  const [base, bits] = cidr.split('/');
  const ip = toNumber(address);
  const start = toNumber(base ?? '');
  const size = 2 ** (32 - Number(bits));
  if (ip === undefined || start === undefined || !Number.isFinite(size)) return false;
  return ip >= start - (start % size) && ip < start - (start % size) + size;
}

/** What a domain's records say beyond its MX names: its SPF includes, its MX hosts' addresses, its CNAME targets. */
export interface DomainSignals {
  includes: readonly string[];
  mxAddresses: readonly string[];
  cnameTargets?: readonly string[];
}

/**
 * The provider other signals point to, with the signals that agree; the one with the most wins. None when no
 * provider's SPF include, MX address range or CNAME target matches.
 */
export function providerForSignals<T extends CatalogueEntry>(
  { includes, mxAddresses, cnameTargets = [] }: DomainSignals,
  catalogue: readonly T[],
): { provider: T; via: Signal[] } | undefined {
  const scored = catalogue
    .map((provider) => {
      const via: Signal[] = [];
      if ((provider.spfIncludes ?? []).some((name) => includes.includes(name))) via.push('spf');
      if ((provider.mxAddressRanges ?? []).some((range) => mxAddresses.some((ip) => inRange(ip, range)))) {
        via.push('mx-address');
      }
      if (
        (provider.cnameTargets ?? []).some((pattern) => cnameTargets.some((host) => mxMatchScore(pattern, host) > 0))
      ) {
        via.push('cname');
      }
      return { provider, via };
    })
    .filter((candidate) => candidate.via.length > 0)
    .sort((a, b) => b.via.length - a.via.length);
  return scored[0];
}

export async function detectProvider(input: string, options: DetectOptions): Promise<Detection> {
  const parsed = parseAddress(input);
  if (!parsed.ok) return { kind: parsed.reason };
  const { domain, registrableDomain, address } = parsed;
  // The catalogue first: on a tie, a provider with a webmail wins over a known service without one.
  const known: readonly CatalogueEntry[] = [
    ...options.catalogue.map(withSignals),
    ...(options.withoutWebmail ?? providersWithoutWebmail),
  ];
  // Only the list's own providers are chosen; the finder's other entries name the service and propose or ask.
  const listed = new Set(options.catalogue.map((p) => p.id));
  const isListed = (entry: CatalogueEntry): entry is Provider => listed.has(entry.id);
  const withoutWebmail = (entry: CatalogueEntry): Detection => {
    const proposal = proposedWebmail(entry, domain);
    return { kind: 'no-webmail', domain, name: entry.name, address, ...(proposal ? { proposal } : {}) };
  };
  const byDomain = providerForDomain(domain, registrableDomain, known);
  if (byDomain) {
    return isListed(byDomain) ? { kind: 'domain', domain, provider: byDomain, address } : withoutWebmail(byDomain);
  }
  const { lookup, budgetMs = finderBudgetMs, now = () => Date.now() } = options;
  if (!lookup) return { kind: 'lookup-disabled', domain };
  const started = now();
  // MX and the SPF record at once; the MX hosts' addresses only if the MX names alone do not tell.
  const txt = lookup(domain, 'TXT');
  const answer = await lookup(domain, 'MX');
  if (answer.status === 'nxdomain') return { kind: 'no-domain', domain };
  if (answer.status !== 'ok') return { kind: 'lookup-failed', domain };
  const hosts = parseMxRecords(answer.records).map((mx) => mx.host);
  if (hosts.length === 0) return { kind: 'no-mx', domain };
  const match = providerForMx(hosts, known);
  if (match.provider && match.host) {
    return isListed(match.provider)
      ? { kind: 'mx', domain, provider: match.provider, mxHost: match.host, address }
      : withoutWebmail(match.provider);
  }
  // A forwarder is a finding of its own: no mailbox here, nothing more to look up.
  const role = mxRole(hosts[0] as string);
  if (role?.role === 'forward-only') {
    return { kind: 'forward-only', domain, mxHost: hosts[0] as string, service: role.service };
  }
  // The MX hosts' addresses and the CNAMEs of imap./pop./autoconfig.<domain>, all at once, within what is left.
  const left = Math.max(300, budgetMs - (now() - started));
  const records = (answers: DnsAnswer[]) => answers.flatMap((a) => (a.status === 'ok' ? a.records : []));
  const [spf, addresses, cnames] = await Promise.all([
    txt,
    Promise.all(hosts.slice(0, 2).map((host) => lookup(host, 'A', left))),
    Promise.all(cnameLabels.map((label) => lookup(`${label}.${domain}`, 'CNAME', left))),
  ]);
  const signals = providerForSignals(
    {
      includes: spf?.status === 'ok' ? spfIncludes(spf.records) : [],
      mxAddresses: records(addresses),
      cnameTargets: records(cnames).map((name) => name.toLowerCase().replace(/\.$/, '')),
    },
    known,
  );
  if (signals) {
    const { provider, via } = signals;
    return isListed(provider)
      ? { kind: 'signals', domain, provider, via, mxHost: hosts[0] as string, address }
      : withoutWebmail(provider);
  }
  // A spam filter in front, and nothing behind it to see: say so (never "unknown": the filter is not the mailbox).
  if (role?.role === 'filtered') return { kind: 'filtered', domain, mxHost: hosts[0] as string, service: role.service };
  return { kind: 'unknown-mx', domain, mxHost: hosts[0] as string };
}

/**
 * The verdict a finder's dead end reaches by itself, when it has one. A domain that does not exist (often an expired
 * one) or receives no mail fails for every mailbox in it: the mailbox's verdict (`account`: whoever set up the
 * domain), with the reason; a provider nobody lists, a forwarder or a spam filter has none, only a person to ask.
 */
export function deadEndVerdict(
  kind: Detection['kind'],
): { verdict: Extract<VerdictId, 'account'>; reason: Extract<Reason, 'domain-missing' | 'domain-no-mail'> } | null {
  if (kind === 'no-domain') return { verdict: 'account', reason: 'domain-missing' };
  if (kind === 'no-mx') return { verdict: 'account', reason: 'domain-no-mail' };
  return null;
}
