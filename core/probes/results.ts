// The automatic checks' results ("ask the neighbours") and what they prove. The probes themselves are in
// run.ts, loaded only by the background: the popup needs the summary, not the network code.

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
