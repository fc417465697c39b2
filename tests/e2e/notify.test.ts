// The consultant hears at once (#22): each channel kind receives what the user previewed; a send that failed is
// delivered exactly once later, by the retry alarm and after a browser restart; a policy's `notify.auto` sends
// without a click and the verdict says so; the options page sends a test. The services are a loopback receiver.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { axeViolations } from '../../tools/axe';
import {
  type Browser,
  launch,
  openPopup,
  openWebmail,
  resetExtension,
  settingsSettled,
  setUserSettings,
} from '../../tools/chromium';
import { type NotifyReceiver, startNotifyReceiver, type WebServer } from '../../tools/loopback';
import { canWritePolicies, removePolicy, writePolicy } from '../../tools/policy-file';
import { chromiumDriver } from '../support/chromium';
import { e2e } from '../support/fixture';
import { hook, ui } from '../support/pages';
import { playNotifyNotDelivered, playNotifyRetryNow, titleOf } from './scenarios';
import { consultant } from './situations';

const botToken = '123456789:AAH3k2pQ-ZxY_1234567890abcdefghijKLM';
const channels = {
  webhook: { kind: 'webhook', url: 'https://hooks.studiobianchi.it/webmail-first' },
  ntfy: { kind: 'ntfy', url: 'https://ntfy.sh/studio-bianchi-posta' },
  teams: {
    kind: 'teams',
    url: 'https://prod-12.westeurope.logic.azure.com/workflows/abc/triggers/manual/paths/invoke?api-version=2016-06-01',
  },
  telegram: { kind: 'telegram', token: botToken, chatId: '-1001234567890' },
} as const;
const hosts = ['hooks.studiobianchi.it', 'ntfy.sh', 'prod-12.westeurope.logic.azure.com', 'api.telegram.org'];

const validateEnvelope = (() => {
  const ajv = new Ajv2020({ strict: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(resolve('docs/webmail-first-check.schema.json'), 'utf8')));
})();

let web: WebServer;
let receiver: NotifyReceiver;
e2e.override('network', { nxdomain: ['studio-scaduto.it'] });
e2e.beforeAll(async ({ web: started, own }) => {
  web = started;
  receiver = await own(startNotifyReceiver());
});
e2e.afterAll(() => {
  removePolicy();
});

const toReceiver = (port: number) => hosts.map((host) => `MAP ${host} 127.0.0.1:${port}`);
const settingsWith = (notify: object) => ({ provider: 'aruba', consultant, clientName: 'Rossi Srl', notify });

/** From the first screen to the "account" verdict: the password is sure and the webmail refuses it. */
async function reachAccountVerdict(browser: Browser, settings?: Record<string, unknown>): Promise<Page> {
  await resetExtension(browser);
  if (settings) await setUserSettings(browser, settings);
  let popup = await openPopup(browser);
  await settingsSettled(popup);
  await ui(popup).provider('aruba').first().click();
  // The background opens the webmail tab: it is there (and in front) before the popup opens again on top.
  await openWebmail(browser, popup);
  await popup.close();
  popup = await openPopup(browser);
  for (const answer of ['login-failed', 'password-sure']) await ui(popup).answer(answer);
  await ui(popup).verdict('account').waitFor();
  return popup;
}

/** Preview, confirm: returns the previewed text and the verdict's check code. */
async function previewAndSend(popup: Page, { axe = false } = {}): Promise<{ preview: string; code: string }> {
  const code = (await popup.locator('[data-check-code]').first().getAttribute('data-check-code')) ?? '';
  await ui(popup).action('notify-consultant').click();
  const preview = await popup.locator('[data-notify-text]').inputValue();
  // The clicked button went away: the focus is on the one that sends.
  await expect
    .poll(() => popup.evaluate(() => document.activeElement?.getAttribute('data-action')))
    .toBe('confirm-notify');
  if (axe) expect(await axeViolations(popup)).toEqual([]);
  await ui(popup).action('confirm-notify').click();
  return { preview, code };
}

