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
  type SecondAnswer,
  secondAnswers,
  secondQuestionOf,
  secondQuestions,
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
  network: {
    headline: 'verdictNetworkHeadline',
    who: 'verdictNetworkWho',
    next: 'verdictNetworkNext',
    avoid: 'avoidNetwork',
    short: 'verdictShortNetwork',
    report: 'reportVerdictNetwork',
  },
  phishing: {
    headline: 'verdictPhishingHeadline',
    who: 'verdictPhishingWho',
    next: 'verdictPhishingNext',
    avoid: 'avoidPhishing',
    short: 'verdictShortPhishing',
    report: 'reportVerdictPhishing',
  },
  'middle-man': {
    headline: 'verdictMiddleHeadline',
    who: 'verdictMiddleWho',
    next: 'verdictMiddleNext',
    avoid: 'avoidMiddle',
    short: 'verdictShortMiddle',
    report: 'reportVerdictMiddle',
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
  /** With nobody to call (a consumer mailbox, no consultant): the headline and next step that name nobody. */
  headlineAlone?: MessageKey;
  nextAlone?: MessageKey;
  /** A doubt the verdict says in a line of its own (`data-doubt`). */
  doubt?: MessageKey;
}

export const reasonTexts = {
  'webmail-works': { tell: 'verdictMailClientTell' },
  'page-down': { tell: 'verdictMailServiceTellPage' },
  'login-refused': {
    tell: 'verdictLoginTell',
    headline: 'verdictLoginHeadline',
    headlineAlone: 'verdictLoginHeadlineAlone',
  },
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
    nextAlone: 'verdictPasswordNextRememberedAlone',
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
    nextAlone: 'verdictAccountNextFullAlone',
  },
  suspended: {
    tell: 'verdictAccountTellSuspended',
    headline: 'verdictAccountHeadlineSuspended',
    headlineAlone: 'verdictAccountHeadlineSuspendedAlone',
  },
  blocked: {
    tell: 'verdictAccountTellBlocked',
    headline: 'verdictAccountHeadlineBlocked',
    headlineAlone: 'verdictAccountHeadlineBlockedAlone',
    next: 'verdictAccountNextBlocked',
    nextAlone: 'verdictAccountNextBlockedAlone',
    avoid: 'avoidAccountBlocked',
  },
  'warning-other': { tell: 'verdictAccountTellWarning' },
  'pop-deleted': {
    tell: 'verdictMailClientTellPop',
    headline: 'verdictMailClientHeadlinePop',
    avoid: 'avoidPopDeleted',
  },
  'mail-missing': {
    tell: 'verdictAccountTellMissing',
    headline: 'verdictAccountHeadlineMissing',
    headlineAlone: 'verdictAccountHeadlineMissingAlone',
  },
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
  maintenance: {
    tell: 'verdictMaintenanceTell',
    headline: 'verdictMaintenanceHeadline',
    next: 'verdictMaintenanceNext',
    nextAlone: 'verdictMaintenanceNextAlone',
    avoid: 'avoidMaintenance',
    report: 'reportVerdictMaintenance',
  },
  'blocked-page': { tell: 'verdictNetworkTellBlocked' },
  'notice-other': {
    tell: 'verdictNoticeTell',
    headline: 'verdictNoticeHeadline',
    next: 'verdictNoticeNext',
    nextAlone: 'verdictNoticeNextAlone',
    report: 'reportVerdictNotice',
  },
  'phone-works': {
    tell: 'verdictNetworkTellPhone',
    headline: 'verdictNetworkHeadlinePhone',
    next: 'verdictNetworkNextPhone',
  },
  'phone-fails': { tell: 'verdictMailServiceTellPhone' },
  'phone-unknown': { tell: 'verdictMailServiceTellPage', doubt: 'doubtPhoneUnknown' },
  'slow-line': {
    tell: 'verdictSlowTell',
    headline: 'verdictSlowHeadline',
    next: 'verdictSlowNext',
    report: 'reportVerdictSlow',
  },
  'domain-delivery': {
    tell: 'verdictDeliveryTell',
    headline: 'verdictDeliveryHeadline',
    next: 'verdictDeliveryNext',
    nextAlone: 'verdictDeliveryNextAlone',
    avoid: 'avoidDelivery',
    report: 'reportVerdictDelivery',
  },
  'too-big': {
    tell: 'verdictTooBigTell',
    headline: 'verdictTooBigHeadline',
    who: 'verdictTooBigWho',
    next: 'verdictTooBigNext',
    avoid: 'avoidTooBig',
    report: 'reportVerdictTooBig',
  },
  'reader-phone': {
    tell: 'verdictReaderPhoneTell',
    headline: 'verdictReaderPhoneHeadline',
    next: 'verdictReaderPhoneNext',
  },
  'reader-other': {
    tell: 'verdictReaderOtherTell',
    headline: 'verdictReaderOtherHeadline',
    next: 'verdictReaderOtherNext',
  },
  'gmail-fetch': {
    tell: 'verdictGmailFetchTell',
    headline: 'verdictGmailFetchHeadline',
    next: 'verdictGmailFetchNext',
    avoid: 'avoidGmailFetch',
    report: 'reportVerdictGmailFetch',
  },
  'new-outlook': {
    tell: 'verdictNewOutlookTell',
    headline: 'verdictNewOutlookHeadline',
    next: 'verdictNewOutlookNext',
    avoid: 'avoidNewOutlook',
    report: 'reportVerdictNewOutlook',
  },
  phishing: { tell: 'verdictPhishingTell' },
  'phishing-typed': {
    tell: 'verdictPhishingTypedTell',
    headline: 'verdictPhishingTypedHeadline',
    next: 'verdictPhishingTypedNext',
    nextAlone: 'verdictPhishingTypedNextAlone',
    avoid: 'avoidPhishingTyped',
    report: 'reportVerdictPhishingTyped',
  },
  'phishing-ignored': {
    tell: 'verdictPhishingTell',
    headline: 'verdictPhishingIgnoredHeadline',
    who: 'verdictPhishingIgnoredWho',
  },
} as const satisfies Record<Reason, ReasonTexts>;

