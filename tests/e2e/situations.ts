// The field situations a consultant meets every week (../shared/reviews/walkthrough-2026-12.md), written once and
// run in both engines through the PageDriver (tests/support/driver.ts): what the client does, in order, and whom
// the verdict names.
// Chromium runs them in tests/e2e/situations.test.ts, Firefox in tests/e2e/firefox/firefox.test.ts.
import { expect } from 'vitest';
import { eventually, optionsPage, type PageDriver, popupPage } from '../support/driver';
import { hook } from '../support/pages';

export const consultant = { name: 'Studio Bianchi', phone: '055 123456', whatsapp: '333 1234567' };

/** The DNS zone the situations need (the fake DNS over HTTPS of both harnesses). */
export const situationZone = {
  mx: {
    'rossi-srl.it': ['10 mx.rossi-srl.it.'],
    // The catalogue's round two: a forward-only domain at OVH, Google Workspace with its DNSSEC MX, IONOS Germany,
    // SiteGround, a spam filter in front of Microsoft 365.
    'rossi-inoltro.it': ['1 redirect.ovh.net.'],
    'bianchi-ws.it': ['1 mx1.smtp.goog.', '5 mx2.smtp.goog.', '10 mx4.smtp.goog.'],
    'mueller-gmbh.de': ['10 mx00.ionos.de.', '10 mx01.ionos.de.'],
    'verdi-srl.it': ['10 mx10.mailspamprotection.com.', '20 mx20.mailspamprotection.com.'],
    'neri-spa.it': ['10 neri-spa-it.esvacloud.com.'],
    // PEC on a customer's subdomain at Register.it PEC, whose webmail no source gives.
    'pec.neri-srl.it': ['10 server.pec-email.com.'],
  },
  cname: { 'autodiscover.neri-spa.it': ['autodiscover.outlook.com.'] },
  txt: { 'rossi-srl.it': ['"v=spf1 include:_spf.aruba.it ~all"'] },
  nxdomain: ['studio-scaduto.it'],
};

export interface Situation {
  name: string;
  settings?: Record<string, unknown>;
  /** How the client starts: a provider from the list, or a typed address and "find". */
  start: { provider: string } | { address: string };
  /** The answers, in order, as their hooks (`data-outcome` or `data-warning` values). */
  answers: string[];
  verdict: string;
  reason?: string;
  /** Whom it names: a configured person, an unnamed role, or nobody at all. */
  who?: 'configured' | 'unnamed' | 'nobody';
  /** Text the verdict (or the finder's dead end) must contain, per language. */
  says?: { en: string; it: string };
  /** Text it must not contain, per language. */
  never?: { en: string; it: string };
  /** The report's recipient (`data-report-for`). */
  reportFor?: string;
  /** A hook that must be there (e.g. the webmail's compose link). */
  shows?: string;
  /** The mail program's error, pasted on the first screen or on the verdict, and the entry it must read as. */
  error?: { text: string; where: 'first' | 'verdict'; reading: string };
}

