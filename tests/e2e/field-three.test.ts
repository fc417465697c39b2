// Right in the field, round three, in Chromium: the scenarios of tests/e2e/field-three.ts on a network where
// everything answers (the webmail's page set per scenario) and on a slow line.
import { describe } from 'vitest';
import { type Browser, launch, resetExtension } from '../../tools/chromium';
import { startWebServer, type WebServer } from '../../tools/loopback';
import { chromiumDriver } from '../support/chromium';
import { e2e } from '../support/fixture';
import { fieldRoundThree, servicesInBetween, slowLine } from './both-engines';

let web: WebServer;
let slow: WebServer;
e2e.beforeAll(async ({ web: started, own }) => {
  web = started;
  slow = await own(startWebServer({ slow: slowLine }));
});

describe.each(['en', 'it'] as const)('right in the field, round three, in %s', (lang) => {
  let up: Browser;
  let slowBrowser: Browser;
  // Its pages' clock may be fixed (Playwright's clock stays for the context): a browser of its own.
  let clocked: Browser;
  e2e.beforeAll(async ({ own }) => {
    up = await own(launch({ lang, port: web.port }));
    slowBrowser = await own(launch({ lang, port: slow.port }));
    clocked = await own(launch({ lang, port: web.port }));
  });
  // Each language's browsers closed with its suite (the fixture closes them again harmlessly).
  e2e.afterAll(async () => {
    await up?.close();
    await slowBrowser?.close();
    await clocked?.close();
  });
  e2e.beforeEach(async () => {
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
