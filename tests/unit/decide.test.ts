import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../core/checks';
import { type Answers, decide, type Question, type Reason, type Step, type VerdictId } from '../../core/decide';

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
  // Answers to a question that was not asked do not change the path.
  [
    'works, stray password answer → still the mail program',
    { outcome: 'works', passwordSure: false },
    verdict('mail-client', 'webmail-works'),
  ],
  [
    'page failed, stray password answer → still ask about other sites',
    { outcome: 'page-failed', passwordSure: true },
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

describe('decide with the automatic checks', () => {
  const up: Evidence = { internet: 'up', webmail: 'up' };
  const offline: Evidence = { internet: 'down', webmail: 'unknown' };
  const webmailDown: Evidence = { internet: 'up', webmail: 'down' };
  const unknown: Evidence = { internet: 'unknown', webmail: 'unknown' };

  const table: [string, Answers, Evidence, Step][] = [
    ['no answer, nothing answers → internet, without asking', {}, offline, verdict('internet', 'checked-offline')],
    [
      'no answer, only the webmail is silent → the service, without asking',
      {},
      webmailDown,
      verdict('mail-service', 'checked-webmail-down'),
    ],
    ['no answer, all answers → still ask what happened', {}, up, ask('outcome')],
    ['no answer, checks inconclusive → ask', {}, unknown, ask('outcome')],
    [
      'page failed, webmail silent → the service',
      { outcome: 'page-failed' },
      webmailDown,
      verdict('mail-service', 'checked-webmail-down'),
    ],
    [
      'page failed, nothing answers → internet',
      { outcome: 'page-failed' },
      offline,
      verdict('internet', 'checked-offline'),
    ],
    [
      'page failed, other sites answer → the service, no need to ask about other sites',
      { outcome: 'page-failed' },
      up,
      verdict('mail-service', 'page-down'),
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
      'login failed (the page did open), webmail "down" → ask about the password',
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
});
