import { describe, expect, it } from 'vitest';
import type { ProbeResult } from '../../core/checks';
import {
  type AnswerValue,
  advance,
  answerValues,
  type ChecksRecord,
  currentChecks,
  evidenceOf,
  initialWizard,
  isAwaitingAnswer,
  isStale,
  parseWizardState,
  screenOf,
  staleAfterMs,
  type WizardEvent,
  type WizardState,
} from '../../core/wizard';

const run = (...events: WizardEvent[]) => events.reduce(advance, initialWizard);
const opened = run({ type: 'choose', providerId: 'aruba' }, { type: 'open', at: 1000 });
const answer = (value: AnswerValue): WizardEvent => ({ type: 'answer', value, at: 2000 });

describe('wizard transitions', () => {
  it('starts at the picker, not waiting', () => {
    expect(screenOf(initialWizard)).toEqual({ kind: 'pick' });
    expect(isAwaitingAnswer(initialWizard)).toBe(false);
  });

  it('does not open without a provider', () => {
    expect(run({ type: 'open', at: 5 })).toEqual(initialWizard);
  });

  it('asks what happened once the webmail is open, and waits for the answer', () => {
    expect(opened).toEqual({ ...initialWizard, providerId: 'aruba', openedAt: 1000, checkRequestedAt: 1000 });
    expect(isAwaitingAnswer(opened, undefined, 1500)).toBe(true);
    expect(screenOf(opened)).toEqual({ kind: 'question', question: 'outcome' });
  });

  it.each<[string, AnswerValue[], string]>([
    ['works', ['works'], 'mail-client'],
    ['inbox', ['inbox-failed'], 'mail-service'],
    ['login, sure', ['login-failed', 'password-sure'], 'mail-service'],
    ['login, unsure', ['login-failed', 'password-unsure'], 'password'],
    ['page, other sites open', ['page-failed', 'internet-works'], 'mail-service'],
    ['page, nothing opens', ['page-failed', 'internet-down'], 'internet'],
  ])('%s → %s, and the badge is no longer needed', (_, values, expected) => {
    const state = values.map(answer).reduce(advance, opened);
    const screen = screenOf(state);
    expect(screen.kind === 'verdict' && screen.verdict).toBe(expected);
    expect(isAwaitingAnswer(state)).toBe(false);
  });

  it('ignores an answer that does not fit the question on screen', () => {
    expect(advance(opened, answer('password-sure'))).toBe(opened);
    const asked = advance(opened, answer('login-failed'));
    expect(advance(asked, answer('internet-down'))).toBe(asked);
    expect(advance(initialWizard, answer('works'))).toBe(initialWizard);
  });

  it('goes back one question at a time, then to the picker', () => {
    const deep = [answer('page-failed'), answer('internet-works')].reduce(advance, opened);
    const back1 = advance(deep, { type: 'back' });
    expect(screenOf(back1)).toEqual({ kind: 'question', question: 'internet' });
    const back2 = advance(back1, { type: 'back' });
    expect(screenOf(back2)).toEqual({ kind: 'question', question: 'outcome' });
    expect(screenOf(advance(back2, { type: 'back' }))).toEqual({ kind: 'pick' });
  });

  it.each<[string, AnswerValue[], string]>([
    ['mail program', ['works'], 'outcome'],
    ['password', ['login-failed', 'password-unsure'], 'password'],
    ['internet', ['page-failed', 'internet-down'], 'internet'],
  ])('Back on the %s verdict returns to the last question (%s)', (_, values, question) => {
    const verdict = values.map(answer).reduce(advance, opened);
    expect(screenOf(advance(verdict, { type: 'back' }))).toMatchObject({ kind: 'question', question });
  });

  it('records when the user answered, apart from when the webmail was opened', () => {
    const done = advance(opened, { type: 'answer', value: 'works', at: 7777 });
    expect(done.openedAt).toBe(1000);
    expect(done.answeredAt).toBe(7777);
  });

  it('starts over keeping the chosen provider and a typed address', () => {
    const typed = run({ type: 'choose', providerId: 'aruba', address: 'info@studio.it' }, { type: 'open', at: 1 });
    const done = advance(typed, answer('works'));
    expect(advance(done, { type: 'restart' })).toEqual({
      ...initialWizard,
      providerId: 'aruba',
      address: 'info@studio.it',
    });
  });

  it('an unanswered check turns stale after an hour: not resumed as current, no badge', () => {
    expect(isStale(opened, 1000 + staleAfterMs)).toBe(false);
    expect(isStale(opened, 1001 + staleAfterMs)).toBe(true);
    expect(isAwaitingAnswer(opened, undefined, 1001 + staleAfterMs)).toBe(false);
    // A verdict is never stale: it is a record of what happened then.
    expect(isStale(advance(opened, answer('works')), 10 * staleAfterMs)).toBe(false);
  });

  it('does not change provider in the middle of a check', () => {
    expect(advance(opened, { type: 'choose', providerId: 'libero' })).toBe(opened);
  });

  it('names every hook value once', () => {
    expect(new Set(answerValues).size).toBe(8);
  });
});