export const situations: Situation[] = [
  {
    name: 'a full mailbox: the webmail warns, the consultant (not the technician)',
    settings: { consultant },
    start: { provider: 'aruba' },
    answers: ['warning', 'quota'],
    verdict: 'account',
    reason: 'mailbox-full',
    who: 'configured',
    says: { en: 'Studio Bianchi, your consultant', it: 'Studio Bianchi, il tuo consulente' },
    reportFor: 'consultant',
  },
  {
    name: 'the PEC fails: a PEC address picks the PEC entry, not the ordinary box',
    settings: { consultant },
    start: { address: 'studio@pec.it' },
    answers: ['inbox-failed'],
    verdict: 'mail-service',
    says: { en: 'Aruba PEC', it: 'Aruba PEC' },
  },
  {
    name: 'reading works, nothing leaves: the mailbox, the consultant',
    settings: { consultant },
    start: { provider: 'aruba' },
    answers: ['send-failed', 'send-all'],
    verdict: 'account',
    reason: 'send-blocked',
    who: 'configured',
  },
  {
    name: "one recipient's mailbox is full: nobody on this side",
    settings: { consultant },
    start: { provider: 'aruba' },
    answers: ['send-failed', 'send-one'],
    verdict: 'recipient',
    says: { en: 'Nobody on your side', it: 'Nessuno dalla tua parte' },
    reportFor: 'nobody',
  },
  {
    name: 'a POP3 program emptied the server: the technician',
    settings: { consultant },
    start: { provider: 'aruba' },
    answers: ['inbox-empty', 'missing-in-program'],
    verdict: 'mail-client',
    reason: 'pop-deleted',
    says: { en: "Don't delete the account", it: "Non cancellare l'account" },
  },
  {
    name: 'no consultant, consumer Gmail down: nobody to call, no consultant named',
    start: { provider: 'gmail' },
    answers: ['inbox-failed'],
    verdict: 'mail-service',
    who: 'nobody',
    says: { en: 'Nobody to call', it: 'Nessuno da chiamare' },
    never: { en: 'your consultant', it: 'il tuo consulente' },
    reportFor: 'nobody',
  },
  {
    name: 'no consultant, a business domain at Aruba down: whoever set up the domain',
    start: { provider: 'aruba' },
    answers: ['inbox-failed'],
    verdict: 'mail-service',
    who: 'unnamed',
    says: { en: 'Whoever set up your domain and email', it: 'Chi ti ha configurato il dominio e la posta' },
    reportFor: 'nobody',
  },
  {
    name: 'an expired domain: the finder leads on to the consultant, with a verdict and a report',
    settings: { consultant },
    start: { address: 'info@studio-scaduto.it' },
    answers: [],
    verdict: 'account',
    reason: 'domain-missing',
    says: { en: 'perhaps it expired', it: 'forse è scaduto' },
    reportFor: 'consultant',
  },
  {
    name: 'the password Outlook remembered: the password verdict, the consultant as fallback',
    settings: { consultant },
    start: { provider: 'aruba' },
    answers: ['login-failed', 'password-remembered'],
    verdict: 'password',
    reason: 'password-remembered',
    says: { en: 'Studio Bianchi, if you can', it: 'Studio Bianchi, se non riesci' },
    never: { en: 'Nobody yet', it: 'Per ora nessuno' },
  },
  {
    name: 'a refused sure password: the consultant, no outage claimed, the site opened but the login was tried by the user',
    settings: { consultant },
    start: { provider: 'aruba' },
    answers: ['login-failed', 'password-sure'],
    verdict: 'account',
    reason: 'login-refused',
    says: { en: "can't get in even from the", it: 'Non riesci a entrare nemmeno dalla webmail' },
    never: { en: 'service is failing', it: 'problema è nel servizio' },
  },
  {
    name: "webmail works: the seed's line, you need not call the consultant",
    settings: { consultant },
    start: { provider: 'gmail' },
    answers: ['works'],
    verdict: 'mail-client',
    says: { en: 'No need to call Studio Bianchi', it: 'Non serve chiamare Studio Bianchi' },
    reportFor: 'technician',
    shows: `${hook.action('compose-in-webmail')}[href^="https://mail.google.com/mail/?view=cm"]`,
  },
  {
    name: 'the service is down: phone and WhatsApp before the mail program',
    settings: { consultant },
    start: { provider: 'aruba' },
    answers: ['inbox-failed'],
    verdict: 'mail-service',
    shows: '[data-report-channel="broken"]',
  },
  // What the mail program says (the error reader).
  {
    name: 'an Outlook code pasted on the mail-program verdict: still the program, explained',
    settings: { consultant },
    start: { provider: 'aruba' },
    answers: ['works'],
    error: {
      text: 'Errore 0x800CCC0E: impossibile connettersi al server',
      where: 'verdict',
      reading: 'outlook-cannot-connect',
    },
    verdict: 'mail-client',
    says: { en: "Outlook can't connect to the mail server", it: 'Outlook non riesce a collegarsi al server di posta' },
  },
  {
    name: "Gmail's app-password error, pasted first: the webmail takes the password, so the program's is old (technician)",
    start: { provider: 'gmail' },
    error: { text: '534-5.7.9 Application-specific password required', where: 'first', reading: 'gmail-app-password' },
    answers: ['works'],
    verdict: 'mail-client',
    reason: 'error-reading',
    says: { en: "Don't change the password in the webmail", it: 'Non cambiare la password dalla webmail' },
  },
  {
    name: "a bounce for a recipient's full mailbox: the recipient's side at once, no webmail check",
    settings: { consultant },
    start: { provider: 'aruba' },
    error: {
      text: '552 5.2.2 The email account that you tried to reach is over quota',
      where: 'first',
      reading: 'recipient-over-quota',
    },
    answers: [],
    verdict: 'recipient',
    reason: 'error-reading',
    says: { en: 'Nobody on your side', it: 'Nessuno dalla tua parte' },
  },
  {
    name: 'a blocked-account error: the mailbox at once, naming the consultant',
    settings: { consultant },
    start: { provider: 'aruba' },
    error: { text: '550 5.1.8 Access denied, bad outbound sender', where: 'first', reading: 'sender-blocked-spam' },
    answers: [],
    verdict: 'account',
    reason: 'error-reading',
    who: 'configured',
    says: { en: 'Studio Bianchi, your consultant', it: 'Studio Bianchi, il tuo consulente' },
  },
];

