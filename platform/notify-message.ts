// A check's message to the consultant, written once from the facts the report is written from: the popup previews it
// and queues it on the user's click; the background queues it by itself where the policy says `notify.auto`.

import { checkCode, checkId } from '../core/check-code';
import type { HistoryEntry } from '../core/history';
import { mailErrors, meaningOf } from '../core/mail-errors';
import type { ReadyChannel } from '../core/notify/channel';
import { envelopeOf, inertText } from '../core/notify/envelope';
import { type OutboxItem, outboxItemOf } from '../core/notify/outbox';
import { type CardLabels, messageOf, type NotifyMessage } from '../core/notify/requests';
import { reportHeadline } from '../core/report';
import type { Settings } from '../core/settings';
import { environmentDescription, extensionVersion } from './environment';
import { t, uiLanguage } from './i18n';
import { installId } from './notify';
import { reportOf } from './report-of';

export interface BuiltMessage {
  message: NotifyMessage;
  /** The message as the outbox keeps it, due at once. */
  item: OutboxItem;
}

const cardLabels = (): CardLabels => ({
  code: t('reportCheckCode'),
  client: t('reportClient'),
  person: t('reportPerson'),
  provider: t('reportProvider'),
  verdict: t('reportVerdict'),
});

/** The message of a check for a channel; `person`: the name the user typed (none: not sent). */
export async function buildMessage(
  entry: HistoryEntry,
  channel: ReadyChannel,
  settings: Settings,
  { person, automatic, test = false }: { person?: string | undefined; automatic: boolean; test?: boolean },
): Promise<BuiltMessage> {
  // What the user typed or pasted reaches the consultant as inert text (core/notify/envelope.ts, inertText): the report, the
  // preview and the envelope are all written from these.
  person = person === undefined ? undefined : inertText(person);
  if (entry.error) entry = { ...entry, error: { ...entry.error, text: inertText(entry.error.text) } };
  const id = checkId(await installId(), entry.at);
  const code = checkCode(entry.at);
  const language = uiLanguage();
  const decoded = entry.error ? mailErrors.find((e) => e.id === entry.error?.reading) : undefined;
  const report = test
    ? testReport(settings)
    : reportOf(entry, {
        productName: settings.branding?.productName,
        client: settings.clientName,
        person,
        consultant: settings.consultant?.name,
      });
  const envelope = envelopeOf({
    id,
    code,
    at: entry.at,
    ...(entry.answeredAt !== undefined ? { answeredAt: entry.answeredAt } : {}),
    client: settings.clientName,
    person,
    address: entry.address,
    provider: { id: entry.providerId, name: entry.providerName, webmailUrl: entry.webmailUrl },
    verdict: entry.verdict,
    reason: entry.reason,
    headline: test ? report.subject : reportHeadline(entry.verdict, entry.reason, entry.providerName, t),
    answers: entry.answers,
    results: entry.results,
    incident: entry.incident,
    error: entry.error && {
      text: entry.error.text,
      reading: entry.error.reading,
      meaning: decoded ? meaningOf(decoded, language) : undefined,
    },
    report,
    language,
    extensionName: settings.branding?.productName ?? t('extName'),
    version: extensionVersion(),
    browser: environmentDescription(),
    automatic,
    test,
  });
  const message = messageOf(channel, envelope, cardLabels());
  return { message, item: outboxItemOf(message, { id, at: entry.at, code }, channel, automatic, Date.now()) };
}

/** The test's text: what it is, and from which client's computer. */
function testReport(settings: Settings): { subject: string; body: string } {
  const product = settings.branding?.productName ?? t('extName');
  const subject = t('notifyTestSubject', product);
  const lines = [
    t('notifyTestBody', product),
    ...(settings.clientName ? [`${t('reportClient')}: ${settings.clientName}`] : []),
    `${t('reportEnvironment')}: ${environmentDescription()}`,
    `${t('extName')} ${extensionVersion()}`,
  ];
  return { subject, body: lines.join('\n') };
}

/** The options page's "Send a test": a message with no check behind it (`test: true` in the webhook's JSON). */
export function buildTestMessage(channel: ReadyChannel, settings: Settings): Promise<BuiltMessage> {
  const at = Date.now();
  const entry: HistoryEntry = {
    at,
    answeredAt: at,
    providerId: settings.provider ?? 'test',
    providerName: t('notifyTestProvider'),
    webmailUrl: '',
    verdict: 'mail-service',
    reason: 'page-down',
    answers: {},
    results: null,
  };
  return buildMessage(entry, channel, settings, { automatic: false, test: true });
}
