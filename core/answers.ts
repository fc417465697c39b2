// The questions' answers and the verdicts, as data and types: the follow-up table, the outcomes, the verdict and
// reason names. Apart from the rule itself (core/decide.ts) so that the popup's first screen, which stores and reads
// the answers but decides nothing, carries only these.

/** What happened in the webmail, the first question's answers, in the order they are shown. */
export const outcomes = [
  'works',
  'send-failed',
  'warning',
  'login-failed',
  'inbox-failed',
  'inbox-empty',
  'page-notice',
  'page-failed',
] as const;
export type Outcome = (typeof outcomes)[number];

/**
 * The one table of follow-up questions: which outcome asks which question, and its answers in order. Every place
 * that needs "which answer follows which outcome" (the decision, the wizard, the stored-state reader, the report,
 * the screens) reads it here.
 */
export const followUps = {
  'send-failed': { question: 'send-scope', answers: ['send-all', 'send-one', 'send-spam', 'send-too-big'] },
  warning: { question: 'warning', answers: ['quota', 'password-expired', 'suspended', 'blocked', 'scam', 'other'] },
  'login-failed': { question: 'password', answers: ['password-sure', 'password-unsure', 'password-remembered'] },
  'inbox-empty': { question: 'missing', answers: ['missing-in-program', 'missing-nowhere'] },
  'page-notice': { question: 'notice', answers: ['notice-maintenance', 'notice-blocked', 'notice-other'] },
  'page-failed': { question: 'internet', answers: ['internet-works', 'internet-down'] },
} as const;
type FollowUps = typeof followUps;
export type AskingOutcome = keyof FollowUps;
export type FollowUpQuestion = FollowUps[AskingOutcome]['question'];
export type FollowUpAnswer = FollowUps[AskingOutcome]['answers'][number];
/** The answers of the follow-up an outcome asks (never for an outcome that asks none). */
export type FollowUpOf<O extends Outcome> = O extends AskingOutcome ? FollowUps[O]['answers'][number] : never;

export const askingOutcomes = Object.keys(followUps) as AskingOutcome[];
export const asksFollowUp = (outcome: Outcome): outcome is AskingOutcome => Object.hasOwn(followUps, outcome);

/** The outcome whose follow-up a follow-up answer belongs to. */
export function outcomeOfFollowUp(answer: FollowUpAnswer): AskingOutcome {
  return askingOutcomes.find((o) => (followUps[o].answers as readonly string[]).includes(answer)) as AskingOutcome;
}

/**
 * The questions a follow-up answer can lead to, one level further: "does the webmail open on your phone, off the
 * office Wi-Fi?" after "the page does not open, other sites do"; "did you type your password on its page?" on the
 * verdict of a suspicious email. `after`: the outcome whose path asks it.
 */
export const secondQuestions = {
  phone: { after: 'page-failed', answers: ['phone-works', 'phone-fails', 'phone-unknown'] },
  typed: { after: 'warning', answers: ['typed-yes', 'typed-no'] },
  /**
   * On the webmail-works verdict: where the user reads this mailbox. The services in between (Gmail fetching another
   * provider's mail, new Outlook syncing through Microsoft's cloud) are neither the computer nor the provider.
   */
  reader: {
    after: 'works',
    answers: ['reader-program', 'reader-phone', 'reader-gmail', 'reader-new-outlook', 'reader-other'],
  },
} as const;
export type SecondQuestion = keyof typeof secondQuestions;
export type SecondAnswer = (typeof secondQuestions)[SecondQuestion]['answers'][number];
export const secondAnswers = Object.values(secondQuestions).flatMap((q) => q.answers) as SecondAnswer[];
/** The question a second answer answers. */
export const secondQuestionOf = (answer: SecondAnswer): SecondQuestion =>
  (Object.keys(secondQuestions) as SecondQuestion[]).find((q) =>
    (secondQuestions[q].answers as readonly string[]).includes(answer),
  ) as SecondQuestion;

/**
 * What the automatic probes established and the user accepted: the probes' facts, and what the webmail page itself
 * says (read on the user's click, core/data/webmail-notices.json): its notice, offered as the answer it gives.
 */
export const checkedFacts = [
  'internet-down',
  'webmail-down',
  'internet-up',
  /** Every site answered too slowly: a slow line, never an outage by itself. */
  'internet-slow',
  'page-maintenance',
  'page-blocked',
  'page-unavailable',
  'page-quota',
  'page-suspended',
  'page-spam-blocked',
] as const;
export type CheckedFact = (typeof checkedFacts)[number];

/**
 * What the user answered, by the first answer (`outcome`, what happened when the webmail opened): a follow-up
 * answer exists only after the outcome that asks it. `checked`: a fact from the automatic probes, accepted in place
 * of an answer.
 */
export type Answers =
  | { outcome?: undefined; checked?: CheckedFact }
  | {
      [O in Outcome]: {
        outcome: O;
        followUp?: FollowUpOf<O>;
        /** The answer to the question a follow-up led to (secondQuestions), only on that outcome's path. */
        second?: SecondAnswerOf<O>;
        checked?: CheckedFact;
      };
    }[Outcome];
type SecondAnswerOf<O extends Outcome> = {
  [Q in SecondQuestion]: (typeof secondQuestions)[Q]['after'] extends O
    ? (typeof secondQuestions)[Q]['answers'][number]
    : never;
}[SecondQuestion];

