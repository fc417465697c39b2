// The scenarios both engines play, registered once: each engine's test file calls these with its own drivers
// (Chromium: situations.test.ts and triage.test.ts; Firefox: firefox/firefox.test.ts), so a scenario added here
// runs in both.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { GlobalpingFake } from '../../tools/globalping-fake';
import type { NotifyReceiver, WebServer } from '../../tools/loopback';
import type { PageDriver } from '../support/driver';
import { e2e } from '../support/fixture';
import {
  playBasicAuthJanuary2027,
  playBlockPage,
  playConsumerAlone,
  playFirstScreen,
  playGmailFetch,
  playInView,
  playMaintenance,
  playPhoneQuestion,
  playSlowLine,
  playSpamDelivery,
  playSuspiciousEmail,
} from './field-three';
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

/** The hosts a slow line answers after 20 s (the probes give up at 2.5 s): every site, the DNS, the webmail. */
export const slowLine: Record<string, number> = {
  'www.gstatic.com': 20_000,
  'www.cloudflare.com': 20_000,
  'dns.google': 20_000,
  'cloudflare-dns.com': 20_000,
  'webmail.aruba.it': 20_000,
};

/**
 * The services in between: Gmail that no longer fetches another provider's mail; a 5.7.30 pasted in January 2027
 * (`clockDriver`: a browser whose pages may have their clock fixed).
 */
export function servicesInBetween(lang: Lang, driver: () => PageDriver, clockDriver: () => PageDriver): void {
  e2e('Gmail no longer fetching a Libero mailbox: neither the technician nor the provider', async () => {
    await playGmailFetch(driver(), lang);
  });
  e2e('a scanner’s 5.7.30 pasted in January 2027: the consultant, with the dated change shown', async () => {
    await playBasicAuthJanuary2027(clockDriver(), lang);
  });
}

/**
 * Right in the field, round three: the page's notice, the phone, a slow line, spam, a scam email, a consumer alone.
 * `web` serves the pages the scenarios set; `slow` is a line where every site takes 20 s.
 */
export function fieldRoundThree(
  lang: Lang,
  driver: () => PageDriver,
  slowDriver: () => PageDriver,
  servers: () => { web: WebServer; slow: WebServer },
): void {
  e2e('a maintenance page: wait for the time it gives, no call now', async () => {
    await playMaintenance(driver(), servers().web, lang);
  });
  e2e("an office filter's block page: the office network, the technician", async () => {
    await playBlockPage(driver(), servers().web, lang);
  });
  e2e('the page does not open, other sites do: the phone off the office Wi-Fi tells network from service', async () => {
    await playPhoneQuestion(driver(), lang);
  });
  e2e(
    'a webmail that takes 20 s on a slow line: the question waits, and the verdict is the line, never the service',
    async () => {
      await playSlowLine(slowDriver(), servers().slow, lang);
    },
  );
  e2e("mail that lands in the recipients' spam: the domain, the consultant", async () => {
    await playSpamDelivery(driver(), lang);
  });
  e2e('a scam email about the mailbox: phishing, the consultant only when a password was typed', async () => {
    await playSuspiciousEmail(driver(), lang);
  });
  e2e('a consumer mailbox with nobody configured: no screen names a consultant', async () => {
    await playConsumerAlone(driver(), lang);
  });
  e2e(
    'the open button in view in a 380×600 popup; in a 360×640 panel no sideways scroll, the heading stays',
    async () => {
      await playInView(driver());
    },
  );
  e2e('the first screen from the HTML, in the browser’s language, taken over; none drawn mid-check', async () => {
    await playFirstScreen(driver(), lang);
  });
}

/** The rule's main paths (scenarios.ts, `paths`); `driverFor` gives a driver on the network the path needs. */
export function pathScenarios(lang: Lang, driverFor: (network: Network) => PageDriver): void {
  e2e.each(paths)('network %s, answers %j → %s verdict, accessible at every step', async (...path) => {
    await playPath(driverFor(path[0]), path, lang);
  });
}

/** The first check, the field situations, the finder and the options page, on a network where everything answers. */
export function fieldScenarios(lang: Lang, driver: () => PageDriver): void {
  e2e('a first check: the webmail opens, the popup resumes, the badge until the verdict', async () => {
    await playFirstCheck(driver(), lang);
  });

  e2e('the options page saves the consultant, the next verdict names them', async () => {
    await playOptionsSaved(driver(), lang);
  });

  e2e.each(situations.map((s) => [s.name, s] as const))('%s', async (_, situation) => {
    await playSituation(driver(), situation, lang);
  });

  e2e('an unlisted provider, its webmail unknown: whom to ask, with the contact', async () => {
    await playUnknownWebmail(driver(), lang);
  });

  e2e.each(finderCases.map((f) => [f.name, f] as const))('the finder: %s', async (_, finding) => {
    await playFinder(driver(), finding, lang);
  });

  e2e('the finder: a PEC service without a known webmail asks for it, and opens the one typed', async () => {
    await playKnownServiceTypedWebmail(driver(), lang);
  });

  e2e(
    "the options page: the consultant's channel, a wrong token named, a right one saved, auto never saved",
    async () => {
      await playOptionsChannel(driver(), lang);
    },
  );
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

  e2e('the page fails here, other Italian networks reach it: this line or network, not the service', async () => {
    await playNeighboursElsewhereUp(driver(), fakes(), lang);
  });

  e2e('every probe fails too: the service, with the measurement in the report', async () => {
    await playNeighboursAllDown(driver(), fakes(), lang);
  });

  e2e(
    'two other clients failing on the same provider: shown, counted, reported; the topic gets only the schema’s fields',
    async () => {
      await playNeighboursTwoOthers(driver(), fakes(), lang, (event) => validateEvent(event) === true);
    },
  );
}
