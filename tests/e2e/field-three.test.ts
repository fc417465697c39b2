// Right in the field, round three, in Chromium: the scenarios of tests/e2e/field-three.ts on a network where
// everything answers (the webmail's page set per scenario) and on a slow line.
import { afterAll, beforeAll, beforeEach, describe } from 'vitest';
import { type Browser, launch, resetExtension } from '../../tools/chromium';
import { startWebServer, type WebServer } from '../../tools/loopback';
import { chromiumDriver } from '../support/chromium';
import { fieldRoundThree, servicesInBetween, slowLine } from './both-engines';

let web: WebServer;
let slow: WebServer;
beforeAll(async () => {
  web = await startWebServer();
  slow = await startWebServer({ slow: slowLine });
});
afterAll(() => {
  web.close();
  slow.close();
});

describe.each(['en', 'it'] as const)('right in the field, round three, in %s', (lang) => {
  let up: Browser;
  let slowBrowser: Browser;
  // Its pages' clock may be fixed (Playwright's clock stays for the context): a browser of its own.
  let clocked: Browser;
  beforeAll(async () => {
    up = await launch({ lang, port: web.port });
    slowBrowser = await launch({ lang, port: slow.port });
    clocked = await launch({ lang, port: web.port });
  });
  afterAll(async () => {
    await up?.close();
    await slowBrowser?.close();
    await clocked?.close();
  });
  beforeEach(async () => {
    await resetExtension(up);
    await resetExtension(slowBrowser);
    await resetExtension(clocked);
  });

  fieldRoundThree(
    lang,
    () => chromiumDriver(up),
    () => chromiumDriver(slowBrowser),
    () => ({ web, slow }),
  );
  servicesInBetween(
    lang,
    () => chromiumDriver(up),
    () => chromiumDriver(clocked),
  );
});
