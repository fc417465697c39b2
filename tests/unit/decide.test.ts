import { describe, expect, it } from 'vitest';
import type { ErrorReading } from '../../core/answers';
import {
  type Answers,
  type Question,
  type Reason,
  type Step,
  type Suggestion,
  type VerdictId,
  verdictIds,
} from '../../core/answers';
import type { Context } from '../../core/decide';
import { decide, decideSuspicious } from '../../core/decide';
import type { Evidence } from '../../core/probes/results';

const ask = (question: Question): Step => ({ kind: 'question', question });
const verdict = (id: VerdictId, reason: Reason): Step => ({ kind: 'verdict', verdict: id, reason });

// The rule, one row per path: what the user answered → what the extension does next.
const table: [string, Answers, Step][] = [
  ['nothing answered yet → ask what happened', {}, ask('outcome')],
  [
    "works (today's mail, my message arrived) → the mail program",
    { outcome: 'works' },
    verdict('mail-client', 'webmail-works'),
  ],
  ['inbox does not load or errors → the service', { outcome: 'inbox-failed' }, verdict('mail-service', 'inbox-failed')],
  // Reading works, sending does not.
  ['my email does not leave → ask: to everyone, or to someone?', { outcome: 'send-failed' }, ask('send-scope')],
  [
    'nothing leaves, not even to myself → the mailbox',
    { outcome: 'send-failed', followUp: 'send-all' },
    verdict('account', 'send-blocked'),
  ],
  [
    'only one recipient bounces → their side',
    { outcome: 'send-failed', followUp: 'send-one' },
    verdict('recipient', 'recipient-side'),
  ],
  // A warning in the webmail.
  ['a warning → ask which', { outcome: 'warning' }, ask('warning')],
  [
    'mailbox full → the mailbox (consultant)',
    { outcome: 'warning', followUp: 'quota' },
    verdict('account', 'mailbox-full'),
  ],
  [
    'password expired → the password',
    { outcome: 'warning', followUp: 'password-expired' },
    verdict('password', 'password-expired'),
  ],
  [
    'service suspended (unpaid) → the mailbox',
    { outcome: 'warning', followUp: 'suspended' },
    verdict('account', 'suspended'),
  ],
  ['mailbox blocked → the mailbox, now', { outcome: 'warning', followUp: 'blocked' }, verdict('account', 'blocked')],
  ['another warning → the mailbox', { outcome: 'warning', followUp: 'other' }, verdict('account', 'warning-other')],
  // Sign-in.
  ['login failed → ask about the password', { outcome: 'login-failed' }, ask('password')],
  [
    'login refused, password sure → the consultant, no outage claimed',
    { outcome: 'login-failed', followUp: 'password-sure' },
    verdict('account', 'login-refused'),
  ],
  [
    'login refused, password unsure → recover the password',
    { outcome: 'login-failed', followUp: 'password-unsure' },
    verdict('password', 'password-unsure'),
  ],
  [
    'the program remembers a password I never typed → the password',
    { outcome: 'login-failed', followUp: 'password-remembered' },
    verdict('password', 'password-remembered'),
  ],
  // An empty inbox.
  ['inbox empty or messages missing → ask: in the program?', { outcome: 'inbox-empty' }, ask('missing')],
  [
    'missing, but in the program → it downloads and deletes them: the technician',
    { outcome: 'inbox-empty', followUp: 'missing-in-program' },
    verdict('mail-client', 'pop-deleted'),
  ],
  [
    'missing, and not in the program either → the mailbox',
    { outcome: 'inbox-empty', followUp: 'missing-nowhere' },
    verdict('account', 'mail-missing'),
  ],
  // The page.
  ['page did not open → ask about other sites', { outcome: 'page-failed' }, ask('internet')],
  [
    'page down, other sites open → ask: does it open on the phone, off this network?',
    { outcome: 'page-failed', followUp: 'internet-works' },
    ask('phone'),
  ],
  [
    'page down here, opens on the phone on mobile data → this network (the technician)',
    { outcome: 'page-failed', followUp: 'internet-works', second: 'phone-works' },
    verdict('network', 'phone-works'),
  ],
  [
    'page down here and on the phone → the service',
    { outcome: 'page-failed', followUp: 'internet-works', second: 'phone-fails' },
    verdict('mail-service', 'phone-fails'),
  ],
  [
    'page down here, the phone could not be tried → the service, with the doubt said',
    { outcome: 'page-failed', followUp: 'internet-works', second: 'phone-unknown' },
    verdict('mail-service', 'phone-unknown'),
  ],
  // A page that opens with a message instead of the webmail.
  ['the page shows a message → ask what it says', { outcome: 'page-notice' }, ask('notice')],
  [
    'a planned maintenance → the service, wait first',
    { outcome: 'page-notice', followUp: 'notice-maintenance' },
    verdict('mail-service', 'maintenance'),
  ],
  [
    "a filter's or antivirus's block page → this network (the technician)",
    { outcome: 'page-notice', followUp: 'notice-blocked' },
    verdict('network', 'blocked-page'),
  ],
  [
    'another message → the consultant reads it',
    { outcome: 'page-notice', followUp: 'notice-other' },
    verdict('mail-service', 'notice-other'),
  ],
  // Sending, the answers the review found missing.
  [
    'they leave but land in spam or arrive late → the domain (consultant)',
    { outcome: 'send-failed', followUp: 'send-spam' },
    verdict('account', 'domain-delivery'),
  ],
  [
    'only big attachments come back → too big, nobody',
    { outcome: 'send-failed', followUp: 'send-too-big' },
    verdict('recipient', 'too-big'),
  ],
  // A scam email, reached from "a warning".
  [
    'a warning that is really an email asking for the password → phishing, asking whether it was typed',
    { outcome: 'warning', followUp: 'scam' },
    verdict('phishing', 'phishing'),
  ],
  [
    'phishing, a password typed → the consultant now',
    { outcome: 'warning', followUp: 'scam', second: 'typed-yes' },
    verdict('phishing', 'phishing-typed'),
  ],
  [
    'phishing, nothing typed → nobody',
    { outcome: 'warning', followUp: 'scam', second: 'typed-no' },
    verdict('phishing', 'phishing-ignored'),
  ],
  // Where the mailbox is read, asked on the webmail-works verdict: the services in between.
  [
    'the webmail works, read in a program on this computer → the mail program',
    { outcome: 'works', second: 'reader-program' },
    verdict('mail-client', 'webmail-works'),
  ],
  [
    "the webmail works, read in the phone's app → the phone's app (the technician or the user)",
    { outcome: 'works', second: 'reader-phone' },
    verdict('mail-client', 'reader-phone'),
  ],
  [
    'the webmail works, read in Gmail which fetched it → Gmail stopped fetching: neither the PC nor the provider',
    { outcome: 'works', second: 'reader-gmail' },
    verdict('middle-man', 'gmail-fetch'),
  ],
  [
    "the webmail works, read in the new Outlook → Microsoft's cloud sync (the technician)",
    { outcome: 'works', second: 'reader-new-outlook' },
    verdict('middle-man', 'new-outlook'),
  ],
  [
    'the webmail works, read through another service → that service',
    { outcome: 'works', second: 'reader-other' },
    verdict('mail-client', 'reader-other'),
  ],
  [
    'a phone answer on another path does not count',
    { outcome: 'warning', followUp: 'quota', second: 'phone-works' } as unknown as Answers,
    verdict('account', 'mailbox-full'),
  ],
  [
    'page down, nothing opens → the internet connection',
    { outcome: 'page-failed', followUp: 'internet-down' },
    verdict('internet', 'nothing-opens'),
  ],
  // Answers to a question that was not asked do not change the path (impossible by type; decide stays robust).
  [
    'works, stray follow-up → still the mail program',
    { outcome: 'works', followUp: 'password-unsure' } as unknown as Answers,
    verdict('mail-client', 'webmail-works'),
  ],
  [
    'page failed, a follow-up of another outcome → still ask about other sites',
    { outcome: 'page-failed', followUp: 'password-sure' } as unknown as Answers,
    ask('internet'),
  ],
];

