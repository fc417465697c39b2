// The first real minute of a client: whom the verdict names and how to reach them, a check left for hours, a
// locked provider, the administrator's product name, and the extension's own icon.
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { axeViolations } from '../../tools/axe';
import {
  type Browser,
  badgeText,
  launch,
  openPopup,
  openWebmail,
  resetExtension,
  setUserSettings,
} from '../../tools/chromium';
import { startWebServer } from '../../tools/loopback';
import { e2e } from '../support/fixture';
import { hook, ui } from '../support/pages';

let browser: Browser;
// The probes held: the checks still run when the user answers (past 2.5 s they read as a slow line); "nothing opens"
// decides either way.
let held: Browser;
e2e.override('chromium', { lang: 'it' });
e2e.beforeAll(async ({ browser: started, own }) => {
  browser = started;
  const heldWeb = await own(startWebServer({ holdProbes: true }));
  held = await own(launch({ port: heldWeb.port, lang: 'it' }));
});
e2e.beforeEach(async () => {
  await resetExtension(browser);
  await resetExtension(held);
});

const contacts = {
  consultant: { name: 'Studio Bianchi', phone: '+39 055 123456', email: 'assistenza@studiobianchi.it' },
  technician: { name: 'Marco Rossi', phone: '+39 347 7654321', email: 'marco@example.it' },
};

async function verdictAfter(answers: string[], on: Browser = browser): Promise<Page> {
  const popup = await openPopup(on);
  await ui(popup).provider('aruba').check();
  await openWebmail(on, popup);
  await popup.bringToFront();
  for (const answer of answers) await ui(popup).answer(answer);
  await ui(popup).verdict().waitFor();
  return popup;
}

describe('contacts wherever a verdict names a person', () => {
  e2e(
    'password: the consultant who manages the mailbox, with a way to reach them; the report is for them',
    async () => {
      await setUserSettings(browser, contacts);
      const popup = await verdictAfter(['login-failed', 'password-unsure']);
      const verdict = ui(popup).verdict('password');
      expect(await verdict.locator('[data-who]').textContent()).toContain('Studio Bianchi');
      expect(await verdict.locator('[data-who] a[href="tel:+39055123456"]').count()).toBe(1);
      expect(await verdict.locator('[data-report-for] h2').textContent()).toBe('Resoconto da mandare al consulente');
      const mail = new URL((await ui(verdict).action('email-report').getAttribute('href')) ?? '');
      expect(mail.pathname).toBe('assistenza@studiobianchi.it');
      expect(await ui(verdict).action('email-report').textContent()).toBe(
        'Invia con il programma di posta (destinatario: Studio Bianchi)',
      );
      expect(await axeViolations(popup)).toEqual([]);
    },
  );

  e2e('internet: the technician named in the next step, with their number; the report is for them', async () => {
    await setUserSettings(held, contacts);
    const popup = await verdictAfter(['page-failed', 'internet-down'], held);
    const verdict = ui(popup).verdict('internet');
    expect(await verdict.locator('[data-next-contact]').textContent()).toContain('Il tuo tecnico: Marco Rossi');
    expect(await verdict.locator('[data-next-contact] a[href="tel:+393477654321"]').count()).toBe(1);
    expect(await verdict.locator('[data-report-for] h2').textContent()).toBe('Resoconto da mandare al tuo tecnico');
    const mail = new URL((await ui(verdict).action('email-report').getAttribute('href')) ?? '');
    expect(mail.pathname).toBe('marco@example.it');
  });

  e2e('mail program: the report goes to the technician, not the consultant', async () => {
    await setUserSettings(browser, contacts);
    const popup = await verdictAfter(['works']);
    const verdict = ui(popup).verdict('mail-client');
    expect(await verdict.locator('[data-report-for] h2').textContent()).toBe('Resoconto da mandare al tuo tecnico');
    const mail = new URL((await ui(verdict).action('email-report').getAttribute('href')) ?? '');
    expect(mail.pathname).toBe('marco@example.it');
  });

  e2e('numbers written as Italians write them reach Italy, not France: tel: and WhatsApp', async () => {
    await setUserSettings(browser, {
      consultant: { name: 'Studio Bianchi', phone: '055 123456', whatsapp: '333 1234567' },
    });
    const popup = await verdictAfter(['inbox-failed']);
    const verdict = ui(popup).verdict('mail-service');
    expect(await verdict.locator('[data-contact] a[href="tel:+39055123456"]').textContent()).toBe('+39 055 123456');
    expect(await verdict.locator('[data-contact] a[href="https://wa.me/393331234567"]').count()).toBe(1);
    expect(await ui(verdict).action('whatsapp-report').getAttribute('href')).toMatch(
      /^https:\/\/wa\.me\/393331234567\?text=/,
    );
  });

  e2e('internet without a technician: a report for nobody in particular, no recipient', async () => {
    const popup = await verdictAfter(['page-failed', 'internet-down'], held);
    const verdict = ui(popup).verdict('internet');
    expect(await verdict.locator('[data-report-for] h2').textContent()).toBe('Resoconto della verifica');
    expect(await verdict.locator('[data-next-contact]').count()).toBe(0);
    expect(await ui(verdict).action('email-report').getAttribute('href')).toMatch(/^mailto:\?subject=/);
  });
});

