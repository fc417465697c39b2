// Scenarios written once and played in both engines through the PageDriver (tests/support/driver.ts): what the user
// reads, the rule's main paths (answers given, in order → the verdict), the minute of a first check, the options
// page's save, the consultant's channel retried by hand. Chromium plays them in triage.test.ts, situations.test.ts
// and notify.test.ts, Firefox in firefox/firefox.test.ts.
import { expect } from 'vitest';
import type { NotifyReceiver } from '../../tools/loopback';
import { eventually, optionsPage, type PageDriver, popupPage } from '../support/driver';
import { hook } from '../support/pages';

export const text = {
  en: {
    choose: 'Choose your provider first (or type your address)',
    open: 'Open Aruba webmail',
    outcome: 'How did it go in the Aruba webmail?',
    verdicts: {
      'mail-client':
        'Aruba mail works. The problem is in your email program or the device you use (computer or phone).',
      'mail-service': 'Aruba mail fails from the webmail too: the problem is in the service, not in your computer.',
      internet: 'Your internet connection is not working. Email is not the problem.',
      password: "You can't get in: first let's recover the password.",
      account: "You can't get in even from the Aruba webmail: this needs your consultant, not your technician.",
      network: "The Aruba webmail opens on your phone, not here: this office's network or this computer blocks it.",
    },
    technician: 'Your own technician',
    consultantNamed: 'Studio Bianchi, your consultant',
    saved: 'Saved.',
    consultant: 'Whoever set up your domain and email',
    reportFor: {
      'mail-client': 'Report to send to your technician',
      'mail-service': 'Report of the check',
      password: 'Report of the check',
      account: 'Report of the check',
      internet: 'Report of the check',
      network: 'Report to send to your technician',
    },
  },
  it: {
    choose: "Prima scegli il fornitore (o scrivi l'indirizzo)",
    open: 'Apri la webmail di Aruba',
    outcome: "Com'è andata nella webmail di Aruba?",
    verdicts: {
      'mail-client':
        'La posta di Aruba funziona. Il problema è nel programma di posta o nel dispositivo che usi (computer o telefono).',
      'mail-service':
        'La posta di Aruba non funziona nemmeno dalla webmail: il problema è nel servizio, non nel tuo computer.',
      internet: 'La connessione a internet non funziona. Il problema non è la posta.',
      password: 'Non riesci a entrare: prima recuperiamo la password.',
      account: 'Non riesci a entrare nemmeno dalla webmail di Aruba: serve il consulente, non il tuo tecnico.',
      network:
        'La webmail di Aruba si apre dal telefono, non da qui: la blocca la rete di questo ufficio o questo computer.',
    },
    technician: 'Il tuo tecnico di fiducia',
    consultantNamed: 'Studio Bianchi, il tuo consulente',
    saved: 'Salvato.',
    consultant: 'Chi ti ha configurato il dominio e la posta',
    reportFor: {
      'mail-client': 'Resoconto da mandare al tuo tecnico',
      'mail-service': 'Resoconto della verifica',
      password: 'Resoconto della verifica',
      account: 'Resoconto della verifica',
      internet: 'Resoconto della verifica',
      network: 'Resoconto da mandare al tuo tecnico',
    },
  },
} as const;

// The rule's main paths: the answers given, in order → the verdict (every answer of the rule is decided in the unit
// table, tests/unit/decide.test.ts; situations.ts and field-three.ts play more of them end to end). With the network
// up the checks finish first (and answer "do other sites open?" by themselves); with the probes held the checks are
// still running, as when they cannot tell yet, and the user is asked.
export type Network = 'up' | 'held';
export type Path = [Network, string[], keyof (typeof text)['en']['verdicts']];
export const paths: Path[] = [
  ['up', ['works'], 'mail-client'],
  ['up', ['inbox-failed'], 'mail-service'],
  ['up', ['login-failed', 'password-sure'], 'account'],
  ['up', ['login-failed', 'password-unsure'], 'password'],
  // The checks answer "other sites open?"; the phone, off the office Wi-Fi, is asked before any service verdict.
  ['up', ['page-failed', 'phone-fails'], 'mail-service'],
  ['held', ['page-failed', 'internet-works', 'phone-fails'], 'mail-service'],
  ['held', ['page-failed', 'internet-works', 'phone-works'], 'network'],
  ['held', ['page-failed', 'internet-down'], 'internet'],
];

