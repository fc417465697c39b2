import { describe, expect, it } from 'vitest';
import { parseMxRecords, resolveDns } from '../../core/catalogue/dns';
import { type ProbeResult, summarize, webmailStatus } from '../../core/probes/results';
import { probeDns, probeUrl, runChecks } from '../../core/probes/run';
import { readGoogleIncidents } from '../../core/probes/status-feed';

type FakeFetch = (url: string, init?: RequestInit) => Promise<Response>;

/** A fetch that answers per host: a delay and then a response, a failure, or never (until aborted). */
function fakeFetch(routes: Record<string, { delay?: number; json?: unknown; fail?: boolean; hang?: boolean }>) {
  const calls: { url: string; init?: RequestInit }[] = [];
  const fetchFn: FakeFetch = (url, init) => {
    calls.push({ url, init });
    const route = routes[new URL(url).hostname];
    return new Promise((resolve, reject) => {
      const abort = () => reject(new DOMException('aborted', 'AbortError'));
      init?.signal?.addEventListener('abort', abort);
      if (!route || route.fail) return setTimeout(() => reject(new TypeError('Failed to fetch')), 1);
      if (route.hang) return;
      setTimeout(() => resolve(new Response(JSON.stringify(route.json ?? {}), { status: 200 })), route.delay ?? 1);
    });
  };
  return { fetch: fetchFn as typeof fetch, calls };
}

describe('probeUrl', () => {
  it('any answer is ok; sends no cookies and reads nothing', async () => {
    const { fetch, calls } = fakeFetch({ 'webmail.aruba.it': {} });
    const result = await probeUrl('https://webmail.aruba.it/', 'webmail', { fetch });
    expect(result).toMatchObject({ kind: 'webmail', host: 'webmail.aruba.it', status: 'ok' });
    expect(calls[0]?.init).toMatchObject({ mode: 'no-cors', credentials: 'omit', cache: 'no-store' });
  });

  it('a failed request is unreachable, a silent one a timeout', async () => {
    const { fetch } = fakeFetch({ 'down.example': { fail: true }, 'hang.example': { hang: true } });
    expect((await probeUrl('https://down.example/', 'webmail', { fetch })).status).toBe('unreachable');
    const hung = await probeUrl('https://hang.example/', 'webmail', { fetch, probeTimeout: 30 });
    expect(hung.status).toBe('timeout');
    expect(hung.ms).toBeGreaterThanOrEqual(25);
  });
});

describe('resolveDns (DNS over HTTPS)', () => {
  const mx = { Status: 0, Answer: [{ name: 'studio-rossi.it.', type: 15, TTL: 300, data: '10 mx.aruba.it.' }] };

  it('asks with the JSON API and returns the records', async () => {
    const { fetch, calls } = fakeFetch({ 'dns.google': { json: mx }, 'cloudflare-dns.com': { json: mx, delay: 20 } });
    expect(await resolveDns('studio-rossi.it', 'MX', { fetch })).toEqual({
      status: 'ok',
      records: ['10 mx.aruba.it.'],
    });
    expect(calls.map((c) => c.url)).toEqual([
      'https://dns.google/resolve?name=studio-rossi.it&type=MX',
      'https://cloudflare-dns.com/dns-query?name=studio-rossi.it&type=MX',
    ]);
    expect(new Headers(calls[0]?.init?.headers).get('accept')).toBe('application/dns-json');
  });

  it('the first answer wins; one resolver down is fine', async () => {
    const { fetch } = fakeFetch({ 'dns.google': { fail: true }, 'cloudflare-dns.com': { json: mx } });
    expect((await resolveDns('studio-rossi.it', 'MX', { fetch })).status).toBe('ok');
  });

  it.each<[string, Parameters<typeof fakeFetch>[0], string]>([
    ['NXDOMAIN', { 'dns.google': { json: { Status: 3 } }, 'cloudflare-dns.com': { hang: true } }, 'nxdomain'],
    ['SERVFAIL', { 'dns.google': { json: { Status: 2 } }, 'cloudflare-dns.com': { hang: true } }, 'error'],
    ['both unreachable', { 'dns.google': { fail: true }, 'cloudflare-dns.com': { fail: true } }, 'unreachable'],
    ['both silent', { 'dns.google': { hang: true }, 'cloudflare-dns.com': { hang: true } }, 'timeout'],
  ])('%s', async (_, routes, status) => {
    const { fetch } = fakeFetch(routes);
    expect((await resolveDns('x.example', 'A', { fetch, timeoutMs: 30 })).status).toBe(status);
  });

  it('ignores records of other types and malformed JSON', async () => {
    const json = { Status: 0, Answer: [{ type: 5, data: 'alias.' }, { type: 1, data: '192.0.2.1' }, { type: 1 }] };
    const { fetch } = fakeFetch({ 'dns.google': { json }, 'cloudflare-dns.com': { hang: true } });
    expect(await resolveDns('x.example', 'A', { fetch })).toEqual({ status: 'ok', records: ['192.0.2.1'] });
  });

  it('parses MX records, sorted by priority', () => {
    expect(parseMxRecords(['20 mx2.aruba.it.', '10 MX.Aruba.it.', 'garbage', '5'])).toEqual([
      { priority: 10, host: 'mx.aruba.it' },
      { priority: 20, host: 'mx2.aruba.it' },
    ]);
  });
});