/** Pastes the mail program's error into the box on screen and reads it. */
async function pasteError(driver: PageDriver, text: string, open: boolean): Promise<void> {
  if (open) await driver.click('[data-error-box] summary');
  await driver.waitFor('[data-input="error-text"]');
  await driver.type('[data-input="error-text"]', text);
  await driver.click(hook.action('read-error'));
}

/** Plays a situation: start, pick or find, open the webmail, come back, answer; then checks the verdict. */
export async function playSituation(driver: PageDriver, situation: Situation, lang: 'en' | 'it'): Promise<void> {
  await driver.start(situation.settings);
  if ('provider' in situation.start) {
    await driver.click(hook.provider(situation.start.provider));
  } else {
    await popupPage(driver).find(situation.start.address);
  }
  const decisiveError = situation.error?.where === 'first' && situation.answers.length === 0;
  if (situation.error?.where === 'first') {
    await pasteError(driver, situation.error.text, true);
    await driver.waitFor(`[data-error-reading="${situation.error.reading}"]`);
  }
  if (decisiveError) {
    // Decided by the error alone: the verdict is on the first screen.
  } else if (situation.reason?.startsWith('domain-')) {
    await driver.waitFor(`[data-dead-end] ${hook.action('see-verdict')}`);
    await driver.click(`[data-dead-end] ${hook.action('see-verdict')}`);
  } else {
    if (!('provider' in situation.start)) await driver.waitFor(hook.chosenProvider);
    await driver.click(hook.action('open-webmail'));
    await driver.reopen();
    for (const answer of situation.answers) await popupPage(driver).answer(answer);
  }
  if (situation.error?.where === 'verdict') {
    await driver.waitFor(hook.verdict());
    await pasteError(driver, situation.error.text, false);
    await driver.waitFor(`[data-error-reading="${situation.error.reading}"]`);
  }
  const verdict = hook.verdict(situation.verdict);
  await driver.waitFor(verdict);
  // The reading's words load with the decoder (on demand): wait for them on the verdict too.
  if (situation.error && !decisiveError)
    await driver.waitFor(`${verdict} [data-error-reading="${situation.error.reading}"]`);
  if (situation.reason) expect(await driver.attribute(verdict, 'data-reason')).toBe(situation.reason);
  if (situation.who) expect(await driver.attribute(`${verdict} [data-who]`, 'data-who')).toBe(situation.who);
  const text = await driver.text(
    situation.reason?.startsWith('domain-') ? '[data-dead-end]' : decisiveError ? '[data-error-box]' : verdict,
  );
  if (situation.says) expect(text, situation.name).toContain(situation.says[lang]);
  if (situation.never) expect(text, situation.name).not.toContain(situation.never[lang]);
  expect(await driver.text(`${verdict} [data-avoid]`)).not.toBe('');
  if (situation.reportFor) {
    expect(await driver.attribute(`${verdict} [data-report-for]`, 'data-report-for')).toBe(situation.reportFor);
  }
  if (situation.shows) await driver.waitFor(situation.shows);
}

