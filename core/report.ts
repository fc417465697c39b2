// The report for the consultant: plain text in the user's language, everything needed to open a ticket with
// the provider. Pure: the message function, the clock's formatting and the environment are passed in.
// It never contains a password, a cookie or page content: it is built only from the fields below.
import { type ProbeResult, summarize } from './checks';
import { formatWhen } from './dates';
import type { Answers, Reason, VerdictId } from './decide';
import { conflictOf, evidenceLines } from './evidence';
import { unsafeTextCharacters } from './guards';
import type { MessageKey, Translate } from './messages';
import type { FeedReading } from './status-feed';
import { questionTexts, suggestionKeys, tellKeys, verdictTexts } from './texts';

/** Text typed by the user, on one line: control characters, line breaks and direction overrides become spaces. */
const oneLine = (text: string) => text.replace(new RegExp(unsafeTextCharacters.source, 'g'), ' ').trim();

export type { Translate } from './messages';

export interface ReportInput {
  verdict: VerdictId;
  reason: Reason;
  providerName: string;
  webmailUrl: string;
  /** When the webmail was opened (ms since the epoch). */
  checkedAt: number;
  /** When the user answered: the time of the verdict (older entries have none). */
  answeredAt?: number;
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

/** The sentence to say or send ("what to tell them"), shared by the verdict screen and the report. */
export function tellText(reason: Reason, providerName: string, webmailUrl: string, t: Translate): string {
  return t(tellKeys[reason], [providerName, new URL(webmailUrl).hostname]);
}

/** The label of an answer, as its button said it. */
function answerLabel(value: string): MessageKey | undefined {
  for (const question of Object.values(questionTexts)) {
    for (const [answer, label] of question.answers) if (answer === value) return label;
  }
  return undefined;
}

function answerLines(answers: Answers, providerName: string, t: Translate): string[] {
  const lines: string[] = [];
  const outcome = answers.outcome && answerLabel(answers.outcome);
  if (outcome) lines.push(`${t('reportAnswerOutcome')}: ${t(outcome)}`);
  if (answers.outcome === 'login-failed' && answers.passwordSure !== undefined) {
    lines.push(`${t('passwordHeading')} ${t(answers.passwordSure ? 'passwordSure' : 'passwordUnsure')}`);
  }
  if (answers.outcome === 'page-failed' && answers.otherSitesOpen !== undefined) {
    lines.push(`${t('internetHeading')} ${t(answers.otherSitesOpen ? 'internetWorks' : 'internetDown')}`);
  }
  if (answers.checked) lines.push(`${t('reportAccepted')}: ${t(suggestionKeys[answers.checked], providerName)}`);
  return lines;
}

export function formatReport(
  input: ReportInput,
  { t, locale, timeZone, productName }: ReportFormat,
): { subject: string; body: string } {
  const headline = t(verdictTexts[input.verdict].headline, input.providerName);
  const bullet = (line: string) => `- ${line}`;
  const numbers = new Intl.NumberFormat(locale).format;
  const answers = answerLines(input.answers, input.providerName, t);
  const checks = input.results ? evidenceLines(input.results, numbers).map((l) => t(l.key, l.substitutions)) : [];
  if (input.feed?.state === 'incident') checks.push(t('feedGoogleIncident', input.feed.title));
  if (input.feed?.state === 'none') checks.push(t('feedGoogleNone'));
  const conflict = conflictOf(input.answers, summarize(input.results));

  const lines = [
    t('reportTitle', productName ?? t('extName')),
    '',
    `${t('reportWhen')}: ${formatWhen(input.answeredAt ?? input.checkedAt, locale, timeZone)}`,
    ...(input.answeredAt !== undefined
      ? [`${t('reportOpened')}: ${formatWhen(input.checkedAt, locale, timeZone)}`]
      : []),
    ...(input.client ? [`${t('reportClient')}: ${oneLine(input.client)}`] : []),
    ...(input.person && oneLine(input.person) ? [`${t('reportPerson')}: ${oneLine(input.person)}`] : []),
    `${t('reportProvider')}: ${input.providerName} (${input.webmailUrl})`,
    ...(input.address ? [`${t('reportAddress')}: ${input.address}`] : []),
    `${t('reportVerdict')}: ${headline}`,
    `${t('tellLabel')}: ${tellText(input.reason, input.providerName, input.webmailUrl, t)}`,
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

export { whatsappUrl } from './phone';
