// The scenarios both engines play (tests/e2e/both-engines.ts) in Chromium, in both languages; the paths of the rule
// are played in triage.test.ts, with its axe count.
import { afterAll, beforeAll, describe } from 'vitest';
import { type Browser, launch } from '../../tools/chromium';
import { startWebServer, type WebServer } from '../../tools/loopback';
import { chromiumDriver } from '../support/chromium';
import type { PageDriver } from '../support/driver';
import { fieldScenarios } from './both-engines';
import { situationZone } from './situations';

let web: WebServer;
beforeAll(async () => {
  web = await startWebServer(situationZone);
});
afterAll(() => web.close());

describe.each(['en', 'it'] as const)('field situations in Chromium, in %s', (lang) => {
  let browser: Browser;
  let driver: PageDriver;
  beforeAll(async () => {
    browser = await launch({ lang, port: web.port });
    driver = chromiumDriver(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });

  fieldScenarios(lang, () => driver);
});
