// The scenarios both engines play (tests/e2e/situations.ts, tests/e2e/scenarios.ts) in Chromium, in both languages.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { type Browser, launch, startWebServer, type WebServer } from '../../tools/harness';
import { chromiumDriver } from '../support/chromium';
import type { PageDriver } from '../support/driver';
import { playFirstCheck, playOptionsSaved } from './scenarios';
import {
  finderCases,
  playFinder,
  playKnownServiceTypedWebmail,
  playOptionsChannel,
  playSituation,
  playUnknownWebmail,
  situations,
  situationZone,
} from './situations';

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

  it('a first check: the webmail opens, the popup resumes, the badge until the verdict', async () => {
    await playFirstCheck(driver, lang);
  });

  it('the options page saves the consultant, the next verdict names them', async () => {
    await playOptionsSaved(driver, lang);
  });

  it.each(situations.map((s) => [s.name, s] as const))('%s', async (_, situation) => {
    await playSituation(driver, situation, lang);
  });

  it('an unlisted provider, its webmail unknown: whom to ask, with the contact', async () => {
    await playUnknownWebmail(driver, lang);
  });

  it.each(finderCases.map((f) => [f.name, f] as const))('the finder: %s', async (_, finding) => {
    await playFinder(driver, finding, lang);
  });

  it('the finder: a PEC service without a known webmail asks for it, and opens the one typed', async () => {
    await playKnownServiceTypedWebmail(driver, lang);
  });

  it("the options page: the consultant's channel, a wrong token named, a right one saved, auto never saved", async () => {
    await playOptionsChannel(driver, lang);
  });
});
