// Which message says what, for each verdict, reason, answer and checked fact: one map each, used by the screens
// and the report alike. Keys only; the words are in public/_locales.
import {
  type AskingOutcome,
  type CheckedFact,
  type FollowUpAnswer,
  followUps,
  type Outcome,
  outcomes,
  type Question,
  type Reason,
  type VerdictId,
} from './answers';
import type { MessageKey } from './messages';
import type { Answer } from './wizard-state';

export interface VerdictTexts {
  headline: MessageKey;
  /** Whom to call, when no contact is configured. */
  who: MessageKey;
  next: MessageKey;
  /** What not to do (`data-avoid`). */
  avoid: MessageKey;
  /** A short name for lists (history, CSV). */
  short: MessageKey;
  /** The report's verdict line and subject, written for its reader (the technician or the consultant). */
  report: MessageKey;
}

export const verdictTexts = {
  'mail-client': {
    headline: 'verdictMailClientHeadline',
    who: 'verdictMailClientWho',
    next: 'verdictMailClientNext',
    avoid: 'avoidMailClient',
    short: 'verdictShortMailClient',
    report: 'reportVerdictMailClient',
  },
  'mail-service': {
    headline: 'verdictMailServiceHeadline',
    who: 'verdictMailServiceWho',
    next: 'verdictMailServiceNext',
    avoid: 'avoidMailService',
    short: 'verdictShortMailService',
    report: 'reportVerdictMailService',
  },
  internet: {
    headline: 'verdictInternetHeadline',
    who: 'verdictInternetWho',
    next: 'verdictInternetNext',
    avoid: 'avoidInternet',
    short: 'verdictShortInternet',
    report: 'reportVerdictInternet',
  },
  password: {
    headline: 'verdictPasswordHeadline',
    who: 'verdictPasswordWho',
    next: 'verdictPasswordNext',
    avoid: 'avoidPassword',
    short: 'verdictShortPassword',
    report: 'reportVerdictPassword',
  },
  account: {
    headline: 'verdictAccountHeadline',
    who: 'verdictAccountWho',
    next: 'verdictAccountNext',
    avoid: 'avoidAccount',
    short: 'verdictShortAccount',
    report: 'reportVerdictAccount',
  },
  recipient: {
    headline: 'verdictRecipientHeadline',
    who: 'verdictRecipientWho',
    next: 'verdictRecipientNext',
    avoid: 'avoidRecipient',
    short: 'verdictShortRecipient',
    report: 'reportVerdictRecipient',
  },
} as const satisfies Record<VerdictId, VerdictTexts>;

/** Per reason: what to tell them, and where the reason says more than its verdict, its own headline or steps. */
export interface ReasonTexts {
  tell: MessageKey;
  headline?: MessageKey;
  next?: MessageKey;
  avoid?: MessageKey;
  /** Whom to call when nobody is configured, where the reason knows better than its verdict. */
  who?: MessageKey;
  /** The report's verdict line, where the reason knows better than its verdict. */
  report?: MessageKey;
}

export const reasonTexts = {
  'webmail-works': { tell: 'verdictMailClientTell' },
  'page-down': { tell: 'verdictMailServiceTellPage' },
  'login-refused': { tell: 'verdictLoginTell', headline: 'verdictLoginHeadline' },
  'inbox-failed': { tell: 'verdictMailServiceTellInbox' },
  'checked-webmail-down': { tell: 'verdictMailServiceTellChecked' },
  'nothing-opens': { tell: 'verdictInternetTell' },
  'checked-offline': { tell: 'verdictInternetTell' },
  'elsewhere-up': {
    tell: 'verdictElsewhereTell',
    headline: 'verdictElsewhereHeadline',
    next: 'verdictElsewhereNext',
    who: 'verdictElsewhereWho',
    report: 'reportVerdictElsewhere',
  },
  'password-unsure': { tell: 'verdictPasswordTell' },
  'password-remembered': {
    tell: 'verdictPasswordTellRemembered',
    headline: 'verdictPasswordHeadlineRemembered',
    next: 'verdictPasswordNextRemembered',
  },
  'password-expired': {
    tell: 'verdictPasswordTellExpired',
    headline: 'verdictPasswordHeadlineExpired',
    next: 'verdictPasswordNextExpired',
  },
  'send-blocked': { tell: 'verdictAccountTellSend', headline: 'verdictAccountHeadlineSend' },
  'recipient-side': { tell: 'verdictRecipientTell' },
  'mailbox-full': {
    tell: 'verdictAccountTellFull',
    headline: 'verdictAccountHeadlineFull',
    next: 'verdictAccountNextFull',
  },
  suspended: { tell: 'verdictAccountTellSuspended', headline: 'verdictAccountHeadlineSuspended' },
  blocked: {
    tell: 'verdictAccountTellBlocked',
    headline: 'verdictAccountHeadlineBlocked',
    next: 'verdictAccountNextBlocked',
  },
  'warning-other': { tell: 'verdictAccountTellWarning' },
  'pop-deleted': {
    tell: 'verdictMailClientTellPop',
    headline: 'verdictMailClientHeadlinePop',
    avoid: 'avoidPopDeleted',
  },
  'mail-missing': { tell: 'verdictAccountTellMissing', headline: 'verdictAccountHeadlineMissing' },
  'error-reading': { tell: 'verdictErrorTell' },
  'domain-missing': {
    tell: 'verdictDomainTellMissing',
    headline: 'verdictDomainHeadline',
    next: 'verdictDomainNext',
    who: 'verdictDomainWho',
    report: 'reportVerdictDomain',
  },
  'domain-no-mail': {
    tell: 'verdictDomainTellNoMx',
    headline: 'verdictDomainHeadline',
    next: 'verdictDomainNext',
    who: 'verdictDomainWho',
    report: 'reportVerdictDomain',
  },
} as const satisfies Record<Reason, ReasonTexts>;

