// The automatic checks ("ask the neighbours"): is the internet up, does the webmail host answer, does its name
// resolve. Each is bounded by a timeout and classified; the summary feeds the decision. Pure: fetch is passed in.
import { type DnsOptions, resolveDns } from './dns';

/** Two independent, well-known endpoints: any answer at all means the internet works. */
export const connectivityUrls = ['https://www.gstatic.com/generate_204', 'https://www.cloudflare.com/cdn-cgi/trace'];
export const probeTimeoutMs = 2500;

export type ProbeStatus = 'ok' | 'dns-failure' | 'unreachable' | 'timeout';
export type ProbeKind = 'internet' | 'webmail' | 'webmail-dns';

export interface ProbeResult {
  kind: ProbeKind;
  /** The host asked (for webmail-dns: the webmail host whose name was resolved). */
  host: string;
  status: ProbeStatus;
  ms: number;
}

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
  const origin = new URL(webmailUrl).origin;
  return Promise.all([
    ...(options.connectivity ?? connectivityUrls).map((url) => probeUrl(url, 'internet', options)),
    probeUrl(`${origin}/`, 'webmail', options),
    probeDns(new URL(webmailUrl).hostname, options),
  ]);
}

/** `slow`: no answer within the timeout. A timeout is not a failure: it never leads to a verdict by itself. */
export type Reach = 'up' | 'down' | 'slow' | 'unknown';
export interface Evidence {
  internet: Reach;
  webmail: Reach;
}
export const noEvidence: Evidence = { internet: 'unknown', webmail: 'unknown' };

/**
 * What the checks prove. The internet is up when anything answered (a connectivity endpoint, the webmail, or a
 * DNS resolver); down only when nothing did and every request failed outright (offline, refused), slow when
 * requests were still waiting at the timeout. The webmail is down only on a hard failure (its name not found,
 * the connection refused or failing) while the internet is up; slow when it did not answer in time.
 */
export function summarize(results: readonly ProbeResult[] | null | undefined): Evidence {
  if (!results || results.length === 0) return noEvidence;
  const anythingAnswered = results.some(
    (r) => r.status === 'ok' || (r.kind === 'webmail-dns' && r.status === 'dns-failure'),
  );
  const internet: Reach = anythingAnswered ? 'up' : results.some((r) => r.status === 'timeout') ? 'slow' : 'down';
  const webmail = webmailStatus(results);
  if (!webmail) return { internet, webmail: 'unknown' };
  if (webmail.status === 'ok') return { internet, webmail: 'up' };
  // Without a working connection, whether the webmail works cannot be told.
  if (internet !== 'up') return { internet, webmail: 'unknown' };
  return { internet, webmail: webmail.status === 'timeout' ? 'slow' : 'down' };
}

/** The webmail result with the DNS verdict folded in: a name that does not resolve is a DNS failure. */
export function webmailStatus(results: readonly ProbeResult[]): ProbeResult | undefined {
  const webmail = results.find((r) => r.kind === 'webmail');
  const dns = results.find((r) => r.kind === 'webmail-dns');
  if (webmail && webmail.status !== 'ok' && dns?.status === 'dns-failure') return { ...webmail, status: 'dns-failure' };
  return webmail;
}
