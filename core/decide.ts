// The rule, as a pure function: from what the user answered (or accepted from the automatic probes) to the next
// question or the verdict. "If webmail works, the mail service is fine: call your technician. If webmail fails
// too, call the consultant." With the exceptions a consultant meets every week: a mailbox that is full, blocked or
// cannot send is the consultant's even though the webmail opens; a recipient's full mailbox is nobody's on this side;
// a mail program that emptied the server is the technician's even though the inbox looks empty.
// A measurement never decides by itself: it is offered as a suggestion, and becomes an answer only when the user
// sees it (on screen when answering, or with "see the verdict").

import {
  type Answers,
  type AskingOutcome,
  asksFollowUp,
  type CheckedFact,
  type ErrorReading,
  type FollowUpAnswer,
  followUps,
  type Outcome,
  outcomeOfFollowUp,
  type Question,
  type Reason,
  type Step,
  type Suggestion,
  type VerdictId,
} from './answers';
import { type Evidence, noEvidence } from './probes/results';

// The answers' names live in core/answers.ts; the modules that decide import them from here too.

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
  /**
   * An outage is known: an open incident on the provider (the consultant's feed, Google's), the probes found the
   * webmail down, every probe on other networks failed, or other clients of the consultant fail on the provider.
   */
  outage?: boolean | undefined;
  /** Other networks reach the provider's servers, and nothing says the service is down (core/probes/record.ts). */
  elsewhereUp?: boolean | undefined;
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

/**
 * The webmail did not open while other sites do: the service, unless other networks reach its servers and nothing
 * says it is down; then it is this line or this network (an office filter, a router, the computer's settings).
 */
const pageDown = (elsewhereUp: boolean | undefined): Step =>
  elsewhereUp ? verdict('internet', 'elsewhere-up') : verdict('mail-service', 'page-down');

export function decide(answers: Answers, evidence: Evidence = noEvidence, context: Context = {}): Step {
  const { reading, outage, elsewhereUp } = context;
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
    if (followUp === 'internet-works') return pageDown(elsewhereUp);
    return verdict(...verdictOfFollowUp[followUp]);
  }
  if (outcome === 'page-failed') {
    if (answers.checked === 'internet-up') return pageDown(elsewhereUp);
    if (answers.checked) return verdict(...verdictOfFact[answers.checked]);
    return ask('internet', suggest(evidence, 'internet'));
  }
  return ask(followUps[outcome].question);
}