describe('probeDns', () => {
  it.each<[string, Parameters<typeof fakeFetch>[0], string]>([
    ['resolves', { 'dns.google': { json: { Status: 0, Answer: [{ type: 1, data: '192.0.2.1' }] } } }, 'ok'],
    ['NXDOMAIN', { 'dns.google': { json: { Status: 3 } } }, 'dns-failure'],
    ['no address', { 'dns.google': { json: { Status: 0 } } }, 'dns-failure'],
    ['no resolver', { 'dns.google': { fail: true } }, 'unreachable'],
  ])('%s → %s', async (_, routes, status) => {
    const { fetch } = fakeFetch({ 'cloudflare-dns.com': { fail: true }, ...routes });
    expect(await probeDns('webmail.aruba.it', { fetch })).toMatchObject({ kind: 'webmail-dns', status });
  });
});

describe('runChecks', () => {
  it('checks two connectivity endpoints, the webmail origin and its DNS, in parallel', async () => {
    const { fetch, calls } = fakeFetch({
      'www.gstatic.com': {},
      'www.cloudflare.com': {},
      'webmail.aruba.it': {},
      'dns.google': { json: { Status: 0, Answer: [{ type: 1, data: '192.0.2.1' }] } },
    });
    const results = await runChecks('https://webmail.aruba.it/some/path?x=1', { fetch });
    expect(results.map((r) => `${r.kind}:${r.host}:${r.status}`)).toEqual([
      'internet:www.gstatic.com:ok',
      'internet:www.cloudflare.com:ok',
      'webmail:webmail.aruba.it:ok',
      'webmail-dns:webmail.aruba.it:ok',
    ]);
    expect(calls.some((c) => c.url === 'https://webmail.aruba.it/')).toBe(true);
  });

  it('finishes within the timeout when everything hangs', async () => {
    const { fetch } = fakeFetch({
      'www.gstatic.com': { hang: true },
      'www.cloudflare.com': { hang: true },
      'webmail.aruba.it': { hang: true },
      'dns.google': { hang: true },
      'cloudflare-dns.com': { hang: true },
    });
    const started = performance.now();
    const results = await runChecks('https://webmail.aruba.it', { fetch, probeTimeout: 50, timeoutMs: 50 });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(results.every((r) => r.status === 'timeout')).toBe(true);
  });
});