/**
 * The texts of a verdict reached for a reason: the reason's where it says more, the verdict's otherwise. A
 * password error read while the webmail works is the program's old password (the technician's): its own words.
 */
export function textsOf(verdict: VerdictId, reason: Reason): VerdictTexts & ReasonTexts {
  if (verdict === 'mail-client' && reason === 'error-reading') {
    return {
      ...verdictTexts['mail-client'],
      tell: 'verdictErrorTell',
      headline: 'verdictErrorHeadline_password',
      next: 'verdictErrorNext_password',
      avoid: 'avoidErrorPassword',
      report: 'reportVerdictErrorPassword',
    };
  }
  const byReason: ReasonTexts = reasonTexts[reason];
  return { ...verdictTexts[verdict], ...byReason };
}

/** The label of each answer, as its button says it. */
export const answerLabels = {
  works: 'outcomeWorks',
  'send-failed': 'outcomeSendFailed',
  warning: 'outcomeWarning',
  'login-failed': 'outcomeLoginFailed',
  'inbox-failed': 'outcomeInboxFailed',
  'inbox-empty': 'outcomeInboxEmpty',
  'page-notice': 'outcomePageNotice',
  'page-failed': 'outcomePageFailed',
  'send-all': 'sendAll',
  'send-one': 'sendOne',
  'send-spam': 'sendSpam',
  'send-too-big': 'sendTooBig',
  scam: 'warningScam',
  'notice-maintenance': 'noticeMaintenance',
  'notice-blocked': 'noticeBlocked',
  'notice-other': 'noticeOther',
  'phone-works': 'phoneWorks',
  'phone-fails': 'phoneFails',
  'phone-unknown': 'phoneUnknown',
  'typed-yes': 'typedYes',
  'typed-no': 'typedNo',
  'reader-program': 'readerProgram',
  'reader-phone': 'readerPhone',
  'reader-gmail': 'readerGmail',
  'reader-new-outlook': 'readerNewOutlook',
  'reader-other': 'readerOther',
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
} as const satisfies Record<Outcome | FollowUpAnswer | SecondAnswer, MessageKey>;

export type AnswerHook = keyof typeof answerLabels;