type Lang = keyof typeof text;

/**
 * A first check, as Maria makes it: nothing chosen for her, she picks Aruba, the webmail opens, the popup closes and
 * resumes at the question, the badge asks until the verdict. axe on every screen.
 */
export async function playFirstCheck(driver: PageDriver, lang: Lang): Promise<void> {
  const t = text[lang];
  const popup = popupPage(driver);
  await driver.start();
  expect(await driver.text(hook.action('open-webmail'))).toBe(t.choose);
  await driver.accessible('picker, nothing chosen');
  await popup.choose('aruba');
  expect(await driver.text(hook.action('open-webmail'))).toBe(t.open);
  expect(await popup.openWebmail()).toBe('https://webmail.aruba.it/');
  await eventually(() => driver.badge(), '?');
  // The real popup closes when the tab opens: reopened, it continues where she left.
  await driver.reopen();
  await driver.waitFor(hook.answer());
  expect(await driver.text('h1')).toBe(t.outcome);
  await popup.checksDone();
  await driver.accessible('outcome question');
  await popup.answer('works');
  const verdict = await popup.verdict('mail-client');
  expect(await verdict.heading()).toBe(t.verdicts['mail-client']);
  expect(await verdict.text()).toContain(t.technician);
  await eventually(() => driver.badge(), '');
  await driver.accessible('mail-client verdict');
}

/**
 * One path of the rule: the answers in order reach the verdict, the focus on each new heading, axe after each answer;
 * the verdict's heading, whom it names and the report's recipient; Back returns to the last question.
 * `held`: the driver's network holds the probes (the checks cannot tell yet).
 */
export async function playPath(driver: PageDriver, [network, answers, verdictId]: Path, lang: Lang): Promise<void> {
  const t = text[lang];
  const popup = popupPage(driver);
  await driver.start();
  await popup.choose('aruba');
  await popup.openWebmail();
  if (network === 'up') await popup.checksDone();
  else await driver.waitFor('[data-checks] [role="status"] p');
  // Held probes time out after 2.5 s, and then every site reads as slow: "other sites open" given after that is the
  // slow line's verdict, not the path's. So on that network the answers up to "other sites open" are given back to
  // back, and the focus and axe are checked from that screen on (the internet question's own axe: the last path).
  const racing = network === 'held' ? answers.indexOf('internet-works') : -1;
  for (const [i, answer] of answers.entries()) {
    await popup.answer(answer);
    if (i < racing) continue;
    // The focus moves to each new screen's heading (a screen reader reads it).
    await eventually(() => driver.focused('h1'), true);
    await driver.accessible(`after ${answer}`);
  }
  if (racing >= 0 && (await driver.attribute(hook.verdict(), 'data-reason')) === 'slow-line') {
    throw new Error('the checks timed out before "other sites open" was answered (a machine too busy for this path)');
  }
  const verdict = await popup.verdict(verdictId);
  expect(await verdict.heading()).toBe(t.verdicts[verdictId]);
  if (verdictId === 'mail-service') expect(await verdict.text()).toContain(t.consultant);
  if (verdictId === 'password') await driver.waitFor(`${hook.verdict()} a[href^="https://support.aruba.it/"]`);
  // The report is for whom the verdict sends the user to.
  expect(await verdict.reportHeading()).toBe(t.reportFor[verdictId]);
  await eventually(() => driver.badge(), '');
  // Back, on every verdict, returns to the last question.
  await driver.click(hook.action('back'));
  await driver.waitFor(hook.answer());
  expect(await driver.attribute(hook.verdict(), 'data-verdict')).toBeNull();
}

