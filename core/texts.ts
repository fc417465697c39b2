// Which message says what, for each verdict, reason, answer and checked fact: one map each, used by the screens
// and the report alike. Keys only; the words are in public/_locales.
import type { CheckedFact, Question, Reason, VerdictId } from './decide';
import type { MessageKey } from './messages';
import type { Answer } from './wizard';

export interface VerdictTexts {
  headline: MessageKey;
  /** Whom to call, when no contact is configured. */
  who: MessageKey;
  next: MessageKey;
  /** A short name for lists (history, CSV). */
  short: MessageKey;
}

export const verdictTexts = {
  'mail-client': {
    headline: 'verdictMailClientHeadline',
    who: 'verdictMailClientWho',
    next: 'verdictMailClientNext',
    short: 'verdictShortMailClient',
  },
  'mail-service': {
    headline: 'verdictMailServiceHeadline',
    who: 'verdictMailServiceWho',
    next: 'verdictMailServiceNext',
    short: 'verdictShortMailService',
  },
  internet: {
    headline: 'verdictInternetHeadline',
    who: 'verdictInternetWho',
    next: 'verdictInternetNext',
    short: 'verdictShortInternet',
  },
  password: {
    headline: 'verdictPasswordHeadline',
    who: 'verdictPasswordWho',
    next: 'verdictPasswordNext',
    short: 'verdictShortPassword',
  },
} as const satisfies Record<VerdictId, VerdictTexts>;

/** "What to tell them", per reason. */
export const tellKeys = {
  'webmail-works': 'verdictMailClientTell',
  'page-down': 'verdictMailServiceTellPage',
  'login-refused': 'verdictMailServiceTellLogin',
  'inbox-failed': 'verdictMailServiceTellInbox',
  'checked-webmail-down': 'verdictMailServiceTellChecked',
  'nothing-opens': 'verdictInternetTell',
  'checked-offline': 'verdictInternetTell',
  'password-unsure': 'verdictPasswordTell',
} as const satisfies Record<Reason, MessageKey>;

/** Each question's heading, optional intro, and its answers in order. */
export const questionTexts = {
  outcome: {
    heading: 'outcomeHeading',
    answers: [
      ['works', 'outcomeWorks'],
      ['login-failed', 'outcomeLoginFailed'],
      ['inbox-failed', 'outcomeInboxFailed'],
      ['page-failed', 'outcomePageFailed'],
    ],
  },
  password: {
    heading: 'passwordHeading',
    intro: 'passwordIntro',
    answers: [
      ['password-sure', 'passwordSure'],
      ['password-unsure', 'passwordUnsure'],
    ],
  },
  internet: {
    heading: 'internetHeading',
    intro: 'internetIntro',
    answers: [
      ['internet-works', 'internetWorks'],
      ['internet-down', 'internetDown'],
    ],
  },
} as const satisfies Record<
  Question,
  { heading: MessageKey; intro?: MessageKey; answers: readonly (readonly [AnswerHook, MessageKey])[] }
>;

/** The values of the answering buttons' `data-outcome` hooks (a public contract), each with its answer. */
export const answerHooks = {
  'page-failed': { type: 'outcome', outcome: 'page-failed' },
  'login-failed': { type: 'outcome', outcome: 'login-failed' },
  'inbox-failed': { type: 'outcome', outcome: 'inbox-failed' },
  works: { type: 'outcome', outcome: 'works' },
  'password-sure': { type: 'password', sure: true },
  'password-unsure': { type: 'password', sure: false },
  'internet-works': { type: 'internet', works: true },
  'internet-down': { type: 'internet', works: false },
} as const satisfies Record<string, Answer>;
export type AnswerHook = keyof typeof answerHooks;

/** What the checks found, as offered on a question and recorded in the report. */
export const suggestionKeys = {
  'internet-down': 'suggestInternetDown',
  'webmail-down': 'suggestWebmailDown',
  'internet-up': 'suggestInternetUp',
} as const satisfies Record<CheckedFact, MessageKey>;