describe('decide', () => {
  it.each(table)('%s', (_, answers, expected) => {
    expect(decide(answers)).toEqual(expected);
  });

  it('reaches every verdict', () => {
    const reached = new Set(
      table.map(([, answers]) => decide(answers)).flatMap((s) => (s.kind === 'verdict' ? [s.verdict] : [])),
    );
    expect([...reached].sort()).toEqual([...verdictIds].sort());
  });
});

describe('decide with the automatic checks: measurements suggest, answers decide', () => {
  const up: Evidence = { internet: 'up', webmail: 'up' };
  const offline: Evidence = { internet: 'down', webmail: 'unknown' };
  const webmailDown: Evidence = { internet: 'up', webmail: 'down' };
  const webmailSlow: Evidence = { internet: 'up', webmail: 'slow' };
  const allSlow: Evidence = { internet: 'slow', webmail: 'unknown' };
  const unknown: Evidence = { internet: 'unknown', webmail: 'unknown' };
  const suggest = (question: Question, fact: Suggestion['fact'], id: VerdictId, reason: Reason): Step => ({
    kind: 'question',
    question,
    suggestion: { fact, verdict: id, reason },
  });

  const table: [string, Answers, Evidence, Step][] = [
    [
      'no answer, nothing answers → ask, offering the internet verdict',
      {},
      offline,
      suggest('outcome', 'internet-down', 'internet', 'checked-offline'),
    ],
    [
      'no answer, only the webmail fails → ask, offering the service verdict',
      {},
      webmailDown,
      suggest('outcome', 'webmail-down', 'mail-service', 'checked-webmail-down'),
    ],
    ['no answer, the webmail is slow → just ask: a timeout is not a failure', {}, webmailSlow, ask('outcome')],
    ['no answer, everything is slow → just ask', {}, allSlow, ask('outcome')],
    ['no answer, all answers → ask what happened', {}, up, ask('outcome')],
    ['no answer, checks inconclusive → ask', {}, unknown, ask('outcome')],
    [
      'accepted: nothing answers → internet',
      { checked: 'internet-down' },
      unknown,
      verdict('internet', 'checked-offline'),
    ],
    [
      'accepted: the webmail fails → the service',
      { checked: 'webmail-down' },
      up,
      verdict('mail-service', 'checked-webmail-down'),
    ],
    ['"other sites answer" alone does not answer the first question', { checked: 'internet-up' }, up, ask('outcome')],
    [
      'page failed, webmail fails → ask about other sites, offering the service verdict',
      { outcome: 'page-failed' },
      webmailDown,
      suggest('internet', 'webmail-down', 'mail-service', 'checked-webmail-down'),
    ],
    [
      'page failed, other sites answer → ask, offering: other sites do open (the phone question next)',
      { outcome: 'page-failed' },
      up,
      { kind: 'question', question: 'internet', suggestion: { fact: 'internet-up' } },
    ],
    [
      'page failed, the webmail is slow but other sites answer → offer: other sites do open',
      { outcome: 'page-failed' },
      webmailSlow,
      { kind: 'question', question: 'internet', suggestion: { fact: 'internet-up' } },
    ],
    [
      'page failed, everything slow → ask, saying the line is slow: let it load, then answer',
      { outcome: 'page-failed' },
      allSlow,
      suggest('internet', 'internet-slow', 'internet', 'slow-line'),
    ],
    [
      'page failed, accepted "other sites answer" → ask about the phone',
      { outcome: 'page-failed', checked: 'internet-up' },
      unknown,
      ask('phone'),
    ],
    [
      'page failed, accepted "every site is slow" → the line, never the service',
      { outcome: 'page-failed', checked: 'internet-slow' },
      unknown,
      verdict('internet', 'slow-line'),
    ],
    [
      'page failed, other sites open while every site was slow → the line, never the service',
      { outcome: 'page-failed', followUp: 'internet-works', checked: 'internet-slow' },
      up,
      verdict('internet', 'slow-line'),
    ],
    [
      'page failed, the phone answered, every site slow → still the line',
      { outcome: 'page-failed', followUp: 'internet-works', checked: 'internet-slow', second: 'phone-fails' },
      unknown,
      verdict('internet', 'slow-line'),
    ],
    [
      'page failed, accepted "nothing answers" → internet',
      { outcome: 'page-failed', checked: 'internet-down' },
      unknown,
      verdict('internet', 'checked-offline'),
    ],
    ['page failed, checks inconclusive → ask about other sites', { outcome: 'page-failed' }, unknown, ask('internet')],
    // What the user saw wins over a measurement.
    [
      'works, although the checks saw nothing → the mail program',
      { outcome: 'works' },
      offline,
      verdict('mail-client', 'webmail-works'),
    ],
    [
      'login failed (the page did open), webmail "down" → ask about the password, no suggestion',
      { outcome: 'login-failed' },
      webmailDown,
      ask('password'),
    ],
    [
      'inbox failed, offline → the service',
      { outcome: 'inbox-failed' },
      offline,
      verdict('mail-service', 'inbox-failed'),
    ],
    [
      'user says nothing opens although the checks saw sites answer → internet (the user wins)',
      { outcome: 'page-failed', followUp: 'internet-down' },
      up,
      verdict('internet', 'nothing-opens'),
    ],
    [
      'user says other sites open although the checks saw nothing → the phone question (the user wins)',
      { outcome: 'page-failed', followUp: 'internet-works' },
      offline,
      ask('phone'),
    ],
  ];

  it.each(table)('%s', (_, answers, evidence, expected) => {
    expect(decide(answers, evidence)).toEqual(expected);
  });

  it('a verdict never depends on the evidence alone: the same answers give the same verdict whatever was measured', () => {
    for (const [, answers] of table) {
      const steps = [up, offline, webmailDown, webmailSlow, allSlow, unknown].map((e) => decide(answers, e));
      const verdicts = steps.map((s) => (s.kind === 'verdict' ? `${s.verdict}/${s.reason}` : 'question'));
      expect(new Set(verdicts).size, JSON.stringify(answers)).toBe(1);
    }
  });
});

