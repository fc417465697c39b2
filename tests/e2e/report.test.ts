// The report on the verdict (preview, clipboard, mailto) and the history (entries, report, export, restart).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { axeViolations } from '../../tools/axe';
import { type Browser, launch, openPopup, openWebmail } from '../../tools/chromium';
import { e2e } from '../support/fixture';
import { hook, ui } from '../support/pages';

let browser: Browser;
// A profile of its own, kept for the restart test.
const profile = mkdtempSync(join(tmpdir(), 'webmail-first-profile-'));

e2e.override('network', { mx: { 'studio-rossi.it': ['10 mx.aruba.it.'] } });
e2e.override('chromium', { lang: 'it', userDataDir: profile });
e2e.beforeAll(async ({ browser: started, own }) => {
  // Removed last, once the browsers on it are closed.
  await own({ close: () => rmSync(profile, { recursive: true, force: true }) });
  browser = started;
});

async function mailServiceVerdict(): Promise<Page> {
  const popup = await openPopup(browser);
  await popup.locator('[data-input="email"]').fill('info@studio-rossi.it');
  await popup.locator('[data-input="email"]').press('Enter');
  await popup.locator(`${hook.action('open-webmail')}:focus`).waitFor();
  await openWebmail(browser, popup);
  await popup.bringToFront();
  await ui(popup).evidence().waitFor();
  await ui(popup).answer('login-failed');
  await ui(popup).answer('password-sure');
  await ui(popup).report('account').waitFor();
  return popup;
}

describe('report', () => {
  e2e('shows a preview with the facts, copies it, and fills a mailto link', async () => {
    const popup = await mailServiceVerdict();
    const report = await popup.locator('[data-report]').inputValue();
    expect(report).toMatch(/^Webmail First: resoconto della verifica della posta\n/);
    // A date for a ticket: the year in full, an unambiguous order, the time zone; then the long local form.
    expect(report).toMatch(/Data della verifica: \d{4}-\d\d-\d\d \d\d:\d\d \(.+\) · \S+ \d+ \S+ \d{4}/);
    expect(report).toMatch(/Webmail aperta: \d{4}-\d\d-\d\d \d\d:\d\d \(.+\)/);
    expect(report).toContain('Fornitore della posta: Aruba (https://webmail.aruba.it/)');
    expect(report).toContain('Indirizzo: info@studio-rossi.it');
    expect(report).toContain(
      'Cosa dire: Non riesco a entrare nella webmail di Aruba con la mia password, che ho scritto io ed è sicuramente giusta.',
    );
    expect(report).toContain("- La password è sicuramente giusta? Sì, l'ho scritta io ed è giusta di sicuro");
    expect(report).toMatch(/- Gli altri siti rispondono \(in \d+ ms\)\./);
    expect(report).toMatch(/- webmail\.aruba\.it risponde \(in \d+ ms\)\./);
    expect(report).toMatch(/Browser e sistema: .*Chrom.* \d+/);
    expect(report).toMatch(/Webmail First \d+\.\d+\.\d+$/);
    expect(report).not.toMatch(/password:|cookie/i);

    await ui(popup).action('copy-report').click();
    await expect.poll(() => popup.locator('[data-report-for] [role="status"]').textContent()).toContain('Copiato');
    // Paste it where a user would: a text box in an ordinary page.
    const page = await browser.context.newPage();
    await page.goto('https://webmail.aruba.it/');
    await page.setContent('<textarea></textarea>');
    await page.locator('textarea').focus();
    await page.keyboard.press('Control+V');
    const clipboard = await page.locator('textarea').inputValue();
    await page.close();
    expect(clipboard).toBe(
      `Problema posta (Aruba): Posta Aruba: il servizio risponde, ma la casella ha un problema\n\n${report}`,
    );

    const href = (await ui(popup).action('email-report').getAttribute('href')) ?? '';
    const mailto = new URL(href);
    expect(mailto.protocol).toBe('mailto:');
    expect(mailto.searchParams.get('subject')).toBe(
      'Problema posta (Aruba): Posta Aruba: il servizio risponde, ma la casella ha un problema',
    );
    expect(mailto.searchParams.get('body')).toBe(report);
    expect(await ui(popup).action('whatsapp-report').count()).toBe(0);
    expect(await axeViolations(popup)).toEqual([]);
  });
});