/**
 * A provider nobody lists and a webmail address the user does not know: the box for the address says whom to ask,
 * with the consultant's contact when one is set (never a dead end).
 */
export async function playUnknownWebmail(driver: PageDriver, lang: 'en' | 'it'): Promise<void> {
  await driver.start({ consultant });
  await driver.click(hook.action('other-provider'));
  await driver.waitFor('[data-ask-consultant] [data-contact]');
  const text = await driver.text('[data-ask-consultant]');
  expect(text).toContain(
    lang === 'it' ? 'Chiedilo al tuo consulente, Studio Bianchi' : 'Ask your consultant, Studio Bianchi',
  );
  expect(text).toContain('+39 055 123456');
  await driver.start();
  await driver.click(hook.action('other-provider'));
  await driver.waitFor('[data-ask-consultant]');
  expect(await driver.text('[data-ask-consultant]')).toContain(
    lang === 'it' ? 'chi ti ha configurato la posta' : 'whoever set up your email',
  );
}

/** An address typed in the finder, and the next step it must reach (the catalogue's round two). */
export interface FinderCase {
  name: string;
  address: string;
  /** A provider chosen in the list, a webmail proposed to confirm, or a dead end with the consultant's card. */
  next: { provider: string } | { proposal: string } | { deadEnd: string };
  says: { en: string; it: string };
}

export const finderCases: FinderCase[] = [
  {
    name: 'an Aruba-hosted business domain (its own MX): Aruba found from its SPF',
    address: 'info@rossi-srl.it',
    next: { provider: 'aruba' },
    says: {
      en: 'Mail for rossi-srl.it is handled by Aruba (recognised from its mail settings)',
      it: 'La posta di rossi-srl.it è presso Aruba (riconosciuto dalle impostazioni della posta)',
    },
  },
  {
    name: 'a domain at OVH that only forwards: no mailbox here, whom to ask',
    address: 'info@rossi-inoltro.it',
    next: { deadEnd: 'forward-only' },
    says: { en: 'is only forwarded (OVHcloud)', it: 'viene solo inoltrata (OVHcloud)' },
  },
  {
    name: 'Google Workspace with the DNSSEC MX: Google Workspace chosen',
    address: 'info@bianchi-ws.it',
    next: { provider: 'google-workspace' },
    says: { en: 'Google Workspace', it: 'Google Workspace' },
  },
  {
    name: 'IONOS Germany: named, its webmail proposed to confirm',
    address: 'info@mueller-gmbh.de',
    next: { proposal: 'https://mail.ionos.de/' },
    says: { en: 'IONOS (Deutschland)', it: 'IONOS (Deutschland)' },
  },
  {
    name: "SiteGround: the webmail on the customer's domain, proposed, not opened",
    address: 'info@verdi-srl.it',
    next: { proposal: 'https://verdi-srl.it/webmail' },
    says: { en: 'SiteGround', it: 'SiteGround' },
  },
  {
    name: 'a spam filter in front of Microsoft 365: found from autodiscover',
    address: 'info@neri-spa.it',
    next: { provider: 'microsoft-365' },
    says: { en: 'Microsoft 365', it: 'Microsoft 365' },
  },
];

/** Types the address, finds, and checks the next step (both engines). */
export async function playFinder(driver: PageDriver, finding: FinderCase, lang: 'en' | 'it'): Promise<void> {
  await driver.start({ consultant });
  await popupPage(driver).find(finding.address);
  if ('provider' in finding.next) {
    await driver.waitFor(`${hook.provider(finding.next.provider)}:checked`);
  } else if ('proposal' in finding.next) {
    const box = `[data-input="webmail-url"][data-webmail-proposal="${finding.next.proposal}"]`;
    // Proposed in the box, for the user to check and confirm: nothing opens by itself.
    await driver.waitFor(box);
  } else {
    await driver.waitFor(`[data-dead-end="${finding.next.deadEnd}"] [data-contact]`);
  }
  expect(await driver.text('#picker-status')).toContain(finding.says[lang]);
}