describe('the consultant’s channel in Chromium', () => {
  let browser: Browser;
  e2e.beforeAll(async ({ own }) => {
    browser = await own(launch({ lang: 'it', port: web.port, rules: toReceiver(receiver.port) }));
  });
  e2e.afterAll(async () => {
    await browser?.close();
  });

  e2e.each(Object.entries(channels))('%s receives exactly what the user previewed, once', async (kind, channel) => {
    const popup = await reachAccountVerdict(browser, settingsWith(channel));
    const before = receiver.received.length;
    const { preview, code } = await previewAndSend(popup, { axe: kind === 'webhook' });
    expect(code).toMatch(/^WF-[0-9A-Z]{4}$/);
    await popup.locator('[data-notify-status="sent"]').waitFor({ timeout: 15_000 });
    expect(await popup.locator('[data-notify-status="sent"]').textContent()).toContain(code);
    // The report carries the same code.
    expect(await popup.locator('[data-report]').inputValue()).toContain(`Codice della verifica: ${code}`);
    const got = receiver.received.slice(before);
    expect(got).toHaveLength(1);
    const [request] = got as [NonNullable<(typeof got)[number]>];
    // Without cookies, from the extension's origin (a cross-origin request, as from a web page).
    expect(request.headers.cookie).toBeUndefined();
    expect(String(request.headers.origin)).toMatch(/^chrome-extension:\/\//);
    switch (kind) {
      case 'webhook': {
        expect(request.host).toBe('hooks.studiobianchi.it');
        const envelope = JSON.parse(request.body);
        expect(validateEnvelope(envelope), JSON.stringify(validateEnvelope.errors)).toBe(true);
        expect(envelope).toEqual(JSON.parse(preview));
        expect(envelope).toMatchObject({ code, verdict: 'account', client: 'Rossi Srl', automatic: false });
        break;
      }
      case 'ntfy':
        expect(`${request.host}${request.path}`).toBe('ntfy.sh/studio-bianchi-posta');
        expect(`${titleOf(request.headers.title)}\n\n${request.body}`).toBe(preview);
        expect(titleOf(request.headers.title)).toContain(code);
        expect(request.headers.tags).toBe('bust_in_silhouette');
        break;
      case 'teams': {
        expect(request.host).toBe('prod-12.westeurope.logic.azure.com');
        const card = JSON.parse(request.body);
        const content = card.attachments[0].content;
        expect(content.type).toBe('AdaptiveCard');
        const blocks = content.body as { inlines: { text: string }[] }[];
        for (const block of blocks.slice(1, -1)) expect(preview).toContain(block.inlines.map((i) => i.text).join(''));
        expect(blocks[0]?.inlines[0]?.text).toBe(preview.split('\n')[0]);
        break;
      }
      case 'telegram': {
        expect(request.path).toBe(`/bot${botToken}/sendMessage`);
        const form = new URLSearchParams(request.body);
        expect(form.get('chat_id')).toBe('-1001234567890');
        expect(form.get('text')).toBe(preview);
        break;
      }
    }
    // A second click cannot send it again: the verdict shows it was sent.
    expect(await ui(popup).action('notify-consultant').count()).toBe(0);
    await popup.close();
  });

  e2e(
    'a service that refuses browsers (no CORS): the message is never sent, it waits, and says the service is not reached',
    async () => {
      const popup = await reachAccountVerdict(browser, settingsWith(channels.webhook));
      receiver.noCors.add('hooks.studiobianchi.it');
      try {
        const before = receiver.received.length;
        await previewAndSend(popup);
        const waiting = popup.locator('[data-notify-status="waiting"]');
        await waiting.waitFor({ timeout: 15_000 });
        expect(await waiting.textContent()).toContain('hooks.studiobianchi.it non è raggiungibile');
        // The preflight was refused: no POST reached the service, so a later retry cannot make a repeat.
        expect(receiver.received.slice(before)).toEqual([]);
      } finally {
        receiver.noCors.delete('hooks.studiobianchi.it');
        await popup.close();
      }
    },
  );

  e2e('a domain that does not exist (expired): its verdict can be sent too, from the first screen', async () => {
    await resetExtension(browser);
    await setUserSettings(browser, settingsWith(channels.webhook));
    const popup = await openPopup(browser);
    await settingsSettled(popup);
    await popup.locator('[data-input="email"]').fill('info@studio-scaduto.it');
    await ui(popup).action('find-provider').click();
    await popup.locator(`[data-dead-end] ${hook.action('see-verdict')}`).click();
    const before = receiver.received.length;
    await previewAndSend(popup);
    await popup.locator('[data-dead-end] [data-notify-status="sent"]').waitFor({ timeout: 15_000 });
    const envelope = JSON.parse(receiver.received.slice(before)[0]?.body ?? '{}');
    expect(validateEnvelope(envelope), JSON.stringify(validateEnvelope.errors)).toBe(true);
    expect(envelope).toMatchObject({ verdict: 'account', reason: 'domain-missing', client: 'Rossi Srl' });
    await popup.close();
  });

  e2e(
    '"try again now": the 503 waits with its reason, the button delivers what was previewed, once (both engines)',
    async () => {
      await playNotifyRetryNow(chromiumDriver(browser), receiver, 'it');
    },
  );

  e2e(
    'a refused address (401): not delivered, said, never retried; Send again delivers it once (both engines)',
    async () => {
      await playNotifyNotDelivered(chromiumDriver(browser), receiver, 'it');
    },
  );

  e2e(
    'an error status: waiting, with the reason; the retry alarm delivers it within a minute, exactly once',
    async () => {
      const popup = await reachAccountVerdict(browser, settingsWith(channels.ntfy));
      receiver.failNext('ntfy.sh', 503);
      const before = receiver.received.length;
      await previewAndSend(popup);
      const waiting = popup.locator('[data-notify-status="waiting"]');
      await waiting.waitFor({ timeout: 15_000 });
      expect(await waiting.textContent()).toContain("ntfy.sh ha risposto con l'errore 503");
      expect(await axeViolations(popup)).toEqual([]);
      // Nobody clicks: the alarm (30 s after the first failure) sends it again.
      await popup.locator('[data-notify-status="sent"]').waitFor({ timeout: 60_000 });
      const got = receiver.received.slice(before);
      expect(got.map((r) => r.status)).toEqual([503, 200]);
      expect(got[0]?.body).toBe(got[1]?.body);
      await popup.close();
    },
    90_000,
  );
});

describe('a message that could not leave, after a browser restart', () => {
  e2e(
    'waits across the restart and is delivered once when the service is back',
    async ({ own }) => {
      const profile = mkdtempSync(join(tmpdir(), 'webmail-first-notify-'));
      try {
        // First session: ntfy.sh does not resolve.
        let browser = await own(
          launch({
            lang: 'en',
            port: web.port,
            userDataDir: profile,
            rules: ['MAP ntfy.sh ~NOTFOUND', ...toReceiver(receiver.port)],
          }),
        );
        const popup = await reachAccountVerdict(browser, settingsWith(channels.ntfy));
        await previewAndSend(popup);
        const waiting = popup.locator('[data-notify-status="waiting"]');
        await waiting.waitFor({ timeout: 15_000 });
        expect(await waiting.textContent()).toContain('ntfy.sh could not be reached');
        const before = receiver.received.filter((r) => r.host === 'ntfy.sh').length;
        // The past checks say it is waiting too (after a restart the verdict's screen is gone, the check is there).
        await ui(popup).action('restart').click();
        await ui(popup).action('history').click();
        await popup.locator('[data-history-notify="waiting"]').waitFor();
        await browser.close();

        // Second session: the service answers; the background sends what waited, at start, without any page open.
        browser = await own(
          launch({ lang: 'en', port: web.port, userDataDir: profile, rules: toReceiver(receiver.port) }),
        );
        try {
          const delivered = () => receiver.received.filter((r) => r.host === 'ntfy.sh').length - before;
          await expect.poll(delivered, { timeout: 20_000 }).toBe(1);
          const worker = browser.context.serviceWorkers()[0] ?? browser.worker;
          // The service has the message before the browser has its answer: the outbox says "sent" a moment later.
          const stored = () =>
            worker.evaluate(async () => {
              // biome-ignore lint/suspicious/noExplicitAny: the extension API inside the service worker
              const { notifyOutbox } = await (globalThis as any).chrome.storage.local.get('notifyOutbox');
              return notifyOutbox.items.map((i: { status: string; request?: unknown }) => [
                i.status,
                i.request === undefined,
              ]);
            });
          await expect.poll(stored, { timeout: 10_000 }).toEqual([['sent', true]]);
          // The past check shows it sent, with its code.
          const popup2 = await openPopup(browser);
          await ui(popup2).action('history').click();
          await popup2.locator('[data-history-entry] summary').first().click();
          await popup2.locator('[data-history-entry] [data-notify-status="sent"]').waitFor();
          expect(await popup2.locator('[data-history-notify]').count()).toBe(0);
          // Nothing more goes out later.
          await new Promise((done) => setTimeout(done, 2_000));
          expect(delivered()).toBe(1);
        } finally {
          await browser.close();
        }
      } finally {
        rmSync(profile, { recursive: true, force: true });
      }
    },
    90_000,
  );
});

describe.skipIf(!canWritePolicies())('notify.auto, by policy', () => {
  e2e('a managed machine sends the account verdict without a click, and the verdict says so', async ({ own }) => {
    writePolicy({ ...settingsWith({ ...channels.webhook, auto: true }) });
    const browser = await own(launch({ lang: 'it', port: web.port, rules: toReceiver(receiver.port) }));
    try {
      const before = receiver.received.length;
      const popup = await reachAccountVerdict(browser);
      const sent = popup.locator('[data-notify-status="sent"]');
      await sent.waitFor({ timeout: 20_000 });
      expect(await sent.textContent()).toContain('Avviso inviato in automatico');
      const got = receiver.received.slice(before);
      expect(got).toHaveLength(1);
      const envelope = JSON.parse(got[0]?.body ?? '{}');
      expect(validateEnvelope(envelope)).toBe(true);
      expect(envelope).toMatchObject({ automatic: true, verdict: 'account', client: 'Rossi Srl' });
      expect(envelope.code).toBe(await popup.locator('[data-check-code]').first().getAttribute('data-check-code'));
    } finally {
      await browser.close();
      removePolicy();
    }
  });
});

describe('the options page', () => {
  e2e('chooses the channel, sends a test and shows the result', async ({ own }) => {
    const browser = await own(launch({ lang: 'en', port: web.port, rules: toReceiver(receiver.port) }));
    try {
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
      await settingsSettled(page);
      await page.locator('#opt-notify-kind').selectOption('ntfy');
      await page.locator('#opt-notify-url').fill('ntfy.sh/studio-bianchi-posta');
      const before = receiver.received.length;
      await ui(page).action('send-test').click();
      await page.locator('[data-notify-last="sent"]').waitFor({ timeout: 15_000 });
      expect(await page.locator('[data-notify-last]').textContent()).toContain('check that it arrived');
      const [test] = receiver.received.slice(before);
      expect(titleOf(test?.headers.title)).toContain('Webmail First: test message');
      // The test also reads the topic back with the same credentials: a write-only topic refuses (403).
      await page.locator('[data-notify-reach="post-only"]').waitFor();
      expect(receiver.polls.at(-1)).toMatchObject({ topic: 'ntfy.sh/studio-bianchi-posta' });
      expect(receiver.polls.at(-1)?.search).toMatch(/^\?poll=1&since=/);
      // A topic anyone with these credentials can read: the deployment files refuse it, with the reason.
      receiver.readableTopics.add('ntfy.sh/studio-bianchi-posta');
      await page.locator(`${hook.action('download-policy')}[data-format="linux"]`).click();
      await expect.poll(() => page.locator('[data-deploy-status]').textContent()).toContain('No file made');
      receiver.readableTopics.delete('ntfy.sh/studio-bianchi-posta');
      // A service that fails: the result says why.
      receiver.failNext('ntfy.sh', 404);
      await ui(page).action('send-test').click();
      await page.locator('[data-notify-last="failed"]').waitFor({ timeout: 15_000 });
      expect(await page.locator('[data-notify-last]').textContent()).toContain('ntfy.sh answered with error 404');
      // Saved: the channel is in the settings, the automatic sending is not (a policy's alone).
      await page.locator('[data-setting="notify.auto"]').check();
      await ui(page).action('save-settings').click();
      await page.locator('[data-status]').getByText('Saved').waitFor();
      const worker = browser.context.serviceWorkers()[0] ?? browser.worker;
      const stored = await worker.evaluate(async () => {
        // biome-ignore lint/suspicious/noExplicitAny: the extension API inside the service worker
        const { settings } = await (globalThis as any).chrome.storage.local.get('settings');
        return settings.notify;
      });
      expect(stored).toEqual({ kind: 'ntfy', url: 'https://ntfy.sh/studio-bianchi-posta' });
    } finally {
      await browser.close();
    }
  });
});
