// The scenarios both engines play, registered once: each engine's test file calls these with its own drivers
// (Chromium: situations.test.ts and triage.test.ts; Firefox: firefox/firefox.test.ts), so a scenario added here
// runs in both.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { it } from 'vitest';
import type { GlobalpingFake } from '../../tools/globalping-fake';
import type { NotifyReceiver } from '../../tools/harness';
import type { PageDriver } from '../support/driver';
import {
  type Network,
  paths,
  playFirstCheck,
  playNeighboursAllDown,
  playNeighboursElsewhereUp,
  playNeighboursTwoOthers,
  playOptionsSaved,
  playPath,
} from './scenarios';
import {
  finderCases,
  playFinder,
  playKnownServiceTypedWebmail,
  playOptionsChannel,
  playSituation,
  playUnknownWebmail,
  situations,
} from './situations';

type Lang = 'en' | 'it';

/** Every path of the rule; `driverFor` gives a driver on the network the path needs. */
export function pathScenarios(lang: Lang, driverFor: (network: Network) => PageDriver): void {
  it.each(paths)('network %s, answers %j → %s verdict, accessible at every step', async (...path) => {
    await playPath(driverFor(path[0]), path, lang);
  });
}

/** The first check, the field situations, the finder and the options page, on a network where everything answers. */
export function fieldScenarios(lang: Lang, driver: () => PageDriver): void {
  it('a first check: the webmail opens, the popup resumes, the badge until the verdict', async () => {
    await playFirstCheck(driver(), lang);
  });

  it('the options page saves the consultant, the next verdict names them', async () => {
    await playOptionsSaved(driver(), lang);
  });

  it.each(situations.map((s) => [s.name, s] as const))('%s', async (_, situation) => {
    await playSituation(driver(), situation, lang);
  });

  it('an unlisted provider, its webmail unknown: whom to ask, with the contact', async () => {
    await playUnknownWebmail(driver(), lang);
  });

  it.each(finderCases.map((f) => [f.name, f] as const))('the finder: %s', async (_, finding) => {
    await playFinder(driver(), finding, lang);
  });

  it('the finder: a PEC service without a known webmail asks for it, and opens the one typed', async () => {
    await playKnownServiceTypedWebmail(driver(), lang);
  });

  it("the options page: the consultant's channel, a wrong token named, a right one saved, auto never saved", async () => {
    await playOptionsChannel(driver(), lang);
  });
}

/** The neighbours: other Italian networks (the Globalping fake) and the consultant's other clients (the loopback ntfy). */
export function neighbourScenarios(
  lang: Lang,
  driver: () => PageDriver,
  fakes: () => { receiver: NotifyReceiver; globalping: GlobalpingFake },
): void {
  const ajv = new Ajv2020({ strict: true });
  addFormats(ajv);
  const validateEvent = ajv.compile(JSON.parse(readFileSync('docs/webmail-first-neighbour.schema.json', 'utf8')));

  it('the page fails here, other Italian networks reach it: this line or network, not the service', async () => {
    await playNeighboursElsewhereUp(driver(), fakes(), lang);
  });

  it('every probe fails too: the service, with the measurement in the report', async () => {
    await playNeighboursAllDown(driver(), fakes(), lang);
  });

  it('two other clients failing on the same provider: shown, counted, reported; the topic gets only the schema’s fields', async () => {
    await playNeighboursTwoOthers(driver(), fakes(), lang, (event) => validateEvent(event) === true);
  });
}
