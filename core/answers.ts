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
  'page-failed',
] as const;
export type Outcome = (typeof outcomes)[number];

/**
 * The one table of follow-up questions: which outcome asks which question, and its answers in order. Every place
 * that needs "which answer follows which outcome" (the decision, the wizard, the stored-state reader, the report,
 * the screens) reads it here.
 */
export const followUps = {
  'send-failed': { question: 'send-scope', answers: ['send-all', 'send-one'] },
  warning: { question: 'warning', answers: ['quota', 'password-expired', 'suspended', 'blocked', 'other'] },
  'login-failed': { question: 'password', answers: ['password-sure', 'password-unsure', 'password-remembered'] },
  'inbox-empty': { question: 'missing', answers: ['missing-in-program', 'missing-nowhere'] },
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

/** What the automatic probes established and the user accepted. */
export const checkedFacts = ['internet-down', 'webmail-down', 'internet-up'] as const;
export type CheckedFact = (typeof checkedFacts)[number];

/**
 * What the user answered, by the first answer (`outcome`, what happened when the webmail opened): a follow-up
 * answer exists only after the outcome that asks it. `checked`: a fact from the automatic probes, accepted in place
 * of an answer.
 */
export type Answers =
  | { outcome?: undefined; checked?: CheckedFact }
  | { [O in Outcome]: { outcome: O; followUp?: FollowUpOf<O>; checked?: CheckedFact } }[Outcome];

export type Question = 'outcome' | FollowUpQuestion;
export const verdictIds = ['mail-client', 'mail-service', 'internet', 'password', 'account', 'recipient'] as const;
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
  | 'domain-no-mail';

/** Where the mail program's error message points, as the error reader read it (core/mail-errors.ts). */
export interface ErrorReading {
  /** The decoder entry. */
  id: string;
  /** Whose side it is: the verdict it leads to. `client` keeps the mail-program verdict. */
  verdict: VerdictId;
  /** True for an error that decides without the webmail check (a recipient's side, a blocked account). */
  decisive: boolean;
  /** An authentication error: read as the outage while one is known (an open incident, the webmail down). */
  authentication?: boolean;
}

/** A verdict the probes point to, offered on a question: the user accepts it or answers. */
export interface Suggestion {
  fact: CheckedFact;
  verdict: VerdictId;
  reason: Reason;
}

export type Step =
  | { kind: 'question'; question: Question; suggestion?: Suggestion }
  | { kind: 'verdict'; verdict: VerdictId; reason: Reason };
