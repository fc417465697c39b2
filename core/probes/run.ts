// The automatic checks' probes: is the internet up, does the webmail host answer, does its name resolve. Each is
// bounded by a timeout and classified (results.ts summarizes them). Pure: fetch is passed in.

import { parse } from 'tldts';
import { type DnsOptions, resolveDns } from '../catalogue/dns';
import { type ProbeKind, type ProbeResult, type ProbeStatus, probeTimeoutMs } from './results';

/**
 * Whether a host name may be asked of the public DNS-over-HTTPS resolvers: a name under a public suffix. An IP
 * literal (192.168.1.1, and 2130706433, which URL reads as 127.0.0.1) or an internal name (router.lan) never is:
 * it would tell outsiders about the user's network, and they could not answer anyway.
 */
export function isPublicName(host: string): boolean {
  const info = parse(host);
  return !info.isIp && info.isIcann === true && info.domain !== null && info.hostname === host;
}

/** Two independent, well-known endpoints: any answer at all means the internet works. */
export const connectivityUrls = ['https://www.gstatic.com/generate_204', 'https://www.cloudflare.com/cdn-cgi/trace'];

export interface CheckOptions extends DnsOptions {
  now?: () => number;
  connectivity?: readonly string[];
  probeTimeout?: number;
}

/**
 * One no-cors request: any response, even an opaque one, means the host answered. No cookies are sent and
 * nothing is read, so no host permission is needed and nothing private leaves the browser.
 */
export async function probeUrl(
  url: string,
  kind: ProbeKind,
  {
    fetch: fetchFn = globalThis.fetch,
    now = () => performance.now(),
    probeTimeout = probeTimeoutMs,
  }: CheckOptions = {},
): Promise<ProbeResult> {
  const host = new URL(url).hostname;
  const started = now();
  const timeout = AbortSignal.timeout(probeTimeout);
  try {
    await fetchFn(url, { mode: 'no-cors', credentials: 'omit', cache: 'no-store', signal: timeout });
    return { kind, host, status: 'ok', ms: Math.round(now() - started) };
  } catch {
    // The failure is the measurement: classified, not an error to log.
    return { kind, host, status: timeout.aborted ? 'timeout' : 'unreachable', ms: Math.round(now() - started) };
  }
}

/** Resolves the webmail host through DNS over HTTPS: tells a name that does not exist from a server that is down. */
export async function probeDns(host: string, options: CheckOptions = {}): Promise<ProbeResult> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const answer = await resolveDns(host, 'A', options);
  const ms = Math.round(now() - started);
  const status: ProbeStatus =
    answer.status === 'ok'
      ? answer.records.length > 0
        ? 'ok'
        : 'dns-failure'
      : answer.status === 'nxdomain'
        ? 'dns-failure'
        : answer.status === 'timeout'
          ? 'timeout'
          : 'unreachable';
  return { kind: 'webmail-dns', host, status, ms };
}

/** Every check at once; resolves when all have answered or timed out (about 2.5 s at worst). */
export async function runChecks(webmailUrl: string, options: CheckOptions = {}): Promise<ProbeResult[]> {
  const { origin, hostname: host } = new URL(webmailUrl);
  return Promise.all([
    ...(options.connectivity ?? connectivityUrls).map((url) => probeUrl(url, 'internet', options)),
    probeUrl(`${origin}/`, 'webmail', options),
    ...(isPublicName(host) ? [probeDns(host, options)] : []),
  ]);
}
