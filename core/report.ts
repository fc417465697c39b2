// The report for the consultant: plain text in the user's language, everything needed to open a ticket with
// the provider. Pure: the message function, the clock's formatting and the environment are passed in.
// It never contains a password, a cookie or page content: it is built only from the fields below.

import { type Answers, asksFollowUp, type Reason, type VerdictId } from './answers';
import type { ComposeKind } from './catalogue/provider';
import { formatWhen } from './dates';
import { unsafeTextCharacters } from './guards';
import type { Translate } from './messages';
import type { NeighboursReading } from './neighbours';
import { conflictOf, evidenceLines } from './probes/evidence';
import { neighbourLines } from './probes/neighbour-lines';
import type { OutsideReading } from './probes/outside';
import { type ProbeResult, summarize } from './probes/results';
import type { FeedReading } from './probes/status-feed';
import {
  answerLabels,
  factReportKeys,
  followUpHeading,
  type ReasonTexts,
  reasonTexts,
  secondHeading,
  textsOf,
} from './texts';

/** Text typed by the user, on one line: control characters, line breaks and direction overrides become spaces. */
const oneLine = (text: string) => text.replace(new RegExp(unsafeTextCharacters.source, 'g'), ' ').trim();

export interface ReportInput {
  verdict: VerdictId;
  reason: Reason;
  providerName: string;
  webmailUrl: string;
  /** When the webmail was opened (ms since the epoch). */
  checkedAt: number;
  /** When the user answered: the time of the verdict (older entries have none). */
  answeredAt?: number;
  /** The check's short code (core/check-code.ts), read over the phone. */
  code?: string;
  answers: Answers;
  results: readonly ProbeResult[] | null;
  feed?: FeedReading;
  /** The consultant's open incident on the provider, when their feed had one. */
  incident?: { id: string; ticket?: string; since?: string };
  /** Only when the user typed it. */
  address?: string;
  /** The client (company), as the administrator named it. */
  client?: string;
  /** The person reporting, as they typed their name once. */
  person?: string;
  /** The mail program's error as pasted, and what it means (none: not recognised). */
  error?: { text: string; meaning?: string };
  /** What the neighbours found: other Italian networks, the consultant's other clients. */
  outside?: OutsideReading;
  neighbours?: NeighboursReading;
  /** The consultant's name, as the neighbours' line says it ("other clients of Studio Neri"). */
  consultant?: string;
  /** E.g. "Chrome 156, Linux". */
  environment: string;
  version: string;
}

export interface ReportFormat {
  t: Translate;
  locale: string;
  timeZone: string;
  /** The administrator's product name, in place of the extension's in the title. */
  productName?: string;
}

/** How much of a pasted error "what to tell them" quotes; the report has it whole. */
const tellErrorLength = 160;

/**
 * The sentence to say or send ("what to tell them"), shared by the verdict screen and the report; when the mail
 * program's error decided, it quotes the error.
 */
export function tellText(
  reason: Reason,
  providerName: string,
  webmailUrl: string,
  t: Translate,
  errorText?: string,
): string {
  if (reason === 'error-reading' && errorText) {
    const quoted = errorText.length > tellErrorLength ? `${errorText.slice(0, tellErrorLength)}…` : errorText;
    return t('verdictErrorTell', quoted);
  }
  // A verdict reached without a webmail (a pasted error's, before any provider was chosen) has no host to name.
  const host = URL.canParse(webmailUrl) ? new URL(webmailUrl).hostname : '';
  const byReason: ReasonTexts = reasonTexts[reason];
  return t(byReason.tell, [providerName, host]);
}

function answerLines(answers: Answers, providerName: string, t: Translate): string[] {
  const lines: string[] = [];
  if (answers.outcome) lines.push(`${t('reportAnswerOutcome')}: ${t(answerLabels[answers.outcome])}`);
  if (answers.outcome && answers.followUp && asksFollowUp(answers.outcome)) {
    lines.push(`${t(followUpHeading(answers.outcome), providerName)} ${t(answerLabels[answers.followUp])}`);
  }
  if (answers.outcome && answers.second)
    lines.push(`${t(secondHeading(answers.second), providerName)} ${t(answerLabels[answers.second])}`);
  if (answers.checked) lines.push(`${t('reportAccepted')}: ${t(factReportKeys[answers.checked], providerName)}`);
  return lines;
}

/** The verdict in one line, as a report says it (written for its reader: never "not your computer" to the technician). */
export function reportHeadline(verdict: VerdictId, reason: Reason, providerName: string, t: Translate): string {
  return t(textsOf(verdict, reason).report, providerName);
}