describe("decide with what else is known: the mail program's error, a known outage", () => {
  const reading = (verdict: ErrorReading['verdict'], decisive = false, authentication = false): ErrorReading => ({
    id: 'x',
    verdict,
    decisive,
    authentication,
  });
  const table: [string, Answers, Context, Step][] = [
    [
      'a decisive error (recipient) decides before the webmail check',
      {},
      { reading: reading('recipient', true) },
      verdict('recipient', 'error-reading'),
    ],
    [
      'a message too big (5.3.4) decides at once: nobody, send a link',
      {},
      { reading: { id: 'message-too-big', verdict: 'recipient', decisive: true, reason: 'too-big' } },
      verdict('recipient', 'too-big'),
    ],
    [
      "Outlook.com's 5.7.515 decides at once: the domain's settings",
      {},
      { reading: { id: 'outlook-com-auth-required', verdict: 'account', decisive: true, reason: 'domain-delivery' } },
      verdict('account', 'domain-delivery'),
    ],
    [
      'a decisive error (blocked account) decides at once',
      {},
      { reading: reading('account', true) },
      verdict('account', 'error-reading'),
    ],
    [
      'an error that does not decide by itself → the webmail check',
      {},
      { reading: reading('password') },
      ask('outcome'),
    ],
    [
      "webmail works, the program error is the program's → the mail program",
      { outcome: 'works' },
      { reading: reading('mail-client') },
      verdict('mail-client', 'webmail-works'),
    ],
    [
      "webmail works, the program's password is refused → the program keeps an old one: the technician",
      { outcome: 'works' },
      { reading: reading('password', false, true) },
      verdict('mail-client', 'error-reading'),
    ],
    [
      'a decisive password error before the webmail check → the password',
      {},
      { reading: reading('password', true) },
      verdict('password', 'error-reading'),
    ],
    [
      'page down, other sites open, an outage known → the service, no phone question',
      { outcome: 'page-failed', followUp: 'internet-works' },
      { outage: true },
      verdict('mail-service', 'page-down'),
    ],
    [
      'page down, other sites open, other networks reach it → this line or network',
      { outcome: 'page-failed', followUp: 'internet-works' },
      { elsewhereUp: true },
      verdict('internet', 'elsewhere-up'),
    ],
    [
      'the page reads as a maintenance → offered on the first question',
      {},
      { page: { id: 'maintenance-it', kind: 'maintenance', status: 503 } },
      {
        kind: 'question',
        question: 'outcome',
        suggestion: { fact: 'page-maintenance', verdict: 'mail-service', reason: 'maintenance' },
      },
    ],
    [
      "the page reads as a filter's block page → offered: this network",
      {},
      { page: { id: 'fortiguard', kind: 'blocked', status: 403 } },
      {
        kind: 'question',
        question: 'outcome',
        suggestion: { fact: 'page-blocked', verdict: 'network', reason: 'blocked-page' },
      },
    ],
    [
      'the page reads as a block page, the user said "shows a message" → offered on the notice question',
      { outcome: 'page-notice' },
      { page: { id: 'sophos', kind: 'blocked' } },
      {
        kind: 'question',
        question: 'notice',
        suggestion: { fact: 'page-blocked', verdict: 'network', reason: 'blocked-page' },
      },
    ],
    [
      'a sign-in refusal read on the page offers nothing: the password question tells',
      {},
      { page: { id: 'credentials-it', kind: 'credentials' } },
      ask('outcome'),
    ],
    [
      'accepted: the page shows a maintenance → the service, wait first',
      { checked: 'page-maintenance' },
      {},
      verdict('mail-service', 'maintenance'),
    ],
    ['accepted: a block page → this network', { checked: 'page-blocked' }, {}, verdict('network', 'blocked-page')],
    [
      'accepted: the page says the mailbox is full → the mailbox',
      { checked: 'page-quota' },
      {},
      verdict('account', 'mailbox-full'),
    ],
    [
      'webmail works, the account is blocked for sending → the mailbox',
      { outcome: 'works' },
      { reading: reading('account') },
      verdict('account', 'error-reading'),
    ],
    [
      "webmail works, a recipient's box is full → the recipient",
      { outcome: 'works' },
      { reading: reading('recipient') },
      verdict('recipient', 'error-reading'),
    ],
    [
      'an authentication error during a known outage is the outage',
      { outcome: 'works' },
      { reading: reading('password', false, true), outage: true },
      verdict('mail-service', 'error-reading'),
    ],
    [
      'a refused sure password during a known outage is the outage',
      { outcome: 'login-failed', followUp: 'password-sure' },
      { outage: true },
      verdict('mail-service', 'login-refused'),
    ],
    [
      'the webmail itself failing wins over a reading',
      { outcome: 'inbox-failed' },
      { reading: reading('password') },
      verdict('mail-service', 'inbox-failed'),
    ],
  ];
  it.each(table)('%s', (_, answers, context, expected) => {
    expect(decide(answers, undefined, context)).toEqual(expected);
  });
});

describe('a suspicious email reported on the first screen', () => {
  it.each([
    [undefined, verdict('phishing', 'phishing')],
    ['typed-yes', verdict('phishing', 'phishing-typed')],
    ['typed-no', verdict('phishing', 'phishing-ignored')],
    ['phone-works', verdict('phishing', 'phishing')],
  ] as const)('typed %s → %j', (typed, expected) => {
    expect(decideSuspicious(typed)).toEqual(expected);
  });
});