/** Each question's heading and optional intro; its answers come from the follow-up table in core/decide.ts. */
const questionHeadings = {
  outcome: { heading: 'outcomeHeading', intro: 'outcomeIntro' },
  'send-scope': { heading: 'sendScopeHeading', intro: 'sendScopeIntro' },
  warning: { heading: 'warningHeading' },
  password: { heading: 'passwordHeading', intro: 'passwordIntro' },
  missing: { heading: 'missingHeading' },
  internet: { heading: 'internetHeading', intro: 'internetIntro' },
  notice: { heading: 'noticeHeading', intro: 'noticeIntro' },
  phone: { heading: 'phoneHeading', intro: 'phoneIntro' },
} as const satisfies Record<Question, { heading: MessageKey; intro?: MessageKey }>;

export interface QuestionTexts {
  heading: MessageKey;
  intro?: MessageKey;
  /**
   * The hook attribute of its buttons: `data-outcome`; `data-warning` for the webmail's warning, `data-notice`
   * for the page's message (its value without the `notice-` prefix).
   */
  hook: 'data-outcome' | 'data-warning' | 'data-notice';
  answers: readonly (readonly [AnswerHook, MessageKey])[];
}

/** The answers of a question, in order: the outcomes, or the follow-up table's row. */
function answersOf(question: Question): readonly AnswerHook[] {
  if (question === 'outcome') return outcomes;
  if (question === 'phone') return secondQuestions.phone.answers;
  const row = Object.values(followUps).find((f) => f.question === question);
  return row ? row.answers : [];
}

export function questionTexts(question: Question): QuestionTexts {
  return {
    ...questionHeadings[question],
    hook: question === 'warning' ? 'data-warning' : question === 'notice' ? 'data-notice' : 'data-outcome',
    answers: answersOf(question).map((hook) => [hook, answerLabels[hook]] as const),
  };
}

/** A hook's value as its attribute shows it (`data-notice="maintenance"` for the answer `notice-maintenance`). */
export const hookValue = (hook: AnswerHook): string => hook.replace(/^notice-/, '');

/** The answer a hook's button sends: an outcome, a follow-up answer, or the answer to the question it led to. */
export function answerOfHook(hook: AnswerHook): Answer {
  if ((outcomes as readonly string[]).includes(hook)) return { type: 'outcome', outcome: hook as Outcome };
  if ((secondAnswers as readonly string[]).includes(hook)) return { type: 'second', answer: hook as SecondAnswer };
  return { type: 'follow-up', answer: hook as FollowUpAnswer };
}

/** The heading of the follow-up an outcome asks, for the report's answer lines. */
export function followUpHeading(outcome: AskingOutcome): MessageKey {
  return questionHeadings[followUps[outcome].question].heading;
}

/** The heading of the question a second answer answers, for the report's answer lines. */
export function secondHeading(answer: SecondAnswer): MessageKey {
  const question = secondQuestionOf(answer);
  return question === 'phone' ? 'phoneHeading' : question === 'typed' ? 'typedHeading' : 'readerHeading';
}

/** What the probes found, as offered on a question and recorded in the report. */
export const suggestionKeys = {
  'internet-down': 'suggestInternetDown',
  'webmail-down': 'suggestWebmailDown',
  'internet-up': 'suggestInternetUp',
  'internet-slow': 'suggestInternetSlow',
  'page-maintenance': 'suggestPageMaintenance',
  'page-blocked': 'suggestPageBlocked',
  'page-unavailable': 'suggestPageUnavailable',
  'page-quota': 'suggestPageQuota',
  'page-suspended': 'suggestPageSuspended',
  'page-spam-blocked': 'suggestPageSpamBlocked',
} as const satisfies Record<CheckedFact, MessageKey>;

/** What was found and accepted, as the report states it (the screen's offer asks; the report only states). */
export const factReportKeys = {
  ...suggestionKeys,
  'webmail-down': 'factWebmailDown',
  'internet-slow': 'factInternetSlow',
} as const satisfies Record<CheckedFact, MessageKey>;

/** The button that accepts what was found, saying what the user confirms by pressing it. */
export const acceptKeys = {
  'internet-down': 'seeVerdictInternetDown',
  'webmail-down': 'seeVerdictWebmailDown',
  'internet-up': 'seeVerdictInternetUp',
  'internet-slow': 'seeVerdictSlow',
  'page-maintenance': 'seeVerdictPage',
  'page-blocked': 'seeVerdictPage',
  'page-unavailable': 'seeVerdictPage',
  'page-quota': 'seeVerdictPage',
  'page-suspended': 'seeVerdictPage',
  'page-spam-blocked': 'seeVerdictPage',
} as const satisfies Record<CheckedFact, MessageKey>;
