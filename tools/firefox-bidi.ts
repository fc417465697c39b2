// Drives the production Firefox build in Debian's firefox-esr over WebDriver BiDi, straight to Firefox's own
// Remote Agent (no geckodriver, no browser download): the recipe in ../shared/notes/firefox-e2e.md. The network is
// simulated below the browser by a CONNECT proxy on loopback that leads every host to the local HTTPS server.
import { type ChildProcess, spawn } from 'node:child_process';
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { connect, createServer as createNetServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import WebSocket from 'ws';
import { firefoxExtensionId } from '../core/extension-ids';

export const firefoxBuild = resolve('.output/firefox-mv3');
/** Fixed in advance by a profile preference, so the extension's pages have a known address. */
export const extensionUuid = '5c7ae5f4-9d21-4c36-8a4e-0f9b0c5b1e01';
export const extensionOrigin = `moz-extension://${extensionUuid}`;

export function firefoxPath(): string | undefined {
  return [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr'].find(
    (path) => path && existsSync(path),
  );
}

export interface LoopbackProxy {
  port: number;
  /** Hosts whose CONNECT is refused (the host is down); `*` takes every host down (no internet). */
  down: Set<string>;
  /** The loopback HTTPS server every host leads to (switchable between scenarios). */
  target: { port: number };
  /** Hosts that lead to another loopback server (the consultant's channel's receiver). */
  routes: Map<string, number>;
  /** Ends every open tunnel: the browser's pooled connections would otherwise keep reaching the old target. */
  dropConnections: () => void;
  close: () => void;
}

/** A CONNECT proxy: every host goes to the loopback HTTPS server, except the ones taken down (refused). */
export async function startProxy(targetPort: number): Promise<LoopbackProxy> {
  const down = new Set<string>();
  const target = { port: targetPort };
  const routes = new Map<string, number>();
  const sockets = new Set<Socket>();
  const server: Server = createNetServer((client) => {
    sockets.add(client);
    client.once('data', (head) => {
      const request = head.toString('latin1');
      const match = /^CONNECT ([^\s:]+):(\d+) HTTP/.exec(request);
      if (!match || down.has(match[1] as string) || down.has('*')) {
        client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
        return;
      }
      const upstream = connect(routes.get(match[1] as string) ?? target.port, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.pipe(client);
        client.pipe(upstream);
      });
      sockets.add(upstream);
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as { port: number }).port,
    down,
    target,
    routes,
    dropConnections: () => {
      for (const socket of sockets) socket.destroy();
      sockets.clear();
    },
    close: () => {
      for (const socket of sockets) socket.destroy();
      server.close();
    },
  };
}

interface BidiEvent {
  method: string;
  params: Record<string, unknown>;
}

export interface Firefox {
  send: (method: string, params?: Record<string, unknown>) => Promise<Record<string, unknown>>;
  /** The top-level browsing context the tests drive (the popup page). */
  context: string;
  events: BidiEvent[];
  close: () => Promise<void>;
}

/**
 * Firefox's machine-wide policy file: the extension's settings under 3rdparty.Extensions (capital E), as a
 * consultant deploys them. Root only (CI is root); removed by `removeFirefoxPolicy`. A per-user managed-storage
 * manifest (~/.mozilla/managed-storage) is not found by firefox-esr 153 here.
 */
export const firefoxPolicyFile = '/etc/firefox/policies/policies.json';

export function canWriteFirefoxPolicy(): boolean {
  try {
    mkdirSync(dirname(firefoxPolicyFile), { recursive: true });
    accessSync(dirname(firefoxPolicyFile), constants.W_OK);
    return !existsSync(firefoxPolicyFile) || firefoxPolicyIsOurs();
  } catch {
    return false;
  }
}

const marker = 'webmail-first-e2e';
const firefoxPolicyIsOurs = () => readFileSync(firefoxPolicyFile, 'utf8').includes(marker);

function writeFirefoxPolicy(settings: Record<string, unknown>): void {
  const policies = { '3rdparty': { Extensions: { [firefoxExtensionId]: settings } } };
  writeFileSync(firefoxPolicyFile, JSON.stringify({ comment: marker, policies }));
}

/** Removes the test's policy file (never one the machine had before). */
export function removeFirefoxPolicy(): void {
  if (existsSync(firefoxPolicyFile) && firefoxPolicyIsOurs()) rmSync(firefoxPolicyFile);
}

export interface FirefoxOptions {
  proxyPort: number;
  lang?: 'en' | 'it';
  /** Managed storage for the extension: a policy in /etc/firefox/policies (see writeFirefoxPolicy). */
  policy?: Record<string, unknown>;
}

/** Starts firefox-esr headless with a fresh profile, connects over BiDi, installs the production build. */
export async function launchFirefox({ proxyPort, lang = 'en', policy }: FirefoxOptions): Promise<Firefox> {
  const executable = firefoxPath();
  if (!executable) throw new Error('firefox-esr not found: apt-get install firefox-esr (or set FIREFOX_PATH)');
  const home = mkdtempSync(join(tmpdir(), 'webmail-first-ff-home-'));
  const profile = join(home, 'profile');
  mkdirSync(profile);
  const prefs: Record<string, string | number | boolean> = {
    'extensions.webextensions.uuids': JSON.stringify({ [firefoxExtensionId]: extensionUuid }),
    'network.proxy.type': 1,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.dns.disablePrefetch': true,
    'network.trr.mode': 5,
    'intl.locale.requested': lang === 'it' ? 'it' : 'en-US',
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'app.update.disabledForTesting': true,
    'extensions.update.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'captivedetect.canonicalURL': '',
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
  };
  writeFileSync(
    join(profile, 'user.js'),
    Object.entries(prefs)
      .map(([key, value]) => `user_pref(${JSON.stringify(key)}, ${JSON.stringify(value)});`)
      .join('\n'),
  );
  if (policy) writeFirefoxPolicy(policy);
  const child: ChildProcess = spawn(
    executable,
    [
      '--headless',
      '--no-remote',
      '--profile',
      profile,
      '--remote-debugging-port=0',
      // Firefox 153 refuses BiDi navigation to moz-extension:// pages without it. Loopback only, random port.
      '--remote-allow-system-access',
    ],
    { env: { ...process.env, HOME: home, MOZ_HEADLESS: '1' }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const wsUrl = await new Promise<string>((done, fail) => {
    let seen = '';
    const timer = setTimeout(() => fail(new Error(`Firefox did not start BiDi:\n${seen.slice(-2000)}`)), 30_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(seen);
      if (match) {
        clearTimeout(timer);
        done(match[1] as string);
      }
    });
    child.once('exit', () => fail(new Error(`Firefox exited:\n${seen.slice(-2000)}`)));
  });
  const socket = new WebSocket(`${wsUrl}/session`);
  await new Promise((done, fail) => {
    socket.once('open', done);
    socket.once('error', fail);
  });
  let nextId = 1;
  const pending = new Map<number, { done: (v: Record<string, unknown>) => void; fail: (e: Error) => void }>();
  const events: BidiEvent[] = [];
  socket.on('message', (data) => {
    const message = JSON.parse(data.toString());
    if (typeof message.id === 'number' && pending.has(message.id)) {
      const waiter = pending.get(message.id);
      pending.delete(message.id);
      if (message.type === 'error') waiter?.fail(new Error(`${message.error}: ${message.message}`));
      else waiter?.done(message.result ?? {});
    } else if (message.type === 'event') events.push({ method: message.method, params: message.params });
  });
  const send = (method: string, params: Record<string, unknown> = {}) =>
    new Promise<Record<string, unknown>>((done, fail) => {
      const id = nextId++;
      pending.set(id, { done, fail });
      socket.send(JSON.stringify({ id, method, params }));
    });
  await send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: true } } });
  await send('session.subscribe', { events: ['browsingContext.contextCreated', 'browsingContext.load'] });
  await send('webExtension.install', { extensionData: { type: 'path', path: firefoxBuild } });
  const tree = (await send('browsingContext.getTree', {})) as { contexts: { context: string }[] };
  const context = tree.contexts[0]?.context as string;
  return {
    send,
    context,
    events,
    close: async () => {
      await send('session.end').catch(() => undefined);
      socket.close();
      child.kill('SIGTERM');
      await new Promise((done) => {
        const timer = setTimeout(() => {
          child.kill('SIGKILL');
          done(undefined);
        }, 5000);
        child.once('exit', () => {
          clearTimeout(timer);
          done(undefined);
        });
      });
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/** Loads an extension page in the driven context (navigate's own wait: moz-extension pages send no load events). */
export async function openPage(
  firefox: Firefox,
  page: 'popup.html' | 'options.html' | 'sidepanel.html',
): Promise<void> {
  await firefox.send('browsingContext.navigate', {
    context: firefox.context,
    url: `${extensionOrigin}/${page}`,
    wait: 'complete',
  });
}

/** Evaluates an expression (awaited) in the driven page and returns its JSON-serialisable value. */
export async function evaluate<T>(firefox: Firefox, expression: string): Promise<T> {
  const result = (await firefox.send('script.evaluate', {
    expression: `(async () => JSON.stringify(await (async () => (${expression}))()))()`,
    target: { context: firefox.context },
    awaitPromise: true,
  })) as { type: string; result?: { value?: string }; exceptionDetails?: { text?: string } };
  if (result.type === 'exception')
    throw new Error(`evaluate failed: ${result.exceptionDetails?.text} in ${expression}`);
  const text = result.result?.value;
  return (text === undefined ? undefined : JSON.parse(text)) as T;
}

/** Polls an expression until it is truthy (or throws after `timeout`); returns the value. */
export async function waitFor<T>(firefox: Firefox, expression: string, timeout = 10_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await evaluate<T>(firefox, expression).catch(() => undefined);
    if (value) return value;
    if (Date.now() - started > timeout) throw new Error(`timed out waiting for ${expression}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** A trusted click: the pointer moved onto the element, pressed, released. */
export async function click(firefox: Firefox, selector: string): Promise<void> {
  await waitFor(firefox, `document.querySelector(${JSON.stringify(selector)}) !== null`);
  await evaluate(firefox, `document.querySelector(${JSON.stringify(selector)}).scrollIntoView({ block: 'center' })`);
  const located = (await firefox.send('browsingContext.locateNodes', {
    context: firefox.context,
    locator: { type: 'css', value: selector },
    maxNodeCount: 1,
  })) as { nodes: { sharedId: string }[] };
  const element = located.nodes[0];
  if (!element) throw new Error(`no element ${selector}`);
  await firefox.send('input.performActions', {
    context: firefox.context,
    actions: [
      {
        type: 'pointer',
        id: 'mouse',
        actions: [
          { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element: { sharedId: element.sharedId } } },
          { type: 'pointerDown', button: 0 },
          { type: 'pointerUp', button: 0 },
        ],
      },
    ],
  });
}

/** The text of the first element matching a selector ('' when none). */
export const text = (firefox: Firefox, selector: string) =>
  evaluate<string>(firefox, `document.querySelector(${JSON.stringify(selector)})?.textContent ?? ''`);

/** The URL of the next top-level tab opened (the webmail), once it has loaded. */
export async function nextTabUrl(firefox: Firefox, since: number, timeout = 10_000): Promise<string> {
  const started = Date.now();
  for (;;) {
    const created = firefox.events
      .slice(since)
      .find((e) => e.method === 'browsingContext.contextCreated' && e.params.parent === null);
    if (created) {
      const id = created.params.context;
      const loaded = firefox.events.find((e) => e.method === 'browsingContext.load' && e.params.context === id);
      if (loaded) return loaded.params.url as string;
    }
    if (Date.now() - started > timeout) throw new Error('no new tab loaded');
    await new Promise((done) => setTimeout(done, 100));
  }
}