describe('reports are not anonymous', () => {
  e2e('the client (from the settings) and the person (typed once) are in every report, remembered', async () => {
    await setUserSettings(browser, { clientName: 'Studio Rossi Srl' });
    const popup = await verdictAfter(['inbox-failed']);
    const report = popup.locator('[data-report]');
    expect(await report.inputValue()).toContain('Cliente: Studio Rossi Srl');
    await popup.locator(`${hook.verdict()} [data-input="person-name"]`).fill('Anna Verdi');
    await expect.poll(() => report.inputValue()).toContain('Inviato da: Anna Verdi');
    const subject = new URL((await ui(popup).action('email-report').getAttribute('href')) ?? '');
    expect(subject.searchParams.get('subject')).toMatch(/^Studio Rossi Srl: /);
    // Typed once: the next check's report carries it too.
    await ui(popup).action('restart').click();
    const next = await verdictAfter(['works']);
    await expect.poll(() => next.locator('[data-report]').inputValue()).toContain('Inviato da: Anna Verdi');
    expect(await axeViolations(next)).toEqual([]);
  });
});

describe('hours later', () => {
  e2e(
    'a check opened two hours ago is not resumed as current; the badge goes; "check again now" starts afresh',
    async () => {
      const worker = browser.context.serviceWorkers()[0] ?? browser.worker;
      const twoHoursAgo = Date.now() - 2 * 60 * 60 * 1000 - 60_000;
      await worker.evaluate(async (at) => {
        // biome-ignore lint/suspicious/noExplicitAny: the extension API inside the service worker
        await (globalThis as any).chrome.storage.session.set({
          wizard: { stage: 'opened', providerId: 'aruba', openedAt: at, answers: {}, checkRequestedAt: at },
        });
      }, twoHoursAgo);
      await expect.poll(() => badgeText(browser)).toBe('');
      const popup = await openPopup(browser);
      expect(await ui(popup).heading().textContent()).toBe('Hai aperto la webmail Aruba 2 ore fa');
      expect(await ui(popup).answerButton().count()).toBe(0);
      expect(await axeViolations(popup)).toEqual([]);
      const [tab] = await Promise.all([browser.context.waitForEvent('page'), ui(popup).action('check-now').click()]);
      expect(tab.url()).toBe('https://webmail.aruba.it/');
      await popup.bringToFront();
      await ui(popup).answerButton('works').waitFor();
      await expect.poll(() => badgeText(browser)).toBe('?');
    },
  );
});

describe("the administrator's choices", () => {
  e2e(
    'a locked provider: the heading says it, no list; the product name is in the title, the hint describes the icon',
    async () => {
      await setUserSettings(browser, {
        provider: 'aruba',
        lockProvider: true,
        branding: { productName: 'Posta Sicura' },
      });
      const popup = await openPopup(browser);
      await expect.poll(() => ui(popup).heading().textContent()).toBe('Controlliamo la tua posta di Aruba');
      expect(await ui(popup).provider().count()).toBe(0);
      // The hint says where the questions will be: the panel beside the webmail (Chromium has one).
      expect(await popup.locator('#open-webmail-hint').textContent()).toContain(
        'Accanto alla webmail si apre un riquadro',
      );
      expect(await popup.title()).toBe('Posta Sicura');
    },
  );

  e2e('hiding every provider leaves the full list, never an empty popup', async () => {
    const { builtInProviders } = await import('../../core/catalogue/built-in');
    await setUserSettings(browser, { hiddenProviders: builtInProviders.map((p) => p.id) });
    const popup = await openPopup(browser);
    await expect.poll(() => ui(popup).provider().count()).toBe(builtInProviders.length);
  });
});

describe('the icon', () => {
  e2e('the manifest names an icon for every size, and each loads', async () => {
    const page = await openPopup(browser);
    const sizes = await page.evaluate(async () => {
      // biome-ignore lint/suspicious/noExplicitAny: the extension API in the popup page
      const icons: Record<string, string> = (globalThis as any).chrome.runtime.getManifest().icons ?? {};
      const loaded: [string, number][] = [];
      for (const [size, path] of Object.entries(icons)) {
        const image = new Image();
        image.src = `/${path}`;
        await image.decode();
        loaded.push([size, image.naturalWidth]);
      }
      return loaded;
    });
    expect(sizes).toEqual([
      ['16', 16],
      ['32', 32],
      ['48', 48],
      ['96', 96],
      ['128', 128],
    ]);
  });
});