/** The options page saves the consultant's name; the next check names the consultant. */
export async function playOptionsSaved(driver: PageDriver, lang: Lang): Promise<void> {
  const t = text[lang];
  const options = optionsPage(driver);
  const popup = popupPage(driver);
  await driver.start();
  await options.open();
  await driver.accessible('options page');
  await options.fill('opt-consultant-name', 'Studio Bianchi');
  await options.save();
  await eventually(() => options.status(), t.saved);
  await driver.reopen();
  await popup.choose('aruba');
  await popup.openWebmail();
  await popup.answer('inbox-failed');
  await driver.waitFor(`${hook.verdict('mail-service')} [data-who]`);
  expect(await driver.text(`${hook.verdict()} [data-who]`)).toContain(t.consultantNamed);
}

/** The ntfy Title header as sent (RFC 2047 base64 for accents), decoded. */
export function titleOf(header: string | string[] | undefined): string {
  const value = String(header ?? '');
  const encoded = /^=\?UTF-8\?B\?(.+)\?=$/.exec(value);
  return encoded ? Buffer.from(encoded[1] as string, 'base64').toString('utf8') : value;
}

/** From the first screen to the "account" verdict (a refused login, the password sure), with a channel set. */
async function reachAccountVerdict(driver: PageDriver, notify: Record<string, string>): Promise<void> {
  const popup = popupPage(driver);
  await driver.start({
    provider: 'aruba',
    clientName: 'Rossi Srl',
    consultant: { name: 'Studio Bianchi', phone: '055 123456' },
    notify,
  });
  await popup.choose('aruba');
  await popup.openWebmail();
  await driver.reopen();
  for (const answer of ['login-failed', 'password-sure']) await popup.answer(answer);
  await driver.waitFor(`${hook.verdict('account')} [data-check-code]`);
}

/**
 * The account verdict's message to the consultant's ntfy topic: the service answers 503, the message waits and says
 * why; "Try again now" delivers exactly what was previewed, once, without cookies, with the check's code.
 * The driver's network leads ntfy.sh to `receiver`.
 */
