// The rule, as a pure function: from what the user answered (or accepted from the automatic probes) to the next
// question or the verdict. "If webmail works, the mail service is fine: call your technician. If webmail fails
// too, call the consultant." With the exceptions a consultant meets every week: a mailbox that is full, blocked or
// cannot send is the consultant's even though the webmail opens; a recipient's full mailbox is nobody's on this side;
// a mail program that emptied the server is the technician's even though the inbox looks empty.
// A measurement never decides by itself: it is offered as a suggestion, and becomes an answer only when the user
// sees it (on screen when answering, or with "see the verdict").
import { type Evidence, noEvidence } from './checks';

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

const ask = (question: Question, suggestion?: Suggestion): Step =>
  suggestion ? { kind: 'question', question, suggestion } : { kind: 'question', question };
const verdict = (id: VerdictId, reason: Reason): Step => ({ kind: 'verdict', verdict: id, reason });

const verdictOfFact: Record<CheckedFact, [VerdictId, Reason]> = {
  'internet-down': ['internet', 'checked-offline'],
  'webmail-down': ['mail-service', 'checked-webmail-down'],
  // Only after "the page did not open": other sites answer, so the webmail is the one failing.
  'internet-up': ['mail-service', 'page-down'],
};

/** The verdict of each outcome that asks nothing more. */
const verdictOfOutcome: Record<Exclude<Outcome, AskingOutcome>, [VerdictId, Reason]> = {
  works: ['mail-client', 'webmail-works'],
  'inbox-failed': ['mail-service', 'inbox-failed'],
};

/** The verdict of each follow-up answer. */
const verdictOfFollowUp: Record<FollowUpAnswer, [VerdictId, Reason]> = {
  // Nothing leaves, not even to oneself: the mailbox cannot send (blocked for spam, an unauthorised sender).
  'send-all': ['account', 'send-blocked'],
  // Only one recipient's messages come back: their mailbox is full or does not exist.
  'send-one': ['recipient', 'recipient-side'],
  quota: ['account', 'mailbox-full'],
  'password-expired': ['password', 'password-expired'],
  suspended: ['account', 'suspended'],
  blocked: ['account', 'blocked'],
  other: ['account', 'warning-other'],
  // Sure of a password and still refused: the user cannot get in even from the webmail; the consultant finds out
  // whether it is the mailbox or the service, so the verdict claims no outage.
  'password-sure': ['account', 'login-refused'],
  'password-unsure': ['password', 'password-unsure'],
  'password-remembered': ['password', 'password-remembered'],
  'missing-in-program': ['mail-client', 'pop-deleted'],
  'missing-nowhere': ['account', 'mail-missing'],
  'internet-works': ['mail-service', 'page-down'],
  'internet-down': ['internet', 'nothing-opens'],
};

/** The fact the evidence establishes for a question, if any. A slow answer establishes nothing. */
function factOf(evidence: Evidence, question: 'outcome' | 'internet'): CheckedFact | undefined {
  if (evidence.internet === 'down') return 'internet-down';
  if (evidence.webmail === 'down') return 'webmail-down';
  if (question === 'internet' && evidence.internet === 'up') return 'internet-up';
  return undefined;
}

function suggest(evidence: Evidence, question: 'outcome' | 'internet'): Suggestion | undefined {
  const fact = factOf(evidence, question);
  if (!fact) return undefined;
  const [id, reason] = verdictOfFact[fact];
  return { fact, verdict: id, reason };
}

/** What else is known when the rule is applied: the mail program's error, and whether an outage is known. */
export interface Context {
  reading?: ErrorReading | undefined;
  /** An open incident on the provider (the consultant's feed, Google's), or the probes found the webmail down. */
  outage?: boolean | undefined;
}

/**
 * The error reading, once the webmail was seen working: it names the side the program's error points to. During a
 * known outage an authentication error is the outage, not a password problem.
 */
function readingStep(reading: ErrorReading, outage: boolean | undefined): Step | undefined {
  if (reading.authentication && outage) return verdict('mail-service', 'error-reading');
  if (reading.verdict === 'mail-client') return undefined;
  return verdict(reading.verdict, 'error-reading');
}

export function decide(answers: Answers, evidence: Evidence = noEvidence, context: Context = {}): Step {
  const { reading, outage } = context;
  // What the user saw wins over a measurement: a sign-in page or an inbox that fails to load means the webmail
  // host did answer, so those outcomes ignore the probes.
  const outcome = answers.outcome;
  if (outcome === undefined) {
    if (answers.checked === 'internet-down' || answers.checked === 'webmail-down') {
      return verdict(...verdictOfFact[answers.checked]);
    }
    // An error that decides by itself (a recipient's side, a blocked account) needs no webmail check.
    if (reading?.decisive) return readingStep(reading, outage) ?? ask('outcome', suggest(evidence, 'outcome'));
    return ask('outcome', suggest(evidence, 'outcome'));
  }
  if (!asksFollowUp(outcome)) {
    // The webmail works: the program's own error says whether the cause is the program or the account.
    if (outcome === 'works' && reading) return readingStep(reading, outage) ?? verdict(...verdictOfOutcome.works);
    return verdict(...verdictOfOutcome[outcome]);
  }
  const followUp = answers.followUp as FollowUpAnswer | undefined;
  if (followUp !== undefined && outcomeOfFollowUp(followUp) === outcome) {
    // A refused login while an outage is known is the outage.
    if (followUp === 'password-sure' && outage) return verdict('mail-service', 'login-refused');
    return verdict(...verdictOfFollowUp[followUp]);
  }
  if (outcome === 'page-failed') {
    if (answers.checked) return verdict(...verdictOfFact[answers.checked]);
    return ask('internet', suggest(evidence, 'internet'));
  }
  return ask(followUps[outcome].question);
}
