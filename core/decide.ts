// The rule, as a pure function: from what the user answered (or accepted from the automatic checks) to the next
// question or the verdict. "If webmail works, the mail service is fine: call your technician. If webmail fails
// too, call the consultant." A measurement never decides by itself: it is offered as a suggestion, and becomes an
// answer only when the user sees it (on screen when answering, or with "see the verdict").
import { type Evidence, noEvidence } from './checks';

export const outcomes = ['page-failed', 'login-failed', 'inbox-failed', 'works'] as const;
export type Outcome = (typeof outcomes)[number];

/** What the automatic checks established and the user accepted. */
export const checkedFacts = ['internet-down', 'webmail-down', 'internet-up'] as const;
export type CheckedFact = (typeof checkedFacts)[number];

/**
 * What the user answered, by the first answer (`outcome`, what happened when the webmail opened): a follow-up
 * exists only after the outcome that asks it. `checked`: a fact from the automatic checks, accepted in place of
 * an answer.
 */
export type Answers =
  | { outcome?: undefined; checked?: CheckedFact }
  /** After a refused login: is the user sure the password is right? */
  | { outcome: 'login-failed'; passwordSure?: boolean; checked?: CheckedFact }
  /** After the webmail page did not open: do other sites open? */
  | { outcome: 'page-failed'; otherSitesOpen?: boolean; checked?: CheckedFact }
  | { outcome: 'inbox-failed' | 'works'; checked?: CheckedFact };

export type Question = 'outcome' | 'password' | 'internet';
export type VerdictId = 'mail-client' | 'mail-service' | 'internet' | 'password';
/** Why a verdict was reached, in terms the report and the verdict screen can explain. */
export type Reason =
  | 'webmail-works'
  | 'page-down'
  | 'login-refused'
  | 'inbox-failed'
  | 'nothing-opens'
  | 'password-unsure'
  /** The checks found that nothing answers: no internet. */
  | 'checked-offline'
  /** The checks found the webmail host failing (not found, refused) while other sites answer. */
  | 'checked-webmail-down';

/** A verdict the checks point to, offered on a question: the user accepts it or answers. */
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

export function decide(answers: Answers, evidence: Evidence = noEvidence): Step {
  // What the user saw wins over a measurement: a sign-in page or an inbox that fails to load means the webmail
  // host did answer, so those outcomes ignore the checks.
  switch (answers.outcome) {
    case undefined:
      if (answers.checked === 'internet-down' || answers.checked === 'webmail-down') {
        return verdict(...verdictOfFact[answers.checked]);
      }
      return ask('outcome', suggest(evidence, 'outcome'));
    case 'works':
      return verdict('mail-client', 'webmail-works');
    case 'inbox-failed':
      return verdict('mail-service', 'inbox-failed');
    case 'login-failed':
      if (answers.passwordSure === undefined) return ask('password');
      return answers.passwordSure ? verdict('mail-service', 'login-refused') : verdict('password', 'password-unsure');
    case 'page-failed':
      if (answers.otherSitesOpen !== undefined) {
        return answers.otherSitesOpen ? verdict('mail-service', 'page-down') : verdict('internet', 'nothing-opens');
      }
      if (answers.checked) return verdict(...verdictOfFact[answers.checked]);
      return ask('internet', suggest(evidence, 'internet'));
  }
}
