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
  type NoticeKind,
  type Outcome,
  outcomeOfFollowUp,
  type PageReading,
  type Question,
  type Reason,
  type SecondAnswer,
  type Step,
  type Suggestion,
  type VerdictId,
} from './answers';
import { type Evidence, noEvidence } from './probes/results';

// The answers' names live in core/answers.ts; the modules that decide import them from here too.

const ask = (question: Question, suggestion?: Suggestion): Step =>
  suggestion ? { kind: 'question', question, suggestion } : { kind: 'question', question };
const verdict = (id: VerdictId, reason: Reason): Step => ({ kind: 'verdict', verdict: id, reason });

/** The verdict each accepted fact leads to; `internet-up` leads on ("does it open on your phone?"). */
const verdictOfFact: Record<Exclude<CheckedFact, 'internet-up'>, [VerdictId, Reason]> = {
  'internet-down': ['internet', 'checked-offline'],
  'webmail-down': ['mail-service', 'checked-webmail-down'],
  'internet-slow': ['internet', 'slow-line'],
  'page-maintenance': ['mail-service', 'maintenance'],
  'page-blocked': ['network', 'blocked-page'],
  'page-unavailable': ['mail-service', 'notice-other'],
  'page-quota': ['account', 'mailbox-full'],
  'page-suspended': ['account', 'suspended'],
  'page-spam-blocked': ['account', 'blocked'],
};

/** The fact a page's notice offers (a sign-in refusal offers none: the password question tells). */
const factOfNotice: Record<NoticeKind, CheckedFact | undefined> = {
  maintenance: 'page-maintenance',
  blocked: 'page-blocked',
  unavailable: 'page-unavailable',
  quota: 'page-quota',
  suspended: 'page-suspended',
  'spam-blocked': 'page-spam-blocked',
  credentials: undefined,
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
  // They leave, but land in spam or arrive late: the domain's settings (SPF, DKIM, DMARC), the consultant.
  'send-spam': ['account', 'domain-delivery'],
  // Only big attachments come back: the size limit, nobody's fault.
  'send-too-big': ['recipient', 'too-big'],
  quota: ['account', 'mailbox-full'],
  'password-expired': ['password', 'password-expired'],
  suspended: ['account', 'suspended'],
  blocked: ['account', 'blocked'],
  other: ['account', 'warning-other'],
  // An email (not the webmail) says the mailbox will be closed: a scam; whether a password was typed is asked on it.
  scam: ['phishing', 'phishing'],
  // Sure of a password and still refused: the user cannot get in even from the webmail; the consultant finds out
  // whether it is the mailbox or the service, so the verdict claims no outage.
  'password-sure': ['account', 'login-refused'],
  'password-unsure': ['password', 'password-unsure'],
  'password-remembered': ['password', 'password-remembered'],
  'missing-in-program': ['mail-client', 'pop-deleted'],
  'missing-nowhere': ['account', 'mail-missing'],
  'notice-maintenance': ['mail-service', 'maintenance'],
  'notice-blocked': ['network', 'blocked-page'],
  'notice-other': ['mail-service', 'notice-other'],
  'internet-works': ['mail-service', 'page-down'],
  'internet-down': ['internet', 'nothing-opens'],
};

/** The verdict of each second answer. */
const verdictOfSecond: Record<SecondAnswer, [VerdictId, Reason]> = {
  'phone-works': ['network', 'phone-works'],
  'phone-fails': ['mail-service', 'phone-fails'],
  'phone-unknown': ['mail-service', 'phone-unknown'],
  'typed-yes': ['phishing', 'phishing-typed'],
  'typed-no': ['phishing', 'phishing-ignored'],
  'reader-program': ['mail-client', 'webmail-works'],
  'reader-phone': ['mail-client', 'reader-phone'],
  'reader-gmail': ['middle-man', 'gmail-fetch'],
  'reader-new-outlook': ['middle-man', 'new-outlook'],
  'reader-other': ['mail-client', 'reader-other'],
};

/** A suspicious email reported on the first screen: the phishing verdict, and whether a password was typed. */
export function decideSuspicious(typed: SecondAnswer | undefined): Step {
  return typed === 'typed-yes' || typed === 'typed-no'
    ? verdict(...verdictOfSecond[typed])
    : verdict('phishing', 'phishing');
}

type Suggesting = 'outcome' | 'internet' | 'notice';

/**
 * The fact the evidence establishes for a question, if any: what the webmail page says first (it is what the user
 * looks at), then the probes. A slow webmail establishes nothing; every site slow, only once the page "did not open".
 */
