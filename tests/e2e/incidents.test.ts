// The consultant's incident feed, named by a real policy and served by the test server: an open incident on the
// preset provider shows before the webmail is opened and on the verdict; anything else changes nothing.
import { describe, expect } from 'vitest';
import { axeViolations } from '../../tools/axe';
import { launch, openPopup, openWebmail, settingsSettled } from '../../tools/chromium';
import type { WebServer } from '../../tools/loopback';
import { canWritePolicies, removePolicy, writePolicy } from '../../tools/policy-file';
import { arubaIncident as aruba } from '../fixtures/incidents';
import { e2e } from '../support/fixture';
import { ui } from '../support/pages';

let web: WebServer;
e2e.override('network', {
  feeds: {
    '/open.json': { incidents: [aruba] },
    '/resolved.json': { incidents: [{ ...aruba, status: 'resolved' }] },
    '/other.json': { incidents: [{ ...aruba, providers: ['libero'] }] },
    '/broken.json': '{ "incidents": [ oops',
  },
});
e2e.beforeAll(async ({ web: started }) => {
  web = started;
});
e2e.afterAll(() => {
  removePolicy();
});

const policy = (feed: string) => ({
  provider: 'aruba',
  consultant: { name: 'Studio Bianchi', phone: '+39 055 123456' },
  incidentFeedUrl: `https://feed.studiobianchi.it${feed}`,
});

describe.skipIf(!canWritePolicies())("the consultant's incident feed", () => {
  e2e(
    'an open Aruba incident: shown before the webmail opens and on the verdict, recorded in the report',
    async ({ own }) => {
      writePolicy(policy('/open.json'));
      const browser = await own(launch({ port: web.port, lang: 'it' }));
      try {
        const popup = await openPopup(browser);
        await settingsSettled(popup);
        // Read from the policy's address, after the first paint.
        await expect.poll(() => web.hits.includes('feed.studiobianchi.it/open.json'), { timeout: 15_000 }).toBe(true);
        const notice = popup.locator('[data-incident="aru-4471"]');
        await notice.waitFor({ timeout: 15_000 });
        expect(await notice.textContent()).toContain('Guasto già segnalato dal tuo consulente');
        expect(await notice.textContent()).toContain(
          'Posta Aruba non raggiungibile: segnalato ad Aruba, ticket ARU-4471.',
        );
        expect(await notice.textContent()).toContain('Segnalazione n. ARU-4471.');
        expect(await notice.locator('a[href="tel:+39055123456"]').count()).toBe(1);
        // After the focused heading and its line: a screen reader moving on from the heading reads it.
        expect(
          await popup.evaluate(() => {
            const heading = document.querySelector('h1');
            const found = document.querySelector('[data-incident]');
            return heading && found ? heading.compareDocumentPosition(found) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
          }),
        ).toBeGreaterThan(0);
        expect(await axeViolations(popup)).toEqual([]);
        // Fetched without cookies, from the policy's address.
        expect(web.hits).toContain('feed.studiobianchi.it/open.json');

        await openWebmail(browser, popup);
        await popup.bringToFront();
        await ui(popup).answer('inbox-failed');
        const verdict = ui(popup).verdict('mail-service');
        await verdict.locator('[data-incident="aru-4471"]').waitFor();
        // The ticket is already open: the service verdict does not tell the user to call.
        expect(await verdict.textContent()).toContain('Non serve chiamare: la segnalazione presso Aruba è già aperta');
        await expect
          .poll(() => verdict.locator('[data-report]').inputValue())
          .toContain('Disservizio già noto al consulente: ARU-4471');
      } finally {
        await browser.close();
      }
    },
  );

  e2e.for(['/resolved.json', '/other.json', '/broken.json', '/missing.json'])(
    '%s: nothing shown, nothing broken',
    async (feed, { own }) => {
      writePolicy(policy(feed));
      const browser = await own(launch({ port: web.port, lang: 'it' }));
      try {
        const popup = await openPopup(browser);
        await settingsSettled(popup);
        await expect.poll(() => web.hits.some((h) => h === `feed.studiobianchi.it${feed}`)).toBe(true);
        await popup.waitForTimeout(300);
        expect(await popup.locator('[data-incident]').count()).toBe(0);
        expect(await ui(popup).action('open-webmail').textContent()).toBe('Apri la webmail di Aruba');
      } finally {
        await browser.close();
      }
    },
  );
});
