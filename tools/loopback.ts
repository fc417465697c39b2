// The network the end-to-end tests, `npm start` and the benchmark give the browser, on loopback only: every host name
// resolves to an HTTPS server with a test-only certificate (the web server: webmail pages, DNS over HTTPS, status
// feeds, ntfy topics), a receiver for the consultant's channel, a server that never answers, a port that refuses.
// Nothing leaves the machine.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { type AddressInfo, createServer as createNetServer } from 'node:net';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

export interface WebServerOptions {
  /** MX records served by the fake DNS-over-HTTPS resolver, e.g. { 'studio-rossi.it': ['10 mx.aruba.it.'] }. */
  mx?: Record<string, string[]>;
  /** TXT records (e.g. SPF) served by the fake resolver, quoted as DNS-over-HTTPS JSON has them. */
  txt?: Record<string, string[]>;
  /** A records served by the fake resolver for these names (any other name: 127.0.0.1). */
  a?: Record<string, string[]>;
  /** CNAME records served by the fake resolver, e.g. { 'imap.rossi-srl.it': ['imaps.aruba.it.'] }. */
  cname?: Record<string, string[]>;
  /** Names the fake resolver answers NXDOMAIN for. */
  nxdomain?: string[];
  /** Hosts whose answers are delayed, in ms (a slow server). */
  slow?: Record<string, number>;
  /** Leave the extension's probes (no-cors fetches and DNS queries) unanswered: checks stay inconclusive. */
  holdProbes?: boolean;
  /** What https://www.google.com/appsstatus/dashboard/incidents.json serves. */
  incidents?: unknown;
  /** The consultant's feeds, by path ("/feed.json" → JSON value, or a raw string for a broken one). */
  feeds?: Record<string, unknown>;
  /**
   * What a host's page shows when the browser navigates to it (a maintenance banner, a filter's block page), with
   * its HTTP status; the probes (no-cors fetches) still get the usual small page.
   */
  pages?: Record<string, { status?: number; title: string; body: string }>;
  /** Hosts whose page navigations are held until releasePages(): a webmail that takes its time to load. */
  holdPages?: string[];
}

export interface WebServer {
  server: Server;
  port: number;
  /** Every request, as "host/path?query". */
  hits: string[];
  /** The GET requests made by web content or an extension (they carry Sec-Fetch-Mode), same form. */
  /** What the extension requested: every GET of a page or worker, and every other method from an extension origin. */
  fetches: string[];
  /** What a host's page shows to a navigation, changed per scenario (starts as `options.pages`). */
  pages: Map<string, { status?: number; title: string; body: string }>;
  /** Hosts whose page navigations are held (starts as `options.holdPages`); releasePages() lets them through. */
  heldHosts: Set<string>;
  /** Lets the held page navigations through: the slow webmail finally loads (and later ones are not held). */
  releasePages: () => void;
  close: () => void;
}

const dnsTypes: Record<string, number> = { A: 1, MX: 15, TXT: 16 };

/**
 * A loopback HTTPS server that answers for any host: a small page naming the host ("the webmail"), 204 for
 * the connectivity endpoints, and DNS-over-HTTPS JSON (`/resolve`, `/dns-query`) from a small zone.
 */