function factOf(evidence: Evidence, question: Suggesting, page: PageReading | undefined): CheckedFact | undefined {
  const notice = page?.kind ? factOfNotice[page.kind] : undefined;
  if (notice) return notice;
  if (question === 'notice') return undefined;
  if (evidence.internet === 'down') return 'internet-down';
  if (evidence.webmail === 'down') return 'webmail-down';
  if (question === 'internet' && evidence.internet === 'slow') return 'internet-slow';
  if (question === 'internet' && evidence.internet === 'up') return 'internet-up';
  return undefined;
}

function suggest(evidence: Evidence, question: Suggesting, page?: PageReading): Suggestion | undefined {
  const fact = factOf(evidence, question, page);
  if (!fact) return undefined;
  if (fact === 'internet-up') return { fact };
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
  /** What the webmail page itself says, read on the user's click. */
  page?: PageReading | undefined;
}

/**
 * The error reading, once the webmail was seen working: it names the side the program's error points to. During a
 * known outage an authentication error is the outage, not a password problem.
 */
function readingStep(reading: ErrorReading, outage: boolean | undefined, webmailWorks = false): Step | undefined {
  if (reading.authentication && outage) return verdict('mail-service', 'error-reading');
  if (reading.verdict === 'mail-client') return undefined;
  // A password error while the webmail takes the password: the program keeps an old one, the technician's job.
  if (reading.verdict === 'password' && webmailWorks) return verdict('mail-client', 'error-reading');
  return verdict(reading.verdict, reading.reason ?? 'error-reading');
}

/**
 * The webmail did not open while other sites do: this line or this network when other networks reach its servers
 * and nothing says it is down (an office filter, a router, the computer's settings); the service when an outage is
 * known; otherwise the phone, off this network, tells the two apart.
 */
function pageDown(answers: Answers, context: Context): Step {
  if (context.elsewhereUp) return verdict('internet', 'elsewhere-up');
  if (context.outage) return verdict('mail-service', 'page-down');
  const second = answers.outcome === 'page-failed' ? answers.second : undefined;
  if (second === 'phone-works' || second === 'phone-fails' || second === 'phone-unknown')
    return verdict(...verdictOfSecond[second]);
  return ask('phone');
}

export function decide(answers: Answers, evidence: Evidence = noEvidence, context: Context = {}): Step {
  const { reading, outage, page } = context;
  // What the user saw wins over a measurement: a sign-in page or an inbox that fails to load means the webmail
  // host did answer, so those outcomes ignore the probes.
  const outcome = answers.outcome;
  const checked = answers.checked;
  if (outcome === undefined) {
    if (checked !== undefined && checked !== 'internet-up' && checked !== 'internet-slow') {
      return verdict(...verdictOfFact[checked]);
    }
    // An error that decides by itself (a recipient's side, a blocked account) needs no webmail check.
    if (reading?.decisive) return readingStep(reading, outage) ?? ask('outcome', suggest(evidence, 'outcome', page));
    return ask('outcome', suggest(evidence, 'outcome', page));
  }
  if (!asksFollowUp(outcome)) {
    // The webmail works: the program's own error says whether the cause is the program or the account.
    if (outcome === 'works' && reading) {
      const step = readingStep(reading, outage, true);
      if (step) return step;
    }
    // …and where the user reads the mailbox, once said on the verdict, names a service in between.
    const reader = outcome === 'works' ? answers.second : undefined;
    if (reader) return verdict(...verdictOfSecond[reader]);
    return verdict(...verdictOfOutcome[outcome]);
  }
  const followUp = answers.followUp as FollowUpAnswer | undefined;
  const answered = followUp !== undefined && outcomeOfFollowUp(followUp) === outcome ? followUp : undefined;
  if (outcome === 'page-failed') {
    // A line slow for every site is the line, whatever else: never an outage by itself.
    if (checked === 'internet-slow' && answered !== 'internet-down') return verdict('internet', 'slow-line');
    if (answered === 'internet-works' || (!answered && checked === 'internet-up')) return pageDown(answers, context);
    if (answered) return verdict(...verdictOfFollowUp[answered]);
    if (checked && checked !== 'internet-up') return verdict(...verdictOfFact[checked]);
    return ask('internet', suggest(evidence, 'internet', page));
  }
  if (answered !== undefined) {
    // A refused login while an outage is known is the outage.
    if (answered === 'password-sure' && outage) return verdict('mail-service', 'login-refused');
    if (answered === 'scam') return decideSuspicious(answers.outcome === 'warning' ? answers.second : undefined);
    return verdict(...verdictOfFollowUp[answered]);
  }
  if (outcome === 'page-notice') {
    if (checked !== undefined && checked !== 'internet-up' && checked !== 'internet-slow') {
      return verdict(...verdictOfFact[checked]);
    }
    return ask('notice', suggest(evidence, 'notice', page));
  }
  return ask(followUps[outcome].question);
}