describe('parseWizardState (stored data is never trusted)', () => {
  const valid: WizardState = {
    providerId: 'aruba',
    openedAt: 5,
    answers: { outcome: 'login-failed', passwordSure: true },
    checkRequestedAt: 5,
    address: 'info@studio-rossi.it',
    answeredAt: 9,
  };

  it('keeps a valid state', () => {
    expect(parseWizardState(valid)).toEqual(valid);
  });

  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'aruba'],
    ['an array', []],
    ['a number', 42],
  ])('falls back to a fresh start for %s', (_, value) => {
    expect(parseWizardState(value)).toEqual(initialWizard);
  });

  it('drops answers that do not belong to the outcome, and unknown outcomes', () => {
    expect(
      parseWizardState({ providerId: 'a', openedAt: 1, answers: { outcome: 'works', passwordSure: false } }),
    ).toEqual({
      providerId: 'a',
      openedAt: 1,
      answers: { outcome: 'works' },
      checkRequestedAt: null,
      address: null,
      answeredAt: null,
    });
    expect(parseWizardState({ providerId: 'a', openedAt: 1, answers: { outcome: 'exploded' } }).answers).toEqual({});
  });

  it('keeps the provider but not the answers when the opening time is broken', () => {
    expect(parseWizardState({ providerId: 'a', openedAt: 'yesterday', answers: { outcome: 'works' } })).toEqual({
      ...initialWizard,
      providerId: 'a',
    });
    expect(parseWizardState({ providerId: 'a', openedAt: Number.NaN }).openedAt).toBeNull();
  });

  it.each([1e300, 1e20, -5, Number.POSITIVE_INFINITY])('refuses a time Date cannot format (%s)', (time) => {
    expect(parseWizardState({ ...valid, openedAt: time }).openedAt).toBeNull();
    expect(parseWizardState({ ...valid, answeredAt: time }).answeredAt).toBeNull();
  });
});

describe('checks in the wizard', () => {
  const checks = (requestedAt: number, results: ChecksRecord['results']): ChecksRecord => ({
    requestedAt,
    providerId: 'aruba',
    results,
    finishedAt: results ? requestedAt + 100 : null,
  });
  const down: ProbeResult[] = [
    { kind: 'internet', host: 'www.gstatic.com', status: 'ok', ms: 80 },
    { kind: 'webmail', host: 'webmail.aruba.it', status: 'unreachable', ms: 12 },
  ];

  it('asks for checks when the webmail opens, and again on "check again"', () => {
    expect(opened.checkRequestedAt).toBe(1000);
    expect(advance(opened, { type: 'check-again', at: 2000 }).checkRequestedAt).toBe(2000);
    expect(advance(initialWizard, { type: 'check-again', at: 2000 })).toBe(initialWizard);
  });

  it('uses only the results of the current request', () => {
    expect(evidenceOf(opened, checks(1000, down))).toEqual({ internet: 'up', webmail: 'down' });
    expect(evidenceOf(opened, checks(999, down))).toEqual({ internet: 'unknown', webmail: 'unknown' });
    expect(evidenceOf(opened, checks(1000, null))).toEqual({ internet: 'unknown', webmail: 'unknown' });
    expect(currentChecks(opened, null)).toBeUndefined();
  });

  it('offers the verdict when the webmail is down, without applying it: the screen does not change by itself', () => {
    const evidence = evidenceOf(opened, checks(1000, down));
    expect(screenOf(opened, evidence)).toEqual({
      kind: 'question',
      question: 'outcome',
      suggestion: { fact: 'webmail-down', verdict: 'mail-service', reason: 'checked-webmail-down' },
    });
    expect(isAwaitingAnswer(opened, evidence, 1500)).toBe(true);
    // Accepted ("see the verdict"), it becomes the answer; the badge goes.
    const accepted = advance(opened, { type: 'accept-checks', at: 3000, evidence });
    expect(screenOf(accepted, evidence)).toEqual({
      kind: 'verdict',
      verdict: 'mail-service',
      reason: 'checked-webmail-down',
    });
    expect(accepted.answeredAt).toBe(3000);
    expect(isAwaitingAnswer(accepted, evidence)).toBe(false);
    // An accepted verdict stays put when the evidence later changes ("check again" finds it up).
    expect(screenOf(accepted, { internet: 'up', webmail: 'up' })).toMatchObject({ kind: 'verdict' });
    // Back takes the accepted fact back: the question, with the suggestion offered again.
    expect(screenOf(advance(accepted, { type: 'back' }), evidence)).toMatchObject({
      kind: 'question',
      question: 'outcome',
    });
  });

  it('nothing to accept: accept-checks changes nothing', () => {
    expect(advance(opened, { type: 'accept-checks', at: 3000, evidence: { internet: 'up', webmail: 'up' } })).toBe(
      opened,
    );
  });

  it('an answer given while the checks showed a fact takes the fact along (no question the checks answered)', () => {
    const up = { internet: 'up', webmail: 'unknown' } as const;
    const state = advance(opened, { type: 'answer', value: 'page-failed', at: 2000, evidence: up });
    expect(state.answers).toEqual({ outcome: 'page-failed', checked: 'internet-up' });
    expect(screenOf(state)).toEqual({ kind: 'verdict', verdict: 'mail-service', reason: 'page-down' });
    // Without evidence at the time of the answer, the follow-up question is asked.
    expect(screenOf(advance(opened, answer('page-failed')))).toMatchObject({ kind: 'question', question: 'internet' });
  });

  it('keeps a valid checkRequestedAt from storage and drops a broken one', () => {
    expect(parseWizardState({ ...opened, checkRequestedAt: 'soon' }).checkRequestedAt).toBeNull();
    expect(parseWizardState(opened).checkRequestedAt).toBe(1000);
  });
});
