import { describe, expect, it } from 'vitest';
import { type ChecksRecord, currentChecks, evidenceOf } from '../../core/probes/record';
import type { ProbeResult } from '../../core/probes/results';
import { parseWizardState } from '../../core/stored/wizard';
import { type AnswerHook, answerLabels, answerOfHook } from '../../core/texts';
import { advance, isAwaitingAnswer, isStale, screenOf } from '../../core/wizard';
import {
  initialWizard,
  type OpenedState,
  staleAfterMs,
  type WizardEvent,
  type WizardState,
} from '../../core/wizard-state';
import { expectGolden } from './golden';

const run = (...events: WizardEvent[]) => events.reduce(advance, initialWizard);
const opened = run({ type: 'choose', providerId: 'aruba' }, { type: 'open', at: 1000 });
/** An answer as its button (`data-outcome` hook) sends it. */
const answer = (hook: AnswerHook): WizardEvent => ({ ...answerOfHook(hook), at: 2000 });
/** The state, known to be past the picker. */
function openedOf(state: WizardState): OpenedState {
  if (state.stage !== 'opened') throw new Error(`still choosing: ${JSON.stringify(state)}`);
  return state;
}

describe('wizard transitions', () => {
  it('starts at the picker, not waiting', () => {
    expect(screenOf(initialWizard)).toEqual({ kind: 'pick' });
    expect(isAwaitingAnswer(initialWizard)).toBe(false);
  });

  it('does not open without a provider', () => {
    expect(run({ type: 'open', at: 5 })).toEqual(initialWizard);
  });

  it('asks what happened once the webmail is open, and waits for the answer', () => {
    expect(opened).toEqual({
      stage: 'opened',
      providerId: 'aruba',
      address: null,
      openedAt: 1000,
      checkRequestedAt: 1000,
      answers: {},
      answeredAt: null,
    });
    expect(isAwaitingAnswer(opened, undefined, 1500)).toBe(true);
    expect(screenOf(opened)).toEqual({ kind: 'question', question: 'outcome' });
  });

  it.each<[string, AnswerHook[], string]>([
    ['works', ['works'], 'mail-client'],
    ['inbox', ['inbox-failed'], 'mail-service'],
    ['login, sure', ['login-failed', 'password-sure'], 'account'],
    ['login, remembered', ['login-failed', 'password-remembered'], 'password'],
    ['sending fails to everyone', ['send-failed', 'send-all'], 'account'],
    ['sending fails to one recipient', ['send-failed', 'send-one'], 'recipient'],
    ['a full mailbox', ['warning', 'quota'], 'account'],
    ['an expired password', ['warning', 'password-expired'], 'password'],
    ['inbox empty, mail in the program', ['inbox-empty', 'missing-in-program'], 'mail-client'],
    ['inbox empty, mail nowhere', ['inbox-empty', 'missing-nowhere'], 'account'],
    ['login, unsure', ['login-failed', 'password-unsure'], 'password'],
    [
      'page, other sites open, not on the phone either',
      ['page-failed', 'internet-works', 'phone-fails'],
      'mail-service',
    ],
    ['page, other sites open, opens on the phone', ['page-failed', 'internet-works', 'phone-works'], 'network'],
    ['a maintenance page', ['page-notice', 'notice-maintenance'], 'mail-service'],
    ["a filter's block page", ['page-notice', 'notice-blocked'], 'network'],
    ['mail lands in spam', ['send-failed', 'send-spam'], 'account'],
    ['a big attachment bounces', ['send-failed', 'send-too-big'], 'recipient'],
    ['a scam email, password typed', ['warning', 'scam', 'typed-yes'], 'phishing'],
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

  it.each<[string, AnswerHook[], string]>([
    ['mail program', ['works'], 'outcome'],
    ['password', ['login-failed', 'password-unsure'], 'password'],
    ['internet', ['page-failed', 'internet-down'], 'internet'],
  ])('Back on the %s verdict returns to the last question (%s)', (_, values, question) => {
    const verdict = values.map(answer).reduce(advance, opened);
    expect(screenOf(advance(verdict, { type: 'back' }))).toMatchObject({ kind: 'question', question });
  });

  it('records when the user answered, apart from when the webmail was opened', () => {
    const done = openedOf(advance(opened, { type: 'outcome', outcome: 'works', at: 7777 }));
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

  it('has a hook for every answer of every question, each a different answer', () => {
    const hooks = Object.keys(answerLabels) as AnswerHook[];
    const answers = hooks.map((hook) => JSON.stringify(answerOfHook(hook)));
    expect(new Set(answers).size).toBe(hooks.length);
    // The hooks are a public contract (docs/hooks.md): renaming, removing or reordering one shows in the golden file.
    expectGolden('answer-hooks.json', `${JSON.stringify(hooks, null, 2)}\n`);
  });

  it('refuses an answer to a question not on screen, whatever its type', () => {
    const asked = advance(opened, answer('page-failed'));
    expect(advance(asked, { type: 'follow-up', answer: 'password-sure', at: 3 })).toBe(asked);
    expect(advance(asked, { type: 'outcome', outcome: 'works', at: 3 })).toBe(asked);
    expect(advance(initialWizard, { type: 'follow-up', answer: 'internet-works', at: 3 })).toBe(initialWizard);
  });

  it('Back from the picker stays at the picker', () => {
    expect(advance(initialWizard, { type: 'back' })).toBe(initialWizard);
  });
});

describe('parseWizardState (stored data is never trusted)', () => {
  const valid: WizardState = {
    stage: 'opened',
    providerId: 'aruba',
    openedAt: 5,
    answers: { outcome: 'login-failed', followUp: 'password-sure' },
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

  it.each<[string, object, object]>([
    [
      'a sure password',
      { outcome: 'login-failed', passwordSure: true },
      { outcome: 'login-failed', followUp: 'password-sure' },
    ],
    [
      'an unsure password',
      { outcome: 'login-failed', passwordSure: false },
      { outcome: 'login-failed', followUp: 'password-unsure' },
    ],
    [
      'other sites open',
      { outcome: 'page-failed', otherSitesOpen: true },
      { outcome: 'page-failed', followUp: 'internet-works' },
    ],
    [
      'nothing opens',
      { outcome: 'page-failed', otherSitesOpen: false },
      { outcome: 'page-failed', followUp: 'internet-down' },
    ],
  ])('reads the answers of version 0.1 (%s) as the follow-up they were', (_, stored, expected) => {
    expect(openedOf(parseWizardState({ providerId: 'a', openedAt: 1, answers: stored })).answers).toEqual(expected);
  });

  it('drops a follow-up answer of another outcome', () => {
    expect(
      openedOf(
        parseWizardState({ providerId: 'a', openedAt: 1, answers: { outcome: 'warning', followUp: 'send-one' } }),
      ).answers,
    ).toEqual({ outcome: 'warning' });
  });

  it('drops answers that do not belong to the outcome, and unknown outcomes', () => {
    expect(
      parseWizardState({ providerId: 'a', openedAt: 1, answers: { outcome: 'works', passwordSure: false } }),
    ).toEqual({
      stage: 'opened',
      providerId: 'a',
      openedAt: 1,
      answers: { outcome: 'works' },
      checkRequestedAt: 1,
      address: null,
      answeredAt: null,
    });
    expect(
      openedOf(parseWizardState({ providerId: 'a', openedAt: 1, answers: { outcome: 'exploded' } })).answers,
    ).toEqual({});
  });

  it('keeps the provider but not the answers when the opening time is broken', () => {
    expect(parseWizardState({ providerId: 'a', openedAt: 'yesterday', answers: { outcome: 'works' } })).toEqual({
      ...initialWizard,
      providerId: 'a',
    });
    expect(parseWizardState({ providerId: 'a', openedAt: Number.NaN }).stage).toBe('choosing');
  });

  it.each([1e300, 1e20, -5, Number.POSITIVE_INFINITY])('refuses a time Date cannot format (%s)', (time) => {
    expect(parseWizardState({ ...valid, openedAt: time }).stage).toBe('choosing');
    expect(openedOf(parseWizardState({ ...valid, answeredAt: time })).answeredAt).toBeNull();
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
    expect(openedOf(opened).checkRequestedAt).toBe(1000);
    expect(openedOf(advance(opened, { type: 'check-again', at: 2000 })).checkRequestedAt).toBe(2000);
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
    expect(openedOf(accepted).answeredAt).toBe(3000);
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
    const state = openedOf(advance(opened, { type: 'outcome', outcome: 'page-failed', at: 2000, evidence: up }));
    expect(state.answers).toEqual({ outcome: 'page-failed', checked: 'internet-up' });
    expect(screenOf(state)).toEqual({ kind: 'question', question: 'phone' });
    // Without evidence at the time of the answer, the follow-up question is asked.
    expect(screenOf(advance(opened, answer('page-failed')))).toMatchObject({ kind: 'question', question: 'internet' });
  });

  it('keeps a valid checkRequestedAt from storage; a broken one becomes the opening time', () => {
    expect(openedOf(parseWizardState({ ...opened, checkRequestedAt: 'soon' })).checkRequestedAt).toBe(1000);
    expect(openedOf(parseWizardState({ ...opened, checkRequestedAt: 1500 })).checkRequestedAt).toBe(1500);
  });

  it('reads a state stored by version 0.1 (no stage; openedAt null while choosing)', () => {
    expect(
      parseWizardState({
        providerId: 'aruba',
        openedAt: null,
        answers: {},
        checkRequestedAt: null,
        address: 'a@b.it',
        answeredAt: null,
      }),
    ).toEqual({ stage: 'choosing', providerId: 'aruba', address: 'a@b.it' });
    expect(parseWizardState({ providerId: 'aruba', openedAt: 5, answers: { outcome: 'works' } })).toMatchObject({
      stage: 'opened',
      answers: { outcome: 'works' },
    });
  });
});

describe('the mail program error in the wizard', () => {
  const reading = { id: 'gmail-app-password', verdict: 'password' as const, decisive: false, authentication: true };
  const read = (text: string, r: typeof reading | null = reading): WizardEvent => ({
    type: 'read-error',
    text,
    reading: r,
    at: 3000,
  });

  it('is kept from the first screen into the check, and the reading decides once the webmail works', () => {
    const chosen = run({ type: 'choose', providerId: 'gmail' }, read('534-5.7.9'), { type: 'open', at: 4000 });
    expect(openedOf(chosen).error).toEqual({ text: '534-5.7.9', reading });
    // The webmail takes the password: the program keeps an old one (the technician's), not a password to recover.
    expect(screenOf(advance(chosen, answer('works')))).toEqual({
      kind: 'verdict',
      verdict: 'mail-client',
      reason: 'error-reading',
    });
  });

  it('changes the verdict in place when read on the mail-program verdict, and is taken away with an empty text', () => {
    const verdict = advance(opened, answer('works'));
    expect(screenOf(verdict)).toMatchObject({ verdict: 'mail-client' });
    const blocked = { id: 'sender-blocked-spam', verdict: 'account' as const, decisive: true };
    const withError = advance(verdict, {
      type: 'read-error',
      text: '550 5.7.1 blocked for spam',
      reading: blocked,
      at: 3000,
    });
    expect(screenOf(withError)).toMatchObject({ verdict: 'account', reason: 'error-reading' });
    expect(openedOf(withError).answeredAt).toBe(3000);
    expect(screenOf(advance(withError, read('', null)))).toMatchObject({ verdict: 'mail-client' });
  });

  it('an unknown message stays, unread, and never changes the verdict', () => {
    const verdict = advance(advance(opened, answer('works')), read('boh', null));
    expect(openedOf(verdict).error).toEqual({ text: 'boh', reading: null });
    expect(screenOf(verdict)).toMatchObject({ verdict: 'mail-client', reason: 'webmail-works' });
  });

  it('starting over forgets it (a decisive one would show its verdict again at once)', () => {
    expect(advance(advance(opened, read('x')), { type: 'restart' })).not.toHaveProperty('error');
  });

  it.each<[string, unknown, unknown]>([
    ['a valid one', { text: '550 5.1.1', reading: { ...reading } }, { text: '550 5.1.1', reading }],
    [
      'a reading of an unknown verdict',
      { text: 'x', reading: { id: 'a', verdict: 'explode', decisive: true } },
      { text: 'x', reading: null },
    ],
    ['control characters', { text: 'a\u202Eb', reading }, undefined],
    ['too long', { text: 'x'.repeat(601), reading }, undefined],
    ['not text', { text: 5 }, undefined],
  ])('reads a stored error defensively: %s', (_, stored, expected) => {
    expect(parseWizardState({ providerId: 'a', openedAt: 1, error: stored }).error).toEqual(expected);
  });
});

describe('the questions a follow-up leads to, a suspicious email, the page read on the click', () => {
  it('the phone question: answered only when asked, and Back takes it back first', () => {
    const asked = ['page-failed', 'internet-works'].map((h) => answer(h as AnswerHook)).reduce(advance, opened);
    expect(screenOf(asked)).toEqual({ kind: 'question', question: 'phone' });
    expect(advance(opened, answer('phone-works'))).toBe(opened);
    const answered = advance(asked, answer('phone-works'));
    expect(screenOf(answered)).toEqual({ kind: 'verdict', verdict: 'network', reason: 'phone-works' });
    expect(screenOf(advance(answered, { type: 'back' }))).toEqual({ kind: 'question', question: 'phone' });
  });

  it('where the mailbox is read: answered on the webmail-works verdict, once; Back takes it back', () => {
    const works = advance(opened, answer('works'));
    expect(screenOf(works)).toEqual({ kind: 'verdict', verdict: 'mail-client', reason: 'webmail-works' });
    const gmail = advance(works, answer('reader-gmail'));
    expect(screenOf(gmail)).toEqual({ kind: 'verdict', verdict: 'middle-man', reason: 'gmail-fetch' });
    expect(advance(gmail, answer('reader-phone'))).toBe(gmail);
    expect(screenOf(advance(gmail, { type: 'back' }))).toEqual(screenOf(works));
    expect(advance(opened, answer('reader-gmail'))).toBe(opened);
    expect(parseWizardState(JSON.parse(JSON.stringify(gmail)))).toEqual(gmail);
  });

  it('a line slow for every site, on screen when the user said other sites open, is the line', () => {
    const asked = advance(opened, answer('page-failed'));
    const slow = { internet: 'slow', webmail: 'unknown' } as const;
    // On screen: the slow line is said, not taken: the user answers after letting it load.
    expect(openedOf(asked).answers).toEqual({ outcome: 'page-failed' });
    const answered = advance(asked, { type: 'follow-up', answer: 'internet-works', at: 3000, evidence: slow });
    expect(screenOf(answered)).toEqual({ kind: 'verdict', verdict: 'internet', reason: 'slow-line' });
    // Accepting on purpose ("it doesn't open even after waiting") is the same verdict.
    const accepted = advance(asked, { type: 'accept-checks', at: 3000, evidence: slow });
    expect(screenOf(accepted)).toEqual({ kind: 'verdict', verdict: 'internet', reason: 'slow-line' });
  });

  it('a suspicious email from the first screen: the phishing verdict, the typed question, back and restart', () => {
    const chosen = run({ type: 'choose', providerId: 'aruba' });
    const suspicious = advance(chosen, { type: 'suspicious', at: 5000 });
    expect(suspicious).toEqual({ stage: 'suspicious', providerId: 'aruba', address: null, at: 5000 });
    expect(screenOf(suspicious)).toEqual({ kind: 'verdict', verdict: 'phishing', reason: 'phishing' });
    const typed = advance(suspicious, { type: 'second', answer: 'typed-yes', at: 6000 });
    expect(screenOf(typed)).toEqual({ kind: 'verdict', verdict: 'phishing', reason: 'phishing-typed' });
    expect(advance(typed, { type: 'second', answer: 'phone-works', at: 6000 })).toBe(typed);
    expect(advance(typed, { type: 'back' })).toEqual(suspicious);
    expect(advance(suspicious, { type: 'back' })).toEqual(chosen);
    expect(parseWizardState(JSON.parse(JSON.stringify(typed)))).toEqual(typed);
    expect(isAwaitingAnswer(typed)).toBe(false);
  });

  it('the page read on the click is kept for its own check only, and read back from storage within its shape', () => {
    const reading = { id: 'fortiguard', kind: 'blocked', status: 403 } as const;
    const read = advance(opened, { type: 'page-read', reading, openedAt: 1000 });
    expect(openedOf(read).page).toEqual(reading);
    expect(advance(opened, { type: 'page-read', reading, openedAt: 999 })).toBe(opened);
    expect(screenOf(read)).toMatchObject({ suggestion: { fact: 'page-blocked', verdict: 'network' } });
    const accepted = advance(read, { type: 'accept-checks', at: 2000, evidence: { internet: 'up', webmail: 'up' } });
    expect(screenOf(accepted)).toEqual({ kind: 'verdict', verdict: 'network', reason: 'blocked-page' });
    expect(openedOf(parseWizardState(JSON.parse(JSON.stringify(read)))).page).toEqual(reading);
    const hostile = { ...read, page: { id: 'x'.repeat(500), kind: 'rm -rf', status: 99999, text: 'secret' } };
    expect(openedOf(parseWizardState(hostile)).page).toBeUndefined();
    const odd = { ...read, page: { id: 'sophos', kind: 'rm -rf', status: 99999, text: 'secret' } };
    expect(openedOf(parseWizardState(odd)).page).toEqual({ id: 'sophos' });
  });
});