describe('history', () => {
  e2e('lists each finished check, newest first, opens its report, exports CSV and JSON', async () => {
    // A second check, answered differently.
    const popup = await openPopup(browser);
    await ui(popup).action('restart').click();
    await ui(popup).provider('gmail').check();
    await openWebmail(browser, popup);
    await popup.bringToFront();
    await ui(popup).answer('works');
    await ui(popup).verdict('mail-client').waitFor();
    await ui(popup).action('restart').click();

    await ui(popup).action('history').click();
    const entries = popup.locator('[data-history-entry]');
    await expect.poll(() => entries.count()).toBe(2);
    expect(await entries.nth(0).locator('summary').textContent()).toMatch(/Gmail · Programma di posta$/);
    expect(await entries.nth(1).locator('summary').textContent()).toMatch(/Aruba · Casella$/);
    await entries.nth(1).locator('summary').click();
    expect(await entries.nth(1).locator('[data-report]').inputValue()).toContain('Indirizzo: info@studio-rossi.it');
    expect(await axeViolations(popup)).toEqual([]);

    const [csv] = await Promise.all([popup.waitForEvent('download'), ui(popup).action('export-csv').click()]);
    const csvText = readFileSync((await csv.path()) as string, 'utf8');
    expect(csv.suggestedFilename()).toMatch(/^webmail-first-history-\d{4}-\d\d-\d\d\.csv$/);
    expect(csvText.split('\r\n')).toHaveLength(3);
    // Italian Excel: a byte order mark and semicolons, so that the columns and the accents come out right.
    expect(csvText.startsWith('\uFEFFwhen;iso_time;')).toBe(true);
    expect(csvText).toContain('account;Casella;login-refused;info@studio-rossi.it');
    const [json] = await Promise.all([popup.waitForEvent('download'), ui(popup).action('export-json').click()]);
    const exported = JSON.parse(readFileSync((await json.path()) as string, 'utf8'));
    expect(exported.entries.map((e: { providerId: string }) => e.providerId)).toEqual(['gmail', 'aruba']);
  });

  e2e(
    'survives a browser restart; "check again" starts a check with the same provider; clear empties it',
    async ({ web, own }) => {
      await browser.close();
      browser = await own(launch({ port: web.port, lang: 'it', userDataDir: profile }));
      const popup = await openPopup(browser);
      await ui(popup).action('history').click();
      const entries = popup.locator('[data-history-entry]');
      await expect.poll(() => entries.count()).toBe(2);
      await entries.nth(1).locator('summary').click();
      await ui(entries.nth(1)).action('history-recheck').click();
      await expect.poll(() => ui(popup).action('open-webmail').textContent()).toBe('Apri la webmail di Aruba');

      await ui(popup).action('history').click();
      // Clearing asks first, with the focus on the way out (it cannot be undone); Cancel keeps everything and gives
      // the focus back to "Clear history". By keyboard, as a screen-reader user does it.
      await ui(popup).action('clear-history').focus();
      await popup.keyboard.press('Enter');
      expect(await popup.locator('#clear-question').textContent()).toBe(
        'Cancellare tutte le 2 verifiche precedenti? Non si potrà tornare indietro.',
      );
      await popup.locator(`${hook.action('cancel-clear-history')}:focus`).waitFor();
      await popup.keyboard.press('Enter');
      await popup.locator(`${hook.action('clear-history')}:focus`).waitFor();
      expect(await popup.locator('[data-history-entry]').count()).toBe(2);
      await ui(popup).action('clear-history').click();
      await ui(popup).action('confirm-clear-history').click();
      await expect.poll(() => popup.locator('[data-history-status]').textContent()).toBe('Cronologia cancellata.');
      expect(await popup.locator('[data-history-entry]').count()).toBe(0);
    },
  );
});
