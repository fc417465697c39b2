// The check beside the webmail: the side panel's page renders the same screens from the same stored state as the
// popup (driven through the public hooks, headless); and with a display (Xvfb), the real side panel opens from the
// popup's click, beside the webmail tab, and reaches a verdict without the popup being opened again.
import type { CDPSession } from 'playwright-core';
import { describe, expect } from 'vitest';
import {
  type Browser,
  launch,
  openPopup,
  openWebmail,
  resetExtension,
  setUserSettings,
  startXvfb,
} from '../../tools/chromium';
import { e2e } from '../support/fixture';
import { hook, ui } from '../support/pages';

describe('the side panel page, headless', () => {
  let browser: Browser;
  e2e.beforeAll(async ({ browser: started }) => {
    browser = started;
  });

  e2e('resumes the question the popup left, and reaches the verdict and its report there', async () => {
    await resetExtension(browser);
    const popup = await openPopup(browser);
    await ui(popup).provider('aruba').check();
    // From the popup, the hint says the questions open beside the webmail.
    expect(await popup.locator('#open-webmail-hint').textContent()).toContain('A panel with the questions opens');
    await openWebmail(browser, popup);
    await popup.close();
    const panel = await openPopup(browser, 'sidepanel.html');
    expect(await panel.evaluate(() => location.pathname)).toBe('/sidepanel.html');
    await ui(panel).answer('works');
    await ui(panel).report('mail-client').waitFor();
    // The popup, opened again, shows the same verdict: one state, two surfaces.
    const again = await openPopup(browser);
    await ui(again).verdict('mail-client').waitFor();
  });

  e2e('follows the other surface while both are open', async () => {
    await resetExtension(browser);
    const popup = await openPopup(browser);
    await ui(popup).provider('gmail').check();
    await openWebmail(browser, popup);
    const panel = await openPopup(browser, 'sidepanel.html');
    await ui(panel).answer('login-failed');
    // The popup page, still open, moves on with the panel.
    await popup.locator('[data-question="password"]').waitFor();
    await ui(popup).answer('password-unsure');
    await ui(panel).verdict('password').waitFor();
  });

  e2e(
    'in the panel, the internet question says the panel stays; the first screen says the questions stay here',
    async () => {
      await resetExtension(browser);
      const panel = await openPopup(browser, 'sidepanel.html');
      expect(await panel.locator('#open-webmail-hint').textContent()).toContain('The questions stay here');
      await ui(panel).provider('aruba').check();
      await openWebmail(browser, panel);
      await ui(panel).answer('page-failed');
      // With the network up the probes may answer the follow-up; when asked, it says the panel stays.
      const question = panel.locator('[data-question="internet"] .intro');
      if ((await question.count()) > 0) expect(await question.textContent()).toContain('This panel stays open');
    },
  );

  e2e('a policy can keep the popup only: the hint goes back to the toolbar icon', async () => {
    await resetExtension(browser);
    await setUserSettings(browser, { surface: 'popup' });
    const popup = await openPopup(browser);
    expect(await popup.locator('#open-webmail-hint').textContent()).toContain('click the envelope');
  });
});

/** Evaluates an expression in a CDP target's page (the real side panel, which Playwright does not list). */
async function inTarget(session: CDPSession, sessionId: string, expression: string): Promise<unknown> {
  const { result } = (await session.send(
    'Target.sendMessageToTarget' as never,
    {
      sessionId,
      message: JSON.stringify({ id: 1, method: 'Runtime.evaluate', params: { expression, returnByValue: true } }),
    } as never,
  )) as { result?: unknown };
  return result;
}

const xvfb = await startXvfb();
// Stopped after the file, whether or not its tests ran.
e2e.beforeAll(async ({ own }) => {
  if (xvfb) await own({ close: xvfb.stop });
});
if (!xvfb) console.warn('Real side panel test skipped: Xvfb not found (apt-get install xvfb)');

describe.skipIf(!xvfb)('the real side panel, with a display (Xvfb)', () => {
  let browser: Browser;
  e2e.beforeAll(async ({ web, own }) => {
    browser = await own(launch({ port: web.port, display: xvfb?.display as string }));
  });

  e2e(
    'opens beside the webmail from the popup click and reaches a verdict there, the popup never reopened',
    async () => {
      await resetExtension(browser);
      const popup = await openPopup(browser);
      await ui(popup).provider('aruba').check();
      const tab = await openWebmail(browser, popup);
      expect(tab.url()).toBe('https://webmail.aruba.it/');
      const cdp = await browser.context.newCDPSession(tab);
      const panelTarget = async () => {
        const { targetInfos } = (await cdp.send('Target.getTargets')) as {
          targetInfos: { targetId: string; type: string; url: string }[];
        };
        return targetInfos.find((t) => t.type === 'page' && t.url.endsWith('/sidepanel.html'));
      };
      await expect.poll(panelTarget, { timeout: 10_000 }).toBeTruthy();
      const target = await panelTarget();
      const { sessionId } = (await cdp.send('Target.attachToTarget', {
        targetId: target?.targetId as string,
        flatten: false,
      })) as { sessionId: string };
      // The panel's own session answers over the browser's CDP messages: drive it by its hooks.
      const answers: string[] = [];
      cdp.on(
        'Target.receivedMessageFromTarget' as never,
        ((event: { message: string }) => {
          answers.push(event.message);
        }) as never,
      );
      const evaluate = async (expression: string) => {
        answers.length = 0;
        await inTarget(cdp, sessionId, expression);
        for (let i = 0; i < 50 && answers.length === 0; i++) await new Promise((r) => setTimeout(r, 100));
        const message = JSON.parse(answers[0] ?? '{}') as { result?: { result?: { value?: unknown } } };
        return message.result?.result?.value;
      };
      const waitIn = async (selector: string) => {
        for (let i = 0; i < 100; i++) {
          if (await evaluate(`!!document.querySelector(${JSON.stringify(selector)})`)) return;
          await new Promise((r) => setTimeout(r, 100));
        }
        throw new Error(`not in the side panel: ${selector}`);
      };
      await waitIn(hook.answer('works'));
      await evaluate(`document.querySelector('${hook.answer('works')}').click(), true`);
      await waitIn(`${hook.verdict('mail-client')} [data-report]`);
      expect(await evaluate('location.pathname')).toBe('/sidepanel.html');
    },
  );
});
