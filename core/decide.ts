// The rule, as a pure function: from what the user answered, and what the automatic checks proved, to the next
// question or the verdict. "If webmail works, the mail service is fine: call your technician. If webmail fails
// too, call the consultant."
import { type Evidence, noEvidence } from './checks';

export const outcomes = ['page-failed', 'login-failed', 'inbox-failed', 'works'] as const;
export type Outcome = (typeof outcomes)[number];

export interface Answers {
  /** What happened when the user opened the webmail. */
  outcome?: Outcome;
  /** After a refused login: is the user sure the password is right? */
  passwordSure?: boolean;
  /** After the webmail page did not open: do other sites open? */
  otherSitesOpen?: boolean;
}

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
  /** The checks found the webmail host silent while other sites answer. */
  | 'checked-webmail-down';

export type Step = { kind: 'question'; question: Question } | { kind: 'verdict'; verdict: VerdictId; reason: Reason };

const ask = (question: Question): Step => ({ kind: 'question', question });
const verdict = (id: VerdictId, reason: Reason): Step => ({ kind: 'verdict', verdict: id, reason });

export function decide(answers: Answers, evidence: Evidence = noEvidence): Step {
  // What the user saw wins over a measurement: the checks decide only what the user has not answered. A sign-in
  // page or an inbox that fails to load means the webmail host did answer, so those outcomes ignore the checks.
  switch (answers.outcome) {
    case undefined:
      if (evidence.internet === 'down') return verdict('internet', 'checked-offline');
      if (evidence.webmail === 'down') return verdict('mail-service', 'checked-webmail-down');
      return ask('outcome');
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
      if (evidence.internet === 'down') return verdict('internet', 'checked-offline');
      if (evidence.webmail === 'down') return verdict('mail-service', 'checked-webmail-down');
      // The checks saw other sites answer: the follow-up question is already answered.
      if (evidence.internet === 'up') return verdict('mail-service', 'page-down');
      return ask('internet');
  }
}
