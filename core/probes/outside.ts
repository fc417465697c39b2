// The neighbours on other networks: Globalping (a public network of community probes, free without a key up to 250
// tests an hour, CORS `*`) runs a TCP ping to the provider's host and port from up to three probes in Italy. A
// browser can never open an IMAP or SMTP port; a probe in Italy can. Pure: the request, reading the answer, and what
// it proves. Shapes from Globalping's public API spec (public/v1/spec.yaml, components/schemas.yaml: POST
// /v1/measurements, GET /v1/measurements/{id}).
import type { Outcome } from '../answers';
import type { Provider } from '../catalogue/provider';

export const globalpingApi = 'https://api.globalping.io/v1/measurements';
/** Probes asked for: enough to tell one probe's bad day from a real failure, few enough for the hourly limit. */
export const outsideProbes = 3;
/** The whole measurement's time limit, create and poll: a result within it or "not available", never a wait. */
export const outsideTimeoutMs = 8_000;
/** A host's result is reused this long: several checks in an office ask Globalping once. */
export const outsideCacheMs = 5 * 60_000;

/** What was measured: a host and a port (a mail port, or the webmail's 443). */
export interface OutsideTarget {
  host: string;
  port: number;
}

/**
 * Where a check's neighbours look. The webmail did not open: its own host on 443 (the mail ports could answer while
 * the webmail's front end is down). The login was refused or the inbox failed: the provider's mail servers, IMAP
 * first (993), then POP (995), then SMTP (465 or 587), else the webmail host.
 */
export function outsideTarget(provider: Provider, outcome: Outcome | undefined): OutsideTarget | null {
  const webmail = { host: new URL(provider.webmailUrl).hostname, port: 443 };
  if (outcome === 'page-failed') return webmail;
  const server =
    provider.imap?.[0] ?? provider.pop3?.[0] ?? provider.smtp?.find((s) => s.port === 465 || s.port === 587);
  return server ? { host: server.host, port: server.port } : webmail;
}

/** The outcomes that ask the neighbours: the webmail did not open, the login was refused, the inbox failed. */
export const outsideOutcomes: readonly Outcome[] = ['page-failed', 'login-failed', 'inbox-failed'];

/** The body of the measurement: a TCP ping (three packets) from up to three probes in Italy. */
export function measurementRequest(target: OutsideTarget): string {
  return JSON.stringify({
    type: 'ping',
    target: target.host,
    locations: [{ country: 'IT' }],
    limit: outsideProbes,
    measurementOptions: { protocol: 'TCP', port: target.port, packets: 3 },
  });
}

/** One probe's answer: where it stands and whether the host answered on the port. */
export interface OutsideProbe {
  city: string;
  network: string;
  answered: boolean;
}

/**
 * What the neighbours found: `up` every probe reached the host, `down` none did, `mixed` some did, `unavailable` no
 * answer (no network, the service's error or rate limit, no probe, the time limit).
 */
export type OutsideState = 'up' | 'down' | 'mixed' | 'unavailable';
export type OutsideWhy = 'offline' | 'rate-limited' | 'service-error' | 'no-probes' | 'timeout';

export interface OutsideReading {
  state: OutsideState;
  host: string;
  port: number;
  /** Globalping's measurement id: third-party, time-stamped evidence for the provider's ticket (kept 7 days). */
  id?: string;
  at: number;
  probes: OutsideProbe[];
  why?: OutsideWhy;
}

const text = (value: unknown, max = 60) => (typeof value === 'string' ? value.slice(0, max) : '');

/** A measurement's answer read: finished or not, and each finished probe. Never throws on a strange answer. */
export function readMeasurement(json: unknown): { finished: boolean; probes: OutsideProbe[] } {
  const body = json && typeof json === 'object' ? (json as Record<string, unknown>) : {};
  const results = Array.isArray(body.results) ? body.results : [];
  const probes = results.flatMap((item): OutsideProbe[] => {
    if (!item || typeof item !== 'object') return [];
    const { probe, result } = item as { probe?: Record<string, unknown>; result?: Record<string, unknown> };
    if (!result || (result.status !== 'finished' && result.status !== 'failed')) return [];
    const stats = result.stats as Record<string, unknown> | undefined;
    const answered = result.status === 'finished' && typeof stats?.rcv === 'number' && stats.rcv > 0;
    return [{ city: text(probe?.city), network: text(probe?.network), answered }];
  });
  return { finished: body.status === 'finished', probes };
}

/** What the probes prove. */
export function outsideStateOf(probes: readonly OutsideProbe[]): OutsideState {
  if (probes.length === 0) return 'unavailable';
  const answered = probes.filter((p) => p.answered).length;
  return answered === probes.length ? 'up' : answered === 0 ? 'down' : 'mixed';
}

/** Why a create request gave no measurement, from its HTTP status. */
export function whyOfStatus(status: number): OutsideWhy {
  return status === 429 ? 'rate-limited' : status === 422 ? 'no-probes' : 'service-error';
}
