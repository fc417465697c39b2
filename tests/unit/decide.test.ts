import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../core/checks';
import {
  type Answers,
  decide,
  type Question,
  type Reason,
  type Step,
  type Suggestion,
  type VerdictId,
} from '../../core/decide';

const ask = (question: Question): Step => ({ kind: 'question', question });
const verdict = (id: VerdictId, reason: Reason): Step => ({ kind: 'verdict', verdict: id, reason });

// The rule, one row per path: what the user answered → what the extension does next.
const table: [string, Answers, Step][] = [
  ['nothing answered yet → ask what happened', {}, ask('outcome')],
  ['webmail works → the mail program', { outcome: 'works' }, verdict('mail-client', 'webmail-works')],
  ['inbox does not load → the service', { outcome: 'inbox-failed' }, verdict('mail-service', 'inbox-failed')],
  ['login failed → ask about the password', { outcome: 'login-failed' }, ask('password')],
  [
    'login refused, password sure → the service',
    { outcome: 'login-failed', passwordSure: true },
    verdict('mail-service', 'login-refused'),
  ],
  [
    'login refused, password unsure → reset the password',
    { outcome: 'login-failed', passwordSure: false },
    verdict('password', 'password-unsure'),
  ],
  ['page did not open → ask about other sites', { outcome: 'page-failed' }, ask('internet')],
  [
    'page down, other sites open → the service',
    { outcome: 'page-failed', otherSitesOpen: true },
    verdict('mail-service', 'page-down'),
  ],
  [
    'page down, nothing opens → the internet connection',
    { outcome: 'page-failed', otherSitesOpen: false },
    verdict('internet', 'nothing-opens'),
  ],
  // Answers to a question that was not asked do not change the path (impossible by type; decide stays robust).
  [
    'works, stray password answer → still the mail program',
    { outcome: 'works', passwordSure: false } as Answers,
    verdict('mail-client', 'webmail-works'),
  ],
  [
    'page failed, stray password answer → still ask about other sites',
    { outcome: 'page-failed', passwordSure: true } as Answers,
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
    expect([...reached].sort()).toEqual(['internet', 'mail-client', 'mail-service', 'password']);
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
      'page failed, other sites answer → ask, offering the service verdict',
      { outcome: 'page-failed' },
      up,
      suggest('internet', 'internet-up', 'mail-service', 'page-down'),
    ],
    [
      'page failed, the webmail is slow but other sites answer → offer: other sites do open',
      { outcome: 'page-failed' },
      webmailSlow,
      suggest('internet', 'internet-up', 'mail-service', 'page-down'),
    ],
    ['page failed, everything slow → ask about other sites', { outcome: 'page-failed' }, allSlow, ask('internet')],
    [
      'page failed, accepted "other sites answer" → the service',
      { outcome: 'page-failed', checked: 'internet-up' },
      unknown,
      verdict('mail-service', 'page-down'),
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
      { outcome: 'page-failed', otherSitesOpen: false },
      up,
      verdict('internet', 'nothing-opens'),
    ],
    [
      'user says other sites open although the checks saw nothing → the service (the user wins)',
      { outcome: 'page-failed', otherSitesOpen: true },
      offline,
      verdict('mail-service', 'page-down'),
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
