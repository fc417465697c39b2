// Right in the field, round three: what the webmail page shows, a slow line, mail in spam, a scam email, and a
// consumer mailbox with nobody behind it. Written once, played in Chromium (field-three.test.ts) and in Firefox
// (firefox/firefox.test.ts) through the PageDriver and the popup's page object.
import { expect } from 'vitest';
import type { WebServer } from '../../tools/loopback';
import { eventually, type PageDriver, popupPage } from '../support/driver';
import { hook } from '../support/pages';

type Lang = 'en' | 'it';

/** The consultant and the technician, as the options page stores them. */
export const people = {
  consultant: { name: 'Studio Neri', phone: '+39 055 123456' },
  technician: { name: 'Luca Bianchi', phone: '+39 347 7654321' },
};

/** Words that name a consultant, in each language: a consumer with nobody behind them never reads them. */
const consultantWord: Record<Lang, RegExp> = { en: /consultant/i, it: /consulente/i };

/** The pages the scenarios show instead of a webmail (a provider's banner, a filter's block page). */
export const notices = {
  maintenance: {
    status: 503,
    title: 'Libero Mail',
    body: '<h1>Manutenzione</h1><p>Stiamo effettuando un intervento di manutenzione evolutiva: il servizio tornerà disponibile alle 02:00.</p>',
  },
  blocked: {
    status: 403,
    title: 'FortiGuard Web Filtering',
    body: '<h1>Web Page Blocked!</h1><p>The page you have requested has been blocked, because the URL is banned.</p>',
  },
};

/** Shows `page` at the webmail host for the scenario's length, then the plain webmail again. */
async function withPage(
  web: WebServer,
  host: string,
  page: (typeof notices)[keyof typeof notices],
  play: () => Promise<void>,
) {
  web.pages.set(host, page);
  try {
    await play();
  } finally {
    web.pages.delete(host);
  }
}

