// The report for the consultant: plain text in the user's language, everything needed to open a ticket with
// the provider. Pure: the message function, the clock's formatting and the environment are passed in.
// It never contains a password, a cookie or page content: it is built only from the fields below.
import type { ProbeResult } from './checks';
import type { Answers, Reason, VerdictId } from './decide';
import { evidenceLines } from './evidence';
import type { FeedReading } from './status-feed';

/** A message lookup with substitutions, as `browser.i18n.getMessage`. */
export type Translate = (key: string, substitutions?: string | string[]) => string;

export interface ReportInput {
  verdict: VerdictId;
  reason: Reason;
  providerName: string;
  webmailUrl: string;
  /** When the webmail was opened (ms since the epoch). */
  checkedAt: number;
  answers: Answers;
  results: readonly ProbeResult[] | null;
  feed?: FeedReading;
  /** Only when the user typed it. */
  address?: string;
  /** E.g. "Chrome 156, Linux". */
  environment: string;
  version: string;
}

export interface ReportFormat {
  t: Translate;
  locale: string;
  timeZone: string;
}

export const verdictHeadlineKeys: Record<VerdictId, string> = {
  'mail-client': 'verdictMailClientHeadline',
  'mail-service': 'verdictMailServiceHeadline',
  internet: 'verdictInternetHeadline',
  password: 'verdictPasswordHeadline',
};

const tellKeys: Record<Reason, string> = {
  'webmail-works': 'verdictMailClientTell',
  'page-down': 'verdictMailServiceTellPage',
  'login-refused': 'verdictMailServiceTellLogin',
  'inbox-failed': 'verdictMailServiceTellInbox',
  'checked-webmail-down': 'verdictMailServiceTellChecked',
  'nothing-opens': 'verdictInternetTell',
  'checked-offline': 'verdictInternetTell',
  'password-unsure': 'verdictPasswordTell',
};

/** The sentence to say or send ("what to tell them"), shared by the verdict screen and the report. */
export function tellText(reason: Reason, providerName: string, webmailUrl: string, t: Translate): string {
  return t(tellKeys[reason], [providerName, new URL(webmailUrl).hostname]);
}

const outcomeKeys = {
  'page-failed': 'outcomePageFailed',
  'login-failed': 'outcomeLoginFailed',
  'inbox-failed': 'outcomeInboxFailed',
  works: 'outcomeWorks',
} as const;

function answerLines(answers: Answers, t: Translate): string[] {
  const lines: string[] = [];
  if (answers.outcome) lines.push(`${t('reportAnswerOutcome')}: ${t(outcomeKeys[answers.outcome])}`);
  if (answers.passwordSure !== undefined) {
    lines.push(`${t('passwordHeading')} ${t(answers.passwordSure ? 'passwordSure' : 'passwordUnsure')}`);
  }
  if (answers.otherSitesOpen !== undefined) {
    lines.push(`${t('internetHeading')} ${t(answers.otherSitesOpen ? 'internetWorks' : 'internetDown')}`);
  }
  return lines;
}

export function formatWhen(at: number, locale: string, timeZone: string): string {
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'medium', timeZone }).format(at);
  return `${when} (${timeZone})`;
}

export function formatReport(
  input: ReportInput,
  { t, locale, timeZone }: ReportFormat,
): { subject: string; body: string } {
  const headline = t(verdictHeadlineKeys[input.verdict], input.providerName);
  const bullet = (line: string) => `- ${line}`;
  const numbers = new Intl.NumberFormat(locale).format;
  const answers = answerLines(input.answers, t);
  const checks = input.results ? evidenceLines(input.results, numbers).map((l) => t(l.key, l.substitutions)) : [];
  if (input.feed?.state === 'incident') checks.push(t('feedGoogleIncident', input.feed.title));
  if (input.feed?.state === 'none') checks.push(t('feedGoogleNone'));

  const lines = [
    t('reportTitle'),
    '',
    `${t('reportWhen')}: ${formatWhen(input.checkedAt, locale, timeZone)}`,
    `${t('reportProvider')}: ${input.providerName} (${input.webmailUrl})`,
    ...(input.address ? [`${t('reportAddress')}: ${input.address}`] : []),
    `${t('reportVerdict')}: ${headline}`,
    `${t('tellLabel')}: ${tellText(input.reason, input.providerName, input.webmailUrl, t)}`,
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
    subject: t('reportSubject', [input.providerName, headline]),
    body: lines.join('\n'),
  };
}

/** A mailto: URL with subject and body; `to` may be empty (the user picks the recipient). */
export function mailtoUrl(to: string, subject: string, body: string): string {
  const query = `subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  return `mailto:${encodeURIComponent(to).replace(/%40/g, '@')}?${query}`;
}

/** A WhatsApp click-to-chat URL; null when the number has too few digits to be one. */
export function whatsappUrl(phone: string, text: string): string | null {
  const digits = phone.replace(/\D/g, '').replace(/^00/, '');
  if (digits.length < 8 || digits.length > 15) return null;
  return `https://wa.me/${digits}?text=${encodeURIComponent(text)}`;
}
