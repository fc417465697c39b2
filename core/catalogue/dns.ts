// DNS over HTTPS with the JSON API that public resolvers share (`?name=…&type=…`,
// `accept: application/dns-json`). Pure: the fetch function and the resolvers are passed in.

export const defaultResolvers = ['https://dns.google/resolve', 'https://cloudflare-dns.com/dns-query'] as const;
export const dnsTimeoutMs = 2000;

export type DnsAnswer =
  | { status: 'ok'; records: string[] }
  /** NXDOMAIN: the name does not exist. */
  | { status: 'nxdomain' }
  /** A resolver answered with an error (SERVFAIL, REFUSED…). */
  | { status: 'error'; code: number }
  /** No resolver answered in time, or none could be reached. */
  | { status: 'timeout' | 'unreachable' };

const recordTypes = { A: 1, AAAA: 28, CNAME: 5, MX: 15, TXT: 16 } as const;
export type RecordType = keyof typeof recordTypes;

export interface DnsOptions {
  fetch?: typeof fetch;
  resolvers?: readonly string[];
  timeoutMs?: number;
}

interface DnsJson {
  Status?: unknown;
  Answer?: unknown;
}

function readAnswer(json: DnsJson, type: RecordType): DnsAnswer {
  if (json.Status === 3) return { status: 'nxdomain' };
  if (json.Status !== 0) return { status: 'error', code: typeof json.Status === 'number' ? json.Status : -1 };
  const answers = Array.isArray(json.Answer) ? json.Answer : [];
  const records = answers
    .filter((a): a is { type: number; data: string } => a?.type === recordTypes[type] && typeof a?.data === 'string')
    .map((a) => a.data);
  return { status: 'ok', records };
}

/**
 * Asks every resolver at once; the first usable answer wins and the other requests are cancelled. A server error
 * (SERVFAIL, REFUSED) from one resolver does not win over a real answer from the other: it is the answer only when
 * no resolver gives a better one.
 */
export async function resolveDns(name: string, type: RecordType, options: DnsOptions = {}): Promise<DnsAnswer> {
  const { fetch: fetchFn = globalThis.fetch, resolvers = defaultResolvers, timeoutMs = dnsTimeoutMs } = options;
  const cancel = new AbortController();
  let timedOut = false;
  let serverError: DnsAnswer | undefined;
  const attempts = resolvers.map(async (resolver) => {
    const url = `${resolver}?name=${encodeURIComponent(name)}&type=${type}`;
    const timeout = AbortSignal.timeout(timeoutMs);
    try {
      const response = await fetchFn(url, {
        headers: { accept: 'application/dns-json' },
        credentials: 'omit',
        cache: 'no-store',
        signal: AbortSignal.any([cancel.signal, timeout]),
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const answer = readAnswer((await response.json()) as DnsJson, type);
      if (answer.status === 'error') {
        serverError = answer;
        throw new Error(`DNS status ${answer.code}`);
      }
      return answer;
    } catch (error) {
      if (timeout.aborted) timedOut = true;
      throw error;
    }
  });
  try {
    return await Promise.any(attempts);
  } catch {
    // No resolver answered well: a server error when one came, else timeout or unreachable (the measurement).
    return serverError ?? { status: timedOut ? 'timeout' : 'unreachable' };
  } finally {
    cancel.abort();
  }
}

export interface MxRecord {
  priority: number;
  host: string;
}

/** "10 mx.aruba.it." → { priority: 10, host: 'mx.aruba.it' }, sorted by priority; malformed records dropped. */
export function parseMxRecords(records: readonly string[]): MxRecord[] {
  return records
    .map((record) => record.trim().split(/\s+/))
    .filter((parts): parts is [string, string] => parts.length === 2 && /^\d+$/.test(parts[0] ?? ''))
    .map(([priority, host]) => ({ priority: Number(priority), host: host.replace(/\.$/, '').toLowerCase() }))
    .filter((mx) => mx.host !== '')
    .sort((a, b) => a.priority - b.priority);
}
