import {
  launch,
  openPopup,
  resetExtension,
  setUserSettings,
  startNotifyReceiver,
  startWebServer,
} from './tools/harness';

const web = await startWebServer();
const rec = await startNotifyReceiver();
const browser = await launch({
  lang: 'it',
  port: web.port,
  rules: [`MAP ntfy.sh 127.0.0.1:${rec.port}`],
  extraArgs: ['--window-size=420,900'],
});
try {
  await resetExtension(browser);
  await setUserSettings(browser, {
    provider: 'aruba',
    clientName: 'Rossi Srl',
    consultant: { name: 'Studio Bianchi', phone: '055 123456' },
    notify: { kind: 'ntfy', url: 'https://ntfy.sh/studio-bianchi' },
  });
  let popup = await openPopup(browser);
  await popup.setViewportSize({ width: 400, height: 1400 });
  await popup.locator('[data-provider="aruba"]').first().click();
  await popup.locator('[data-action="open-webmail"]').click();
  await popup.close();
  popup = await openPopup(browser);
  await popup.setViewportSize({ width: 400, height: 1600 });
  await popup.locator('[data-outcome="login-failed"]').click();
  await popup.locator('[data-outcome="password-sure"]').click();
  await popup.locator('[data-verdict="account"]').waitFor();
  await popup.screenshot({ path: '/tmp/shots/verdict.png', fullPage: true });
  await popup.locator('[data-action="notify-consultant"]').click();
  await popup.locator('[data-notify-text]').waitFor();
  await popup.locator('.notify').screenshot({ path: '/tmp/shots/preview.png' });
  rec.failNext('ntfy.sh', 503);
  await popup.locator('[data-action="confirm-notify"]').click();
  await popup.locator('[data-notify-status="waiting"]').waitFor();
  await popup.locator('.notify').screenshot({ path: '/tmp/shots/waiting.png' });
  await popup.locator('[data-action="retry-notify"]').click();
  await popup.locator('[data-notify-status="sent"]').waitFor();
  await popup.locator('.notify').screenshot({ path: '/tmp/shots/sent.png' });
  const opt = await browser.context.newPage();
  await opt.setViewportSize({ width: 900, height: 2400 });
  await opt.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await opt.locator('[data-section="notify"]').waitFor();
  await opt.locator('[data-section="notify"]').screenshot({ path: '/tmp/shots/options.png' });
} finally {
  await browser.close();
  web.close();
  rec.close();
}