export type Question = 'outcome' | FollowUpQuestion | 'phone';
export const verdictIds = [
  'mail-client',
  'mail-service',
  'internet',
  'password',
  'account',
  'recipient',
  /** This office's network or computer blocks the webmail (a web filter, an antivirus): the technician. */
  'network',
  /** A suspicious email about the mailbox: almost surely a scam; nobody, or the consultant if a password was typed. */
  'phishing',
  /** A service in between reads the mailbox (Gmail fetching it, new Outlook's cloud sync): neither the PC nor the provider. */
  'middle-man',
] as const;
export type VerdictId = (typeof verdictIds)[number];

/** Why a verdict was reached, in terms the report and the verdict screen can explain. */
export type Reason =
  | 'webmail-works'
  | 'page-down'
  | 'login-refused'
  | 'inbox-failed'
  | 'nothing-opens'
  | 'password-unsure'
  /** The probes found that nothing answers: no internet. */
  | 'checked-offline'
  /** The probes found the webmail host failing (not found, refused) while other sites answer. */
  | 'checked-webmail-down'
  /** The webmail did not open here, while other networks reach the provider's servers (the neighbours' probes). */
  | 'elsewhere-up'
  /** The mail program remembers a password the user never typed. */
  | 'password-remembered'
  /** The webmail says the password expired. */
  | 'password-expired'
  /** The webmail opens, but no message leaves (or none arrives, not even to oneself). */
  | 'send-blocked'
  /** Only messages to one recipient come back: their side. */
  | 'recipient-side'
  | 'mailbox-full'
  | 'suspended'
  | 'blocked'
  | 'warning-other'
  /** The inbox is empty on the server, and the messages are in the mail program: it downloads and deletes them. */
  | 'pop-deleted'
  /** Messages are missing, and not in the mail program either. */
  | 'mail-missing'
  /** The mail program's own error message decided (its reading names the entry). */
  | 'error-reading'
  /** The finder: the address's domain does not exist (it may have expired). */
  | 'domain-missing'
  /** The finder: the address's domain has no mail server. */
  | 'domain-no-mail'
  /** The webmail shows a planned maintenance: wait for the time it gives; the consultant if it runs over. */
  | 'maintenance'
  /** The webmail's page is replaced by a web filter's or antivirus's block page: this network or computer. */
  | 'blocked-page'
  /** The webmail shows another message instead of the sign-in or the mail. */
  | 'notice-other'
  /** The page does not open here, other sites do, and it opens on the phone off this network: this network. */
  | 'phone-works'
  /** …and it does not open on the phone either: the service. */
  | 'phone-fails'
  /** …and the phone could not be tried: the service, with the doubt said. */
  | 'phone-unknown'
  /** Every site is very slow: the line, never an outage by itself. */
  | 'slow-line'
  /** Messages leave, but land in the recipients' spam or arrive late: the domain's settings (SPF, DKIM, DMARC). */
  | 'domain-delivery'
  /** Only messages with a big attachment come back: too big, nobody's fault. */
  | 'too-big'
  /** Read in the phone's own mail app: its account settings, on the phone. */
  | 'reader-phone'
  /** Read through another service or app that collects it: that service's settings. */
  | 'reader-other'
  /** Read in Gmail, which fetched this provider's mail ("check mail from other accounts", Gmailify): ended by Google. */
  | 'gmail-fetch'
  /** Read in the new Outlook for Windows, which syncs other providers' mail through Microsoft's cloud. */
  | 'new-outlook'
  /** A suspicious email: not yet said whether a password was typed on its page. */
  | 'phishing'
  /** …a password was typed on its page: change it now, the consultant. */
  | 'phishing-typed'
  /** …nothing typed: delete it, nobody to call. */
  | 'phishing-ignored';

/** The verdicts a mail program's error can point to. */
export type ReadingVerdict = Exclude<VerdictId, 'network' | 'phishing' | 'middle-man'>;
export const readingVerdicts = verdictIds.filter(
  (v): v is ReadingVerdict => v !== 'network' && v !== 'phishing' && v !== 'middle-man',
);

/** Where the mail program's error message points, as the error reader read it (core/mail-errors.ts). */
export interface ErrorReading {
  /** The decoder entry. */
  id: string;
  /** Whose side it is: the verdict it leads to. `client` keeps the mail-program verdict. */
  verdict: ReadingVerdict;
  /** True for an error that decides without the webmail check (a recipient's side, a blocked account). */
  decisive: boolean;
  /** An authentication error: read as the outage while one is known (an open incident, the webmail down). */
  authentication?: boolean;
  /** The verdict's reason when the entry knows it better than "the error decided" (a message too big). */
  reason?: ErrorReason;
}

/** The reasons an error reading can give its verdict by itself. */
export const errorReasons = ['too-big', 'domain-delivery'] as const;
export type ErrorReason = (typeof errorReasons)[number];

/**
 * What the probes (or the webmail page) point to, offered on a question: the user accepts it or answers. It leads to
 * a verdict, or (without one) to the next question.
 */
export interface Suggestion {
  fact: CheckedFact;
  verdict?: VerdictId;
  reason?: Reason;
}

export type Step =
  | { kind: 'question'; question: Question; suggestion?: Suggestion }
  | { kind: 'verdict'; verdict: VerdictId; reason: Reason };

/** What a webmail page's notice is about (core/data/webmail-notices.json). */
export const noticeKinds = [
  'maintenance',
  'blocked',
  'unavailable',
  'quota',
  'suspended',
  'spam-blocked',
  'credentials',
] as const;
export type NoticeKind = (typeof noticeKinds)[number];

/**
 * The webmail page as read once on the user's click (core/page-notices.ts): which notice entry its visible text
 * matched, if any, and the HTTP status of its navigation. Nothing else of the page is read or kept.
 */
export interface PageReading {
  /** The notice entry's id, or `http-<status>` for a failing status without a known notice. */
  id: string;
  kind?: NoticeKind;
  status?: number;
}