/**
 * A PEC service the catalogue knows but whose webmail no source gives: named, the user asked for the webmail's
 * address, and the box's address becomes the provider the big button opens (both engines).
 */
export async function playKnownServiceTypedWebmail(driver: PageDriver, lang: 'en' | 'it'): Promise<void> {
  await driver.start();
  await popupPage(driver).find('info@pec.neri-srl.it');
  await driver.waitFor('[data-input="webmail-url"]');
  expect(await driver.text('#picker-status')).toContain(
    lang === 'it'
      ? "La posta di pec.neri-srl.it è presso Register.it PEC, ma non conosciamo l'indirizzo della webmail"
      : "Mail for pec.neri-srl.it is handled by Register.it PEC, but we don't know the address of its webmail",
  );
  await driver.type('[data-input="webmail-url"]', 'webmail.pec-email.com');
  await driver.click(hook.action('add-own-provider'));
  await eventually(
    () => driver.text(hook.action('open-webmail')),
    lang === 'it' ? 'Apri la webmail di Register.it PEC' : 'Open Register.it PEC webmail',
  );
}

const botToken = '123456789:AAH3k2pQ-ZxY_1234567890abcdefghijKLM';

/**
 * The consultant sets the channel on the options page (both engines): a wrong bot token is named at its field and
 * nothing is saved; a right one is saved as typed; sending without a click goes into the deployment files only.
 */
export async function playOptionsChannel(driver: PageDriver, lang: 'en' | 'it'): Promise<void> {
  const saved = lang === 'it' ? 'Salvato.' : 'Saved.';
  const options = optionsPage(driver);
  await driver.start();
  await options.open();
  await driver.waitFor('#opt-notify-kind');
  await driver.select('#opt-notify-kind', 'telegram');
  await driver.waitFor('#opt-notify-token');
  await options.fill('opt-notify-token', 'abc');
  await options.fill('opt-notify-chat', '-1001234567890');
  await options.save();
  await driver.waitFor('[data-field="opt-notify-token"] [id$="-error"]');
  expect(await options.error('opt-notify-token')).toContain(
    lang === 'it' ? 'Non è un token di bot Telegram' : 'This is not a Telegram bot token',
  );
  expect((await driver.storedSettings())?.notify).toBeUndefined();
  await options.fill('opt-notify-token', botToken);
  await options.save();
  await driver.waitFor('[data-status]');
  await expect
    .poll(() => options.status())
    .toBe(saved)
    .catch(async (error: unknown) => {
      // Which fields the page refused, and what they hold: a rare failure is read from the log alone.
      const refused = await driver.measure<string[]>(
        `[...document.querySelectorAll('[aria-invalid="true"]')].map((e) => e.id + '=' + JSON.stringify(e.value))`,
      );
      throw new Error(`${String(error)}; refused: ${refused.join(', ')}`);
    });
  expect((await driver.storedSettings())?.notify).toEqual({
    kind: 'telegram',
    token: botToken,
    chatId: '-1001234567890',
  });
  // Saved, the token is never on the page again: an empty password box that says so, nothing in the page's text.
  await options.open();
  await driver.waitFor('[data-secret="saved"]');
  expect(await driver.attribute('#opt-notify-token', 'type')).toBe('password');
  expect(await driver.value('#opt-notify-token')).toBe('');
  expect(await driver.text('body')).not.toContain(botToken.slice(10));
  expect(await driver.attribute('#opt-notify-token', 'placeholder')).toBe(
    lang === 'it' ? 'Salvato (non mostrato). Scrivi per sostituirlo.' : 'Saved (not shown). Type to replace it.',
  );
  await driver.select('#opt-notify-kind', 'ntfy');
  await driver.waitFor('#opt-notify-url');
  await options.fill('opt-notify-url', 'ntfy.sh/studio-bianchi-posta');
  await driver.click('[data-setting="notify.auto"]');
  await options.save();
  await expect
    .poll(async () => (await driver.storedSettings())?.notify)
    .toEqual({ kind: 'ntfy', url: 'https://ntfy.sh/studio-bianchi-posta' });
}