export function formatReport(
  input: ReportInput,
  { t, locale, timeZone, productName }: ReportFormat,
): { subject: string; body: string } {
  const headline = reportHeadline(input.verdict, input.reason, input.providerName, t);
  const bullet = (line: string) => `- ${line}`;
  const numbers = new Intl.NumberFormat(locale).format;
  const answers = answerLines(input.answers, input.providerName, t);
  const checks = input.results ? evidenceLines(input.results, numbers).map((l) => t(l.key, l.substitutions)) : [];
  if (input.feed?.state === 'incident') checks.push(t('feedGoogleIncident', input.feed.title));
  if (input.feed?.state === 'none') checks.push(t('feedGoogleNone'));
  const conflict = conflictOf(input.answers, summarize(input.results));
  const neighbours = neighbourLines(input, input.providerName, input.consultant ?? t('consultantFallback'), locale).map(
    ({ line, why }) => `${t(line.key, line.substitutions)}${why ? ` ${t(why)}` : ''}`,
  );

  const lines = [
    t('reportTitle', productName ?? t('extName')),
    '',
    `${t('reportWhen')}: ${formatWhen(input.answeredAt ?? input.checkedAt, locale, timeZone)}`,
    ...(input.code ? [`${t('reportCheckCode')}: ${input.code}`] : []),
    ...(input.answeredAt !== undefined
      ? [`${t('reportOpened')}: ${formatWhen(input.checkedAt, locale, timeZone)}`]
      : []),
    ...(input.client ? [`${t('reportClient')}: ${oneLine(input.client)}`] : []),
    ...(input.person && oneLine(input.person) ? [`${t('reportPerson')}: ${oneLine(input.person)}`] : []),
    `${t('reportProvider')}: ${input.providerName}${input.webmailUrl ? ` (${input.webmailUrl})` : ''}`,
    ...(input.address ? [`${t('reportAddress')}: ${input.address}`] : []),
    `${t('reportVerdict')}: ${headline}`,
    `${t('tellLabel')}: ${tellText(input.reason, input.providerName, input.webmailUrl, t, input.error?.text)}`,
    ...(input.error
      ? [
          `${t('reportErrorText')}: ${oneLine(input.error.text)}`,
          `${t('reportErrorReading')}: ${input.error.meaning ?? t('errorUnknown')}`,
        ]
      : []),
    ...(conflict ? [`${t('reportNote')}: ${t(conflict, input.providerName)}`] : []),
    ...(input.incident
      ? [
          `${t('reportIncident')}: ${input.incident.ticket ?? input.incident.id}${input.incident.since ? ` (${input.incident.since})` : ''}`,
        ]
      : []),
    '',
    `${t('reportAnswers')}:`,
    ...(answers.length ? answers.map(bullet) : [bullet(t('reportNone'))]),
    '',
    `${t('reportChecks')}:`,
    ...(checks.length ? checks.map(bullet) : [bullet(t('reportNoChecks'))]),
    ...(neighbours.length ? ['', `${t('reportNeighbours')}:`, ...neighbours.map(bullet)] : []),
    '',
    `${t('reportEnvironment')}: ${input.environment}`,
    `${t('extName')} ${input.version}`,
  ];
  return {
    subject: input.client
      ? `${input.client}: ${t('reportSubject', [input.providerName, headline])}`
      : t('reportSubject', [input.providerName, headline]),
    body: lines.join('\n'),
  };
}

/** A mailto: URL with subject and body; `to` may be empty (the user picks the recipient). */
export function mailtoUrl(to: string, subject: string, body: string): string {
  const query = `subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  return `mailto:${encodeURIComponent(to).replace(/%40/g, '@')}?${query}`;
}

/** Where a compose link is kept short: webmails and browsers cut longer addresses. */
export const composeUrlLimit = 2000;

/**
 * A compose window in the webmail that works, with recipient, subject and body filled (undocumented but long-lived
 * deeplinks); the body is cut, at a line, to keep the address under the limit.
 */
export function composeUrl(kind: ComposeKind, to: string, subject: string, body: string): string {
  const base = {
    gmail: (q: string[]) => `https://mail.google.com/mail/?view=cm&fs=1&to=${q[0]}&su=${q[1]}&body=${q[2]}`,
    'outlook-live': (q: string[]) =>
      `https://outlook.live.com/mail/0/deeplink/compose?to=${q[0]}&subject=${q[1]}&body=${q[2]}`,
    'outlook-office': (q: string[]) =>
      `https://outlook.office.com/mail/deeplink/compose?to=${q[0]}&subject=${q[1]}&body=${q[2]}`,
  }[kind];
  const e = encodeURIComponent;
  const lines = body.split('\n');
  for (let n = lines.length; n > 0; n--) {
    const text = n === lines.length ? body : `${lines.slice(0, n).join('\n')}\n…`;
    const url = base([e(to), e(subject), e(text)]);
    if (url.length <= composeUrlLimit) return url;
  }
  return base([e(to), e(subject), '']);
}
