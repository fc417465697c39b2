// Ask the neighbours, in Chromium: other Italian networks (a loopback fake of Globalping's measurement API) and the
// consultant's other clients (a loopback ntfy: publish and poll). The scenarios are shared with Firefox.
import { describe, expect } from 'vitest';
import { type Browser, launch } from '../../tools/chromium';
import { type GlobalpingFake, startGlobalpingFake } from '../../tools/globalping-fake';
import { type NotifyReceiver, startNotifyReceiver } from '../../tools/loopback';
import { chromiumDriver } from '../support/chromium';
import { optionsPage, popupPage } from '../support/driver';
import { e2e } from '../support/fixture';
import { hook } from '../support/pages';
import { neighbourScenarios } from './both-engines';
import { neighboursTopic } from './scenarios';

let receiver: NotifyReceiver;
let globalping: GlobalpingFake;
let browser: Browser;
e2e.beforeAll(async ({ web, own }) => {
  receiver = await own(startNotifyReceiver());
  globalping = await own(startGlobalpingFake());
  // The services' hosts to their fakes: the browser's rules name their ports.
  browser = await own(
    launch({
      lang: 'it',
      port: web.port,
      rules: [`MAP ntfy.sh 127.0.0.1:${receiver.port}`, `MAP api.globalping.io 127.0.0.1:${globalping.port}`],
    }),
  );
});

describe('the neighbours in Chromium', () => {
  neighbourScenarios(
    'it',
    () => chromiumDriver(browser),
    () => ({ receiver, globalping }),
  );

  e2e(
    'honest under failure: a rate limit and a topic that refuses the token each say so, the verdict is as without them',
    async () => {
      const driver = chromiumDriver(browser);
      const popup = popupPage(driver);
      globalping.answers.set('imaps.aruba.it', { status: 429 });
      receiver.readableTopics.delete(neighboursTopic);
      await driver.start({
        provider: 'aruba',
        consultant: { name: 'Studio Neri', phone: '055 123456' },
        neighbours: { url: `https://${neighboursTopic}`, token: 'tk_wrong' },
      });
      await popup.choose('aruba');
      await popup.openWebmail();
      await driver.reopen();
      for (const answer of ['login-failed', 'password-sure']) await popup.answer(answer);
      await driver.waitFor(
        `${hook.verdict('account')}[data-reason="login-refused"][data-probes="unavailable"][data-neighbours="unavailable"]`,
      );
      expect(await driver.text('[data-checks] [data-probes]')).toContain(
        "troppe verifiche da questa rete in quest'ora",
      );
      expect(await driver.text('[data-checks] [data-neighbours]')).toContain("l'argomento ha rifiutato il token");
      globalping.answers.delete('imaps.aruba.it');
    },
  );

  e2e("the options page sends a test event to the neighbours' topic and shows the last poll's count", async () => {
    const driver = chromiumDriver(browser);
    const options = optionsPage(driver);
    // The last poll, as the background wrote it after a check.
    await driver.start({ consultant: { name: 'Studio Neri' } });
    const worker = browser.context.serviceWorkers()[0] ?? browser.worker;
    await worker.evaluate(async (at) => {
      // biome-ignore lint/suspicious/noExplicitAny: the extension API inside the service worker
      await (globalThis as any).chrome.storage.local.set({
        neighboursLast: { kind: 'poll', at, reading: { state: 'counted', count: 2, at } },
      });
    }, Date.now());
    await options.open();
    await driver.waitFor('[data-neighbours-last="2"]');
    expect(await driver.text('[data-neighbours-last]')).toContain(
      'altri clienti con un guasto sullo stesso fornitore: 2',
    );
    // A test event: posted to the topic, said.
    receiver.forget('ntfy.sh/studio-neri-prova');
    const before = receiver.received.length;
    await options.fill('opt-neighbours-url', 'ntfy.sh/studio-neri-prova');
    await driver.click(hook.action('send-neighbour-test'));
    await driver.waitFor('[data-neighbours-last="sent"]');
    const posted = receiver.received.slice(before).filter((r) => r.path.startsWith('/studio-neri-prova'));
    expect(posted).toHaveLength(1);
    expect(JSON.parse(posted[0]?.body ?? '{}')).toMatchObject({ format: 'webmail-first-neighbour', provider: 'test' });
    // A topic that refuses: said, with the answer.
    receiver.failNext('ntfy.sh', 403);
    await driver.click(hook.action('send-neighbour-test'));
    await driver.waitFor('[data-neighbours-last="failed"]');
    expect(await driver.text('[data-neighbours-last]')).toContain('403');
    await driver.accessible('the neighbours on the options page');
  });
});