/** A planned maintenance page: "the page shows a message" → maintenance → the service, wait first; no call now. */
export async function playMaintenance(driver: PageDriver, web: WebServer, lang: Lang): Promise<void> {
  await withPage(web, 'webmail.aruba.it', notices.maintenance, async () => {
    const popup = popupPage(driver);
    await driver.start({ ...people, provider: 'aruba' });
    await popup.openWebmail();
    await popup.answer('page-notice');
    await driver.waitFor('[data-question="notice"]');
    await driver.accessible('what the message says');
    await popup.answer('notice-maintenance');
    const verdict = await popup.verdict('mail-service');
    expect(await driver.attribute(hook.verdict(), 'data-reason')).toBe('maintenance');
    // Wait first: "don't call now", and the consultant only if it runs over.
    expect(await driver.text('[data-avoid]')).toMatch(lang === 'it' ? /Non chiamare adesso/ : /Don't call anyone now/);
    expect(await verdict.text()).not.toMatch(lang === 'it' ? /interruzione breve/ : /short interruption/);
    await driver.accessible('maintenance verdict');
  });
}

/** An office filter's block page: "site blocked" → the office network, the technician named. */
export async function playBlockPage(driver: PageDriver, web: WebServer, lang: Lang): Promise<void> {
  await withPage(web, 'webmail.aruba.it', notices.blocked, async () => {
    const popup = popupPage(driver);
    await driver.start({ ...people, provider: 'aruba' });
    await popup.openWebmail();
    await popup.answer('page-notice');
    await popup.answer('notice-blocked');
    const verdict = await popup.verdict('network');
    expect(await driver.attribute(hook.verdict(), 'data-reason')).toBe('blocked-page');
    expect(await driver.attribute('[data-who]', 'data-who')).toBe('configured');
    expect(await driver.text('[data-who]')).toContain('Luca Bianchi');
    expect(await driver.text('[data-avoid]')).toMatch(
      lang === 'it' ? /Non chiamare il consulente/ : /Don't call your consultant/,
    );
    expect(await verdict.reportHeading()).toBe(
      lang === 'it' ? 'Resoconto da mandare al tuo tecnico' : 'Report to send to your technician',
    );
    await driver.accessible('network verdict');
  });
}

/**
 * "The page does not open" while other sites do and the checks reach the webmail: the phone, off the office Wi-Fi,
 * tells the office network from the service.
 */
export async function playPhoneQuestion(driver: PageDriver, lang: Lang): Promise<void> {
  const popup = popupPage(driver);
  await driver.start({ ...people, provider: 'aruba' });
  await popup.openWebmail();
  await popup.checksDone();
  await popup.answer('page-failed');
  // The checks answered "do other sites open?": the phone is asked before any service verdict.
  await driver.waitFor('[data-question="phone"]');
  await driver.accessible('the phone question');
  await popup.answer('phone-works');
  await popup.verdict('network');
  expect(await driver.attribute(hook.verdict(), 'data-reason')).toBe('phone-works');
  expect(await driver.text('[data-who]')).toContain('Luca Bianchi');
  await driver.click(hook.action('back'));
  await popup.answer('phone-fails');
  await popup.verdict('mail-service');
  expect(await driver.attribute(hook.verdict(), 'data-reason')).toBe('phone-fails');
  await driver.click(hook.action('back'));
  await popup.answer('phone-unknown');
  await popup.verdict('mail-service');
  // Not tried: the doubt is said.
  expect(await driver.text('[data-doubt]')).toMatch(lang === 'it' ? /rete di questo ufficio/ : /this office's network/);
}

/**
 * A slow line: every site, and the webmail, take their time (the probes time out, the webmail's page comes ~20 s
 * later, released by the test). The question says the tab still loads and "the page does not open" waits; answered
 * once loaded, with other sites open, it is the line: never the service.
 */
export async function playSlowLine(driver: PageDriver, slow: WebServer, lang: Lang): Promise<void> {
  slow.heldHosts.add('webmail.aruba.it');
  try {
    const popup = popupPage(driver);
    await driver.start({ ...people, provider: 'aruba' });
    await popup.openWebmail({ loaded: false });
    await driver.waitFor('[data-question="outcome"][data-tab-loading]');
    expect(await driver.text('[data-tab-loading-note]')).toMatch(
      lang === 'it' ? /sta ancora caricando/ : /still loading/,
    );
    expect(await popup.answerWaits('page-failed')).toBe(true);
    expect(await popup.answerWaits('works')).toBe(false);
    await driver.accessible('question while the tab loads');
    // The page comes at last: the question no longer waits.
    slow.releasePages();
    await eventually(() => driver.attribute('[data-question="outcome"]', 'data-tab-loading'), null, 15_000);
    expect(await popup.answerWaits('page-failed')).toBe(false);
    await popup.checksDone();
    await popup.answer('page-failed');
    await driver.waitFor('[data-question="internet"] [data-suggestion="internet"]');
    await popup.answer('internet-works');
    await popup.verdict('internet');
    expect(await driver.attribute(hook.verdict(), 'data-reason')).toBe('slow-line');
    expect(await driver.attribute(hook.verdict('mail-service'), 'data-verdict')).toBeNull();
  } finally {
    slow.releasePages();
  }
}

/** Mail that leaves but lands in the recipients' spam: the domain's settings, the consultant. */
export async function playSpamDelivery(driver: PageDriver, lang: Lang): Promise<void> {
  const popup = popupPage(driver);
  await driver.start({ ...people, provider: 'aruba' });
  await popup.openWebmail();
  await popup.answer('send-failed');
  await popup.answer('send-spam');
  await popup.verdict('account');
  expect(await driver.attribute(hook.verdict(), 'data-reason')).toBe('domain-delivery');
  expect(await driver.text('[data-who]')).toContain('Studio Neri');
  expect(await driver.text(hook.verdict())).toMatch(/SPF, DKIM, DMARC/);
  expect(await driver.text('[data-avoid]')).not.toMatch(lang === 'it' ? /consulente/ : /consultant/);
}

/**
 * A scary email about the mailbox: the first screen's way in → phishing, never "your mailbox has a problem"; a
 * password typed → the consultant now; nothing typed → nobody.
 */
export async function playSuspiciousEmail(driver: PageDriver, lang: Lang): Promise<void> {
  const popup = popupPage(driver);
  await driver.start({ ...people, provider: 'aruba' });
  await popup.suspicious();
  await popup.verdict('phishing');
  expect(await driver.attribute(hook.verdict(), 'data-reason')).toBe('phishing');
  const text = await driver.text(hook.verdict());
  expect(text).toMatch(/phishing/);
  expect(text).not.toMatch(
    lang === 'it' ? /casella ha un problema|rinnovo non pagato/ : /mailbox has a problem|unpaid/,
  );
  await driver.accessible('phishing verdict, asking');
  await popup.answer('typed-no');
  await eventually(() => driver.attribute(hook.verdict(), 'data-reason'), 'phishing-ignored');
  expect(await driver.attribute('[data-who]', 'data-who')).toBe('nobody');
  await driver.click(hook.action('back'));
  await popup.answer('typed-yes');
  await eventually(() => driver.attribute(hook.verdict(), 'data-reason'), 'phishing-typed');
  expect(await driver.text('[data-who]')).toContain('Studio Neri');
  await driver.waitFor(hook.action('open-real-webmail'));
  await driver.accessible('phishing verdict, a password typed');
}

/** A consumer mailbox, nobody configured: no screen of the path names a consultant. */
export async function playConsumerAlone(driver: PageDriver, lang: Lang): Promise<void> {
  const popup = popupPage(driver);
  await driver.start();
  await popup.choose('gmail');
  expect(await driver.text('body')).not.toMatch(consultantWord[lang]);
  await popup.openWebmail();
  await popup.answer('login-failed');
  await popup.answer('password-sure');
  await popup.verdict('account');
  expect(await driver.attribute('[data-who]', 'data-who')).toBe('nobody');
  // Gmail's own account recovery (the catalogue's sourced page), since nobody else will recover it.
  expect(await driver.attribute('[data-recovery] a', 'href')).toBe('https://accounts.google.com/signin/recovery');
  expect(await driver.text(hook.verdict())).not.toMatch(consultantWord[lang]);
}

/**
 * Libero read in Gmail, which no longer fetches it: the webmail works, so the verdict asks where the mailbox is read;
 * Gmail → the service in between, neither the technician nor the provider, with Google's dated change shown.
 */
export async function playGmailFetch(driver: PageDriver, lang: Lang): Promise<void> {
  const popup = popupPage(driver);
  await driver.start();
  await popup.choose('libero');
  await popup.openWebmail();
  await popup.answer('works');
  await driver.waitFor(`${hook.verdict('mail-client')} [data-question="reader"]`);
  await driver.accessible('the webmail-works verdict, asking where the mailbox is read');
  await popup.answer('reader-gmail');
  await popup.verdict('middle-man');
  expect(await driver.attribute(hook.verdict(), 'data-reason')).toBe('gmail-fetch');
  // Nobody to call: not the technician, not Libero.
  expect(await driver.attribute('[data-who]', 'data-who')).toBe('nobody');
  expect(await driver.text('[data-who]')).not.toMatch(lang === 'it' ? /tecnico|Libero/ : /technician|Libero/);
  expect(await driver.text('[data-avoid]')).toMatch(
    lang === 'it' ? /Non chiamare il tecnico né Libero/ : /Don't call your technician or Libero/,
  );
  expect(await driver.attribute('[data-advisory="gmail-fetch-ended"]', 'data-advisory-who')).toBe('user');
  expect(await driver.attribute('[data-report-for]', 'data-report-for')).toBe('nobody');
  await driver.accessible('the service-in-between verdict');
}

/**
 * A scanner's 5.7.30 pasted in January 2027 (the extension's pages read a fixed clock): Microsoft 365's basic
 * sign-in, off by default since 31 December 2026. The webmail works: the mailbox's setting, the consultant, and
 * the dated change shown on the question and the verdict.
 */
export async function playBasicAuthJanuary2027(driver: PageDriver, lang: Lang): Promise<void> {
  const popup = popupPage(driver);
  await driver.fixClock('2027-01-15T10:00:00Z');
  try {
    await driver.start({ ...people, provider: 'microsoft-365' });
    await driver.click('[data-error-box] summary');
    await driver.waitFor('[data-input="error-text"]');
    await driver.type(
      '[data-input="error-text"]',
      '550 5.7.30 Basic authentication is not supported for Client Submission',
    );
    await driver.click(hook.action('read-error'));
    await driver.waitFor('[data-error-reading="m365-basic-auth-retired"]');
    await popup.openWebmail();
    await driver.waitFor('[data-question="outcome"] [data-advisory="m365-smtp-auth-basic-off"]');
    await popup.answer('works');
    await popup.verdict('account');
    expect(await driver.attribute(hook.verdict(), 'data-reason')).toBe('error-reading');
    expect(await driver.text('[data-who]')).toContain('Studio Neri');
    expect(
      await driver.attribute(`${hook.verdict()} [data-advisory="m365-smtp-auth-basic-off"]`, 'data-advisory-who'),
    ).toBe('consultant');
    expect(await driver.text('[data-advisory="m365-smtp-auth-basic-off"]')).toMatch(
      lang === 'it' ? /Dal 31 dicembre 2026 Microsoft 365/ : /From 31 December 2026 Microsoft 365/,
    );
    await driver.accessible('the account verdict with the dated change');
  } finally {
    await driver.fixClock(undefined);
  }
}

/**
 * The main button in view: in a toolbar popup at its largest (380×600) with the consultant's provider preset, the
 * open button is on screen without scrolling; in a side panel of 360×640 nothing scrolls sideways, and the question's
 * heading stays in view while its answers scroll under it.
 */
export async function playInView(driver: PageDriver): Promise<void> {
  await driver.start({ ...people, provider: 'aruba' });
  await driver.resize(380, 600);
  const button = await driver.measure<{ top: number; bottom: number; height: number; scrollY: number }>(
    `(() => { const b = document.querySelector('${hook.action('open-webmail')}').getBoundingClientRect();
      return { top: b.top, bottom: b.bottom, height: innerHeight, scrollY }; })()`,
  );
  expect(button.scrollY).toBe(0);
  expect(button.top).toBeGreaterThanOrEqual(0);
  expect(button.bottom).toBeLessThanOrEqual(button.height);
  await popupPage(driver).openWebmail();
  await driver.resize(360, 640);
  await driver.openPanel();
  await driver.resize(360, 640);
  await driver.waitFor(hook.answer('page-failed'));
  const panel = await driver.measure<{ sideways: boolean; headingTop: number; headingBottom: number; height: number }>(
    `(() => { const last = [...document.querySelectorAll('${hook.answer()}')].pop(); last.scrollIntoView({ block: 'end' });
      const h = document.querySelector('[data-question] h1').getBoundingClientRect();
      return { sideways: document.documentElement.scrollWidth > document.documentElement.clientWidth,
        headingTop: h.top, headingBottom: h.bottom, height: innerHeight }; })()`,
  );
  expect(panel.sideways).toBe(false);
  // The last answer scrolled into view, the heading is still there, at the top.
  expect(panel.headingTop).toBeGreaterThanOrEqual(0);
  expect(panel.headingBottom).toBeLessThanOrEqual(panel.height / 3);
}

/**
 * The first screen in the HTML (tools/first-screen/): the popup's own page carries the picker in every language; it
 * is drawn before any module (its mark) in the browser's language, then taken over by the app (the same button);
 * reopened in the middle of a check, no picker is drawn at all (the check's screen comes with the app).
 */
export async function playFirstScreen(driver: PageDriver, lang: Lang): Promise<void> {
  await driver.start({ ...people, provider: 'aruba' });
  await driver.waitFor('[data-first-screen="taken-over"]');
  const first = await driver.measure<{ html: string; marks: string[]; screen: number; ready: number; lang: string }>(
    `(async () => ({ html: await (await fetch(location.pathname)).text(),
      marks: performance.getEntriesByType('mark').map((m) => m.name),
      screen: performance.getEntriesByName('webmail-first:first-screen')[0]?.startTime ?? -1,
      ready: performance.getEntriesByName('webmail-first:ready')[0]?.startTime ?? -1,
      lang: document.documentElement.lang }))()`,
  );
  // In the page as the browser receives it: the picker in English, and in Italian in a template.
  expect(first.html).toMatch(/<main id="app" data-first-screen="static"><div class="step"><h1[^>]*>Which mailbox/);
  expect(first.html).toMatch(/<template id="first-screen-it"><div class="step"><h1[^>]*>Quale casella/);
  expect(first.html.match(/data-action="open-webmail"/g)).toHaveLength(2);
  // Drawn before the app took it over, in the language of the browser.
  expect(first.marks).toContain('webmail-first:first-screen');
  expect(first.screen).toBeGreaterThan(0);
  expect(first.screen).toBeLessThanOrEqual(first.ready);
  expect(first.lang).toBe(lang);
  // The preset came from the settings at the take-over: the same button, now naming Aruba.
  expect(await driver.text(hook.action('open-webmail'))).toBe(
    lang === 'it' ? 'Apri la webmail di Aruba' : 'Open Aruba webmail',
  );
  await popupPage(driver).openWebmail();
  await driver.reopen();
  await driver.waitFor('[data-question="outcome"]');
  const reopened = await driver.measure<{ marks: string[]; state: string | null }>(
    `({ marks: performance.getEntriesByType('mark').map((m) => m.name),
      state: document.getElementById('app').dataset.firstScreen })`,
  );
  expect(reopened.marks).not.toContain('webmail-first:first-screen');
  expect(reopened.marks).toContain('webmail-first:ready');
  expect(reopened.state).toBe('taken-over');
}