export async function startWebServer(options: WebServerOptions = {}): Promise<WebServer> {
  const hits: string[] = [];
  const fetches: string[] = [];
  const held = new Set<import('node:http').ServerResponse>();
  const heldPages: (() => void)[] = [];
  const pages = new Map(Object.entries(options.pages ?? {}));
  const heldHosts = new Set(options.holdPages ?? []);
  const server = createServer({ key: fixture('test-only.key'), cert: fixture('test-only.crt') }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', `https://${host}`);
    hits.push(`${host}${url.pathname}${url.search}`);
    // What the extension asks: its GETs (the browser's own background requests are POSTs without a page origin), and
    // any other method sent from an extension page or worker (its Origin says so), preflights included.
    const fromExtension = /^(chrome|moz)-extension:\/\//.test(String(req.headers.origin ?? ''));
    if ((req.method === 'GET' && req.headers['sec-fetch-mode']) || fromExtension) {
      fetches.push(`${host}${url.pathname}${url.search}`);
    }
    const isDns = url.pathname === '/resolve' || url.pathname === '/dns-query';
    const isProbe = req.headers['sec-fetch-mode'] === 'no-cors' || isDns;
    if (options.holdProbes && isProbe) {
      held.add(res);
      return;
    }
    const isNavigation = req.method === 'GET' && req.headers['sec-fetch-mode'] === 'navigate';
    const page = isNavigation ? pages.get(host) : undefined;
    const answer = () => {
      if (page) {
        res.writeHead(page.status ?? 200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(`<!doctype html><html lang="it"><title>${page.title}</title><body>${page.body}</body></html>`);
      } else if (isDns) {
        const name = (url.searchParams.get('name') ?? '').replace(/\.$/, '');
        const type = url.searchParams.get('type') ?? 'A';
        const body = options.nxdomain?.includes(name)
          ? { Status: 3 }
          : {
              Status: 0,
              Answer:
                type === 'MX'
                  ? (options.mx?.[name] ?? []).map((data) => ({ name: `${name}.`, type: 15, TTL: 300, data }))
                  : type === 'TXT'
                    ? (options.txt?.[name] ?? []).map((data) => ({ name: `${name}.`, type: 16, TTL: 300, data }))
                    : type === 'CNAME'
                      ? (options.cname?.[name] ?? []).map((data) => ({ name: `${name}.`, type: 5, TTL: 300, data }))
                      : (options.a?.[name] ?? ['127.0.0.1']).map((data) => ({
                          name: `${name}.`,
                          type: dnsTypes[type] ?? 1,
                          TTL: 300,
                          data,
                        })),
            };
        res.writeHead(200, { 'content-type': 'application/dns-json', 'access-control-allow-origin': '*' });
        res.end(JSON.stringify(body));
      } else if (url.pathname === '/appsstatus/dashboard/incidents.json') {
        res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
        res.end(JSON.stringify(options.incidents ?? []));
      } else if (options.feeds && url.pathname in options.feeds) {
        const feed = options.feeds[url.pathname];
        res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
        res.end(typeof feed === 'string' ? feed : JSON.stringify(feed));
      } else if (url.pathname === '/generate_204') {
        res.writeHead(204).end();
      } else {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(`<!doctype html><html lang="en"><title>${host}</title><h1>Webmail ${host}</h1></html>`);
      }
    };
    if (isNavigation && heldHosts.has(host)) {
      heldPages.push(answer);
      return;
    }
    const delay = options.slow?.[host];
    if (delay) setTimeout(answer, delay);
    else answer();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    server,
    port: (server.address() as AddressInfo).port,
    hits,
    fetches,
    pages,
    heldHosts,
    releasePages: () => {
      heldHosts.clear();
      for (const answer of heldPages.splice(0)) answer();
    },
    close: () => {
      for (const res of held) res.destroy();
      server.closeAllConnections();
      server.close();
    },
  };
}

/** One request a notify receiver got. */
export interface Received {
  host: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** The status it answered with. */
  status: number;
}

export interface NotifyReceiver {
  port: number;
  /** Every POST, in order (preflights are not listed). */
  received: Received[];
  /** The statuses the next POSTs to a host get, in order; 200 once they are used up. */
  failNext: (host: string, ...statuses: number[]) => void;
  /** Hosts that answer no CORS at all (as a service that does not allow browsers): the preflight is refused. */
  noCors: Set<string>;
  /** Every ntfy poll (a read of a topic: `host/path`, and its query), in order. */
  polls: { topic: string; search: string }[];
  /** The topics (`host/path`) a poll may read; every other one answers 403, as to a write-only user. */
  readableTopics: Set<string>;
  /** Puts a message on a topic (`host/path`) as another client would have published it. */
  publish: (topic: string, message: string, tags: string[]) => void;
  /** Empties a topic's cache (each scenario starts from a topic nobody wrote to). */
  forget: (topic: string) => void;
  close: () => void;
}

/**
 * Stands in for the consultant's services (ntfy, Telegram's Bot API, Teams Workflows, a webhook) on loopback: it
 * answers CORS the way those services must for a browser to read their answer (a preflight allowed, then
 * Access-Control-Allow-Origin on the POST), records every POST and can fail the next ones.
 */
export async function startNotifyReceiver(): Promise<NotifyReceiver> {
  const received: Received[] = [];
  const failures = new Map<string, number[]>();
  const noCors = new Set<string>();
  const polls: { topic: string; search: string }[] = [];
  const readableTopics = new Set<string>();
  const topics = new Map<string, { id: string; time: number; tags: string[]; message: string }[]>();
  const server = createServer({ key: fixture('test-only.key'), cert: fixture('test-only.crt') }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const cors: Record<string, string> = noCors.has(host) ? {} : { 'access-control-allow-origin': '*' };
    if (req.method === 'OPTIONS' && noCors.has(host)) {
      res.writeHead(204).end();
      return;
    }
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        ...cors,
        'access-control-allow-methods': 'POST',
        'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '*',
        'access-control-max-age': '0',
      });
      res.end();
      return;
    }
    // ntfy's poll (GET <topic>/json?poll=1…): what a topic answers to a read with the channel's own credentials. A
    // topic answers 403 (a write-only user) unless the test made it readable; polls are kept apart from the messages.
    const url = new URL(req.url ?? '/', `https://${host}`);
    if (req.method === 'GET' && url.pathname.endsWith('/json')) {
      const topic = `${host}${url.pathname.slice(0, -'/json'.length)}`;
      polls.push({ topic, search: url.search });
      const readable = readableTopics.has(topic);
      res.writeHead(readable ? 200 : 403, { ...cors, 'content-type': 'application/x-ndjson' });
      // As ntfy's poll answers: the topic's cached messages, one JSON object a line, those carrying every tag asked.
      const wanted = (url.searchParams.get('tags') ?? '').split(',').filter(Boolean);
      const lines = (topics.get(topic) ?? [])
        .filter((m) => wanted.every((tag) => m.tags.includes(tag)))
        .map((m) =>
          JSON.stringify({ id: m.id, time: m.time, event: 'message', topic, tags: m.tags, message: m.message }),
        );
      res.end(readable ? lines.map((l) => `${l}\n`).join('') : '{"code":40301,"http":403,"error":"forbidden"}');
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const status = failures.get(host)?.shift() ?? 200;
      // A message published to a topic is kept, as ntfy's cache keeps it, with the tags of its query string.
      if (status === 200) {
        const topic = `${host}${url.pathname}`;
        const tags = (url.searchParams.get('tags') ?? '').split(',').filter(Boolean);
        const kept = {
          id: `m${Date.now()}`,
          time: Math.floor(Date.now() / 1000),
          tags,
          message: Buffer.concat(chunks).toString('utf8'),
        };
        topics.set(topic, [...(topics.get(topic) ?? []), kept]);
      }
      received.push({
        host,
        path: req.url ?? '/',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        status,
      });
      res.writeHead(status, { ...cors, 'content-type': 'application/json' });
      res.end(JSON.stringify(status === 200 ? { ok: true } : { ok: false }));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    received,
    failNext: (host, ...statuses) => failures.set(host, [...(failures.get(host) ?? []), ...statuses]),
    noCors,
    polls,
    readableTopics,
    forget: (topic) => topics.delete(topic),
    publish: (topic, message, tags) =>
      topics.set(topic, [
        ...(topics.get(topic) ?? []),
        { id: `s${Math.random()}`, time: Math.floor(Date.now() / 1000), tags, message },
      ]),
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

/** A TCP server that accepts connections and never says a word: requests to it time out. */
export async function startSilentServer(): Promise<{ port: number; close: () => void }> {
  const sockets = new Set<import('node:net').Socket>();
  const server = createNetServer((socket) => sockets.add(socket));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => {
      for (const socket of sockets) socket.destroy();
      server.close();
    },
  };
}

/** A loopback port with nothing listening: connections to it are refused. */
export async function closedPort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}
