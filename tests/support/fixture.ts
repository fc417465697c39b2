// One fixture for every end-to-end file (the shape of WXT's Playwright example: a fixture, then the page objects of
// ./driver.ts): the loopback network and the browser a file uses, started when first asked for and closed after the
// file's last test, whatever happened. A file says what it needs with `e2e.override('network', …)` (the web server's
// options: DNS zone, pages, held probes) and `e2e.override('chromium', …)` (language, resolver rules, a display);
// what else it starts (a second server, the channel's receiver, another browser, Firefox) it hands to `own`, which
// closes it too, in reverse order.
import { test } from 'vitest';
import { type Browser, type LaunchOptions, launch } from '../../tools/chromium';
import { startWebServer, type WebServer, type WebServerOptions } from '../../tools/loopback';

type Closable = { close: () => unknown };
/** Takes what a file started (or is starting): closed after the file's last test. */
export type Own = <T extends Closable>(started: T | Promise<T>) => Promise<T>;

export const e2e = test
  .extend('network', { scope: 'file' }, {} as WebServerOptions)
  .extend('chromium', { scope: 'file' }, {} as Omit<LaunchOptions, 'port'>)
  // biome-ignore lint/correctness/noEmptyPattern: Vitest reads a fixture's dependencies from this pattern
  .extend('own', { scope: 'file' }, async ({}, { onCleanup }): Promise<Own> => {
    const owned: Closable[] = [];
    onCleanup(async () => {
      // A browser a test closed itself is closed again harmlessly; one failure does not keep the rest open.
      for (const thing of owned.reverse()) await Promise.resolve(thing.close()).catch(() => undefined);
    });
    return async (started) => {
      const thing = await started;
      owned.push(thing);
      return thing;
    };
  })
  .extend('web', { scope: 'file' }, async ({ network, own }): Promise<WebServer> => own(startWebServer(network)))
  .extend(
    'browser',
    { scope: 'file' },
    async ({ web, chromium, own }): Promise<Browser> => own(launch({ ...chromium, port: web.port })),
  );