describe('summarize', () => {
  const r = (kind: ProbeResult['kind'], status: ProbeResult['status']): ProbeResult => ({
    kind,
    host: kind === 'internet' ? 'www.gstatic.com' : 'webmail.aruba.it',
    status,
    ms: 10,
  });

  it.each<[string, ProbeResult[] | null, object]>([
    ['no checks', null, { internet: 'unknown', webmail: 'unknown' }],
    ['all up', [r('internet', 'ok'), r('webmail', 'ok'), r('webmail-dns', 'ok')], { internet: 'up', webmail: 'up' }],
    [
      'only the webmail down',
      [r('internet', 'ok'), r('internet', 'ok'), r('webmail', 'unreachable'), r('webmail-dns', 'ok')],
      { internet: 'up', webmail: 'down' },
    ],
    [
      'webmail silent, one endpoint up: slow, which is not down',
      [r('internet', 'timeout'), r('internet', 'ok'), r('webmail', 'timeout')],
      { internet: 'up', webmail: 'slow' },
    ],
    [
      'webmail refused, one endpoint up: down (a hard failure)',
      [r('internet', 'timeout'), r('internet', 'ok'), r('webmail', 'unreachable')],
      { internet: 'up', webmail: 'down' },
    ],
    [
      'webmail silent but its name does not exist: down',
      [r('internet', 'ok'), r('webmail', 'timeout'), r('webmail-dns', 'dns-failure')],
      { internet: 'up', webmail: 'down' },
    ],
    [
      'everything silent: slow, not offline',
      [r('internet', 'timeout'), r('internet', 'timeout'), r('webmail', 'timeout'), r('webmail-dns', 'timeout')],
      { internet: 'slow', webmail: 'unknown' },
    ],
    [
      'webmail name missing, resolver answered',
      [r('internet', 'unreachable'), r('webmail', 'unreachable'), r('webmail-dns', 'dns-failure')],
      { internet: 'up', webmail: 'down' },
    ],
    [
      'endpoints blocked but the webmail answers',
      [r('internet', 'unreachable'), r('internet', 'unreachable'), r('webmail', 'ok')],
      { internet: 'up', webmail: 'up' },
    ],
    [
      'nothing answers, every request failed outright: offline',
      [
        r('internet', 'unreachable'),
        r('internet', 'unreachable'),
        r('webmail', 'unreachable'),
        r('webmail-dns', 'unreachable'),
      ],
      { internet: 'down', webmail: 'unknown' },
    ],
    [
      'nothing answers, one request still waiting: slow (no verdict from a timeout)',
      [
        r('internet', 'unreachable'),
        r('internet', 'timeout'),
        r('webmail', 'unreachable'),
        r('webmail-dns', 'unreachable'),
      ],
      { internet: 'slow', webmail: 'unknown' },
    ],
  ])('%s', (_, results, expected) => {
    expect(summarize(results)).toEqual(expected);
  });

  it('folds a DNS failure into the webmail result', () => {
    expect(webmailStatus([r('webmail', 'unreachable'), r('webmail-dns', 'dns-failure')])?.status).toBe('dns-failure');
    expect(webmailStatus([r('webmail', 'timeout'), r('webmail-dns', 'ok')])?.status).toBe('timeout');
  });
});

describe('Google Workspace incidents feed', () => {
  const now = Date.parse('2026-11-25T10:00:00Z');
  const incident = (over: object) => ({
    service_name: 'Gmail',
    begin: '2026-11-25T08:00:00+00:00',
    external_desc: 'Users unable to access Gmail',
    affected_products: [{ title: 'Gmail', id: 'x' }],
    ...over,
  });

  it('reports an ongoing Gmail incident', () => {
    expect(readGoogleIncidents([incident({})], 'Gmail', now)).toEqual({
      state: 'incident',
      title: 'Users unable to access Gmail',
      since: '2026-11-25T08:00:00+00:00',
    });
  });

  it.each<[string, unknown]>([
    ['an ended incident', [incident({ end: '2026-11-25T09:00:00+00:00' })]],
    ['another product', [incident({ service_name: 'Google Drive', affected_products: [{ title: 'Google Drive' }] })]],
    ['an empty feed', []],
  ])('no incident for %s', (_, json) => {
    expect(readGoogleIncidents(json, 'Gmail', now)).toEqual({ state: 'none' });
  });

  it('a malformed feed is unavailable, never a crash', () => {
    expect(readGoogleIncidents({ incidents: [] }, 'Gmail', now)).toEqual({ state: 'unavailable' });
    expect(readGoogleIncidents([null, 1, 'x', incident({})], 'Gmail', now).state).toBe('incident');
  });
});