export async function playNotifyRetryNow(driver: PageDriver, receiver: NotifyReceiver, lang: Lang): Promise<void> {
  await reachAccountVerdict(driver, { kind: 'ntfy', url: 'https://ntfy.sh/studio-bianchi-posta' });
  const code = await driver.attribute('[data-check-code]', 'data-check-code');
  const before = receiver.received.length;
  receiver.failNext('ntfy.sh', 503);
  await driver.click(hook.action('notify-consultant'));
  await driver.waitFor('[data-notify-text]');
  const preview = await driver.value('[data-notify-text]');
  await driver.click(hook.action('confirm-notify'));
  await driver.waitFor('[data-notify-status="waiting"]');
  expect(await driver.text('[data-notify-status="waiting"]')).toContain(
    lang === 'it' ? "ntfy.sh ha risposto con l'errore 503" : 'ntfy.sh answered with error 503',
  );
  await driver.accessible('a message waiting');
  await driver.click(hook.action('retry-notify'));
  await driver.waitFor('[data-notify-status="sent"]');
  expect(await driver.text('[data-notify-status="sent"]')).toContain(code ?? 'WF-');
  const got = receiver.received.slice(before);
  expect(got.map((r) => r.status)).toEqual([503, 200]);
  const delivered = got[1];
  expect(`${titleOf(delivered?.headers.title)}\n\n${delivered?.body}`).toBe(preview);
  expect(String(delivered?.headers.origin)).toMatch(/^(chrome|moz)-extension:\/\//);
  expect(delivered?.headers.cookie).toBeUndefined();
}

/**
 * A message the service refuses (401): given up at once, "not delivered" with the reason on the verdict and in the
 * past checks, never retried by itself; *Send again* writes it anew, previews it and delivers it once (both engines;
 * in Firefox the first send also asks the browser's consent, granted by the test profile).
 */
export async function playNotifyNotDelivered(driver: PageDriver, receiver: NotifyReceiver, lang: Lang): Promise<void> {
  await reachAccountVerdict(driver, {
    kind: 'ntfy',
    url: 'https://ntfy.sh/studio-bianchi-rifiutato',
    token: 'tk_scaduto1234567890',
  });
  const before = receiver.received.length;
  receiver.failNext('ntfy.sh', 401);
  await driver.click(hook.action('notify-consultant'));
  await driver.waitFor('[data-notify-text]');
  // The preview never shows the token.
  expect(await driver.value('[data-notify-text]')).not.toContain('tk_scaduto');
  await driver.click(hook.action('confirm-notify'));
  await driver.waitFor('[data-notify-status="not-delivered"][data-notify-why="refused"]');
  expect(await driver.text('[data-notify-status="not-delivered"]')).toContain(
    lang === 'it'
      ? "l'indirizzo del consulente è stato rifiutato (ntfy.sh, errore 401)"
      : "the consultant's address was refused (ntfy.sh, error 401)",
  );
  await driver.accessible('a message not delivered');
  // Given up: nothing more goes by itself.
  await new Promise((done) => setTimeout(done, 1_500));
  expect(receiver.received.slice(before).map((r) => r.status)).toEqual([401]);
  await driver.click(hook.action('notify-again'));
  await driver.waitFor('[data-notify-text]');
  await driver.click(hook.action('confirm-notify'));
  await driver.waitFor('[data-notify-status="sent"]');
  expect(receiver.received.slice(before).map((r) => r.status)).toEqual([401, 200]);
}

// ---------------------------------------------------------------------------------------------------------------
// The neighbours (both engines): other Italian networks (the Globalping fake) and the consultant's other clients
// (the neighbours' topic on the loopback ntfy). Each scenario says what the probes find and what the topic holds.

export const neighboursTopic = 'ntfy.sh/studio-neri-vicini';
const neighboursSettings = {
  provider: 'aruba',
  clientName: 'Rossi Srl',
  consultant: { name: 'Studio Neri', phone: '055 123456' },
  neighbours: { url: `https://${neighboursTopic}` },
};

/** Another site's event on the topic, as another client's extension would have posted it. */
export function otherSiteFailing(receiver: NotifyReceiver, site: string): void {
  const event = {
    format: 'webmail-first-neighbour',
    version: 1,
    site,
    provider: 'aruba',
    verdict: 'mail-service',
    outcome: 'inbox-failed',
    failing: true,
    time: new Date().toISOString(),
  };
  receiver.publish(neighboursTopic, JSON.stringify(event), ['wf', 'aruba', 'fail']);
}

/**
 * From the first screen to a verdict on Aruba. A follow-up the popup may have answered already from the checks'
 * evidence (the page failed, other sites answer) is clicked only when it is asked.
 */
async function answerOnAruba(
  driver: PageDriver,
  answers: string[],
  { viaOptions = false }: { viaOptions?: boolean } = {},
): Promise<void> {
  const popup = popupPage(driver);
  if (viaOptions) {
    // As the consultant sets it on a client's computer: typed on the options page and saved (in Firefox, the Save
    // click asks the data consent the events need; the test profile grants it).
    const { neighbours: _, ...rest } = neighboursSettings;
    await driver.start(rest);
    const options = optionsPage(driver);
    await options.open();
    await options.fill('opt-neighbours-url', neighboursSettings.neighbours.url);
    await options.save();
    await eventually(async () => (await driver.storedSettings())?.neighbours !== undefined, true);
    await driver.reopen();
  } else {
    await driver.start(neighboursSettings);
  }
  await popup.choose('aruba');
  await popup.openWebmail();
  await driver.reopen();
  const [first, ...rest] = answers;
  if (first) await popup.answer(first);
  for (const answer of rest) {
    await driver.waitFor(`${hook.verdict()}, ${hook.answer(answer)}`);
    if ((await driver.attribute(hook.answer(answer), 'data-outcome')) !== null) await popup.answer(answer);
  }
}

/** The user's webmail page fails, other networks reach it: this line or network, never the service. */
export async function playNeighboursElsewhereUp(
  driver: PageDriver,
  { receiver, globalping }: { receiver: NotifyReceiver; globalping: { answers: Map<string, unknown> } },
  lang: Lang,
): Promise<void> {
  globalping.answers.set('webmail.aruba.it', 'up');
  receiver.readableTopics.add(neighboursTopic);
  receiver.forget(neighboursTopic);
  await answerOnAruba(driver, ['page-failed', 'internet-works']);
  await driver.waitFor(
    `${hook.verdict('internet')}[data-reason="elsewhere-up"][data-probes="up"][data-neighbours="0"]`,
  );
  expect(await driver.text('[data-checks] [data-probes="up"]')).toContain('webmail.aruba.it:443');
  expect(await driver.text('[data-checks] [data-neighbours="0"]')).toContain(
    lang === 'it' ? 'Nessun altro cliente di Studio Neri' : 'No other client of Studio Neri',
  );
  expect(await driver.attribute(hook.verdict(), 'data-verdict')).not.toBe('mail-service');
  await driver.accessible('a verdict with the neighbours');
}

/** Every probe fails too: the service, with the measurement in the report as third-party evidence. */
export async function playNeighboursAllDown(
  driver: PageDriver,
  { globalping }: { globalping: { answers: Map<string, unknown>; created: { id: string }[] } },
  lang: Lang,
): Promise<void> {
  globalping.answers.set('imaps.aruba.it', 'down');
  await answerOnAruba(driver, ['login-failed', 'password-sure']);
  await driver.waitFor(`${hook.verdict('mail-service')}[data-probes="down"]`);
  const id = globalping.created.at(-1)?.id ?? '';
  expect(id).not.toBe('');
  await eventually(async () => (await driver.value('[data-report]')).includes(id), true);
  expect(await driver.value('[data-report]')).toContain('imaps.aruba.it:993');
  expect(await driver.text('[data-checks] [data-probes="down"]')).toContain(
    lang === 'it' ? 'Nemmeno da altre reti italiane' : 'do not answer either',
  );
}

/**
 * Two other sites failed on Aruba in the last half hour: shown, counted, reported, and the service; the topic receives
 * this check's event with exactly the schema's fields and nothing the user typed.
 */
export async function playNeighboursTwoOthers(
  driver: PageDriver,
  { receiver, globalping }: { receiver: NotifyReceiver; globalping: { answers: Map<string, unknown> } },
  lang: Lang,
  validateEvent: (event: unknown) => boolean,
): Promise<void> {
  globalping.answers.set('imaps.aruba.it', 'up');
  receiver.readableTopics.add(neighboursTopic);
  receiver.forget(neighboursTopic);
  otherSiteFailing(receiver, '0d6f3c5e-6a51-4b8e-9a41-000000000001');
  otherSiteFailing(receiver, '0d6f3c5e-6a51-4b8e-9a41-000000000002');
  const before = receiver.received.length;
  await answerOnAruba(driver, ['login-failed', 'password-sure'], { viaOptions: true });
  await driver.waitFor(`${hook.verdict('mail-service')}[data-neighbours="2"]`);
  const line = await driver.text('[data-checks] [data-neighbours="2"]');
  expect(line).toContain(
    lang === 'it' ? 'Altri 2 clienti di Studio Neri con Aruba' : '2 other clients of Studio Neri on Aruba',
  );
  await eventually(async () => (await driver.value('[data-report]')).includes(line), true);
  // This check's own event, posted once to the topic.
  const posts = async () => receiver.received.slice(before).filter((r) => r.path.startsWith('/studio-neri-vicini'));
  await eventually(async () => (await posts()).length, 1);
  const [posted] = receiver.received.slice(before).filter((r) => r.path.startsWith('/studio-neri-vicini'));
  const event = JSON.parse(posted?.body ?? '{}');
  expect(validateEvent(event)).toBe(true);
  expect(event).toMatchObject({ provider: 'aruba', verdict: 'mail-service', outcome: 'login-failed', failing: true });
  expect(posted?.body).not.toMatch(/Rossi|Neri|@/);
  expect(new URL(`https://x${posted?.path}`).searchParams.get('tags')).toBe('wf,aruba,fail');
}