/** The label of each answer, as its button says it. */
export const answerLabels = {
  works: 'outcomeWorks',
  'send-failed': 'outcomeSendFailed',
  warning: 'outcomeWarning',
  'login-failed': 'outcomeLoginFailed',
  'inbox-failed': 'outcomeInboxFailed',
  'inbox-empty': 'outcomeInboxEmpty',
  'page-failed': 'outcomePageFailed',
  'send-all': 'sendAll',
  'send-one': 'sendOne',
  quota: 'warningQuota',
  'password-expired': 'warningPasswordExpired',
  suspended: 'warningSuspended',
  blocked: 'warningBlocked',
  other: 'warningOther',
  'password-sure': 'passwordSure',
  'password-unsure': 'passwordUnsure',
  'password-remembered': 'passwordRemembered',
  'missing-in-program': 'missingInProgram',
  'missing-nowhere': 'missingNowhere',
  'internet-works': 'internetWorks',
  'internet-down': 'internetDown',
} as const satisfies Record<Outcome | FollowUpAnswer, MessageKey>;

export type AnswerHook = keyof typeof answerLabels;

/** Each question's heading and optional intro; its answers come from the follow-up table in core/decide.ts. */
const questionHeadings = {
  outcome: { heading: 'outcomeHeading', intro: 'outcomeIntro' },
  'send-scope': { heading: 'sendScopeHeading', intro: 'sendScopeIntro' },
  warning: { heading: 'warningHeading' },
  password: { heading: 'passwordHeading', intro: 'passwordIntro' },
  missing: { heading: 'missingHeading' },
  internet: { heading: 'internetHeading', intro: 'internetIntro' },
} as const satisfies Record<Question, { heading: MessageKey; intro?: MessageKey }>;

export interface QuestionTexts {
  heading: MessageKey;
  intro?: MessageKey;
  /** The hook attribute of its buttons: `data-outcome`, or `data-warning` for the webmail's warning. */
  hook: 'data-outcome' | 'data-warning';
  answers: readonly (readonly [AnswerHook, MessageKey])[];
}

/** The answers of a question, in order: the outcomes, or the follow-up table's row. */
function answersOf(question: Question): readonly AnswerHook[] {
  if (question === 'outcome') return outcomes;
  const row = Object.values(followUps).find((f) => f.question === question);
  return row ? row.answers : [];
}

export function questionTexts(question: Question): QuestionTexts {
  return {
    ...questionHeadings[question],
    hook: question === 'warning' ? 'data-warning' : 'data-outcome',
    answers: answersOf(question).map((hook) => [hook, answerLabels[hook]] as const),
  };
}

/** The answer a hook's button sends: an outcome, or a follow-up answer. */
export function answerOfHook(hook: AnswerHook): Answer {
  return (outcomes as readonly string[]).includes(hook)
    ? { type: 'outcome', outcome: hook as Outcome }
    : { type: 'follow-up', answer: hook as FollowUpAnswer };
}

/** The heading of the follow-up an outcome asks, for the report's answer lines. */
export function followUpHeading(outcome: AskingOutcome): MessageKey {
  return questionHeadings[followUps[outcome].question].heading;
}

/** What the probes found, as offered on a question and recorded in the report. */
export const suggestionKeys = {
  'internet-down': 'suggestInternetDown',
  'webmail-down': 'suggestWebmailDown',
  'internet-up': 'suggestInternetUp',
} as const satisfies Record<CheckedFact, MessageKey>;
