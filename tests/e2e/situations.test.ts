// The scenarios both engines play (tests/e2e/both-engines.ts) in Chromium, in both languages; the paths of the rule
// are played in triage.test.ts, with its axe count.
import { describe } from 'vitest';
import { type Browser, launch } from '../../tools/chromium';
import { chromiumDriver } from '../support/chromium';
import type { PageDriver } from '../support/driver';
import { e2e } from '../support/fixture';
import { fieldScenarios } from './both-engines';
import { situationZone } from './situations';

e2e.override('network', situationZone);

describe.each(['en', 'it'] as const)('field situations in Chromium, in %s', (lang) => {
  let browser: Browser;
  let driver: PageDriver;
  e2e.beforeAll(async ({ web, own }) => {
    browser = await own(launch({ lang, port: web.port }));
    driver = chromiumDriver(browser);
  });
  // Each language's browser closed with its suite (the fixture closes it again harmlessly).
  e2e.afterAll(async () => {
    await browser?.close();
  });

  fieldScenarios(lang, () => driver);
});
