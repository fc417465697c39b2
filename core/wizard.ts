// The wizard's transitions once the webmail is open (the answers, back, the probes' facts) and the screen each
// state shows, pure. The state itself, the first screen's transitions and the stored state's reader are in
// core/wizard-state.ts (the popup's first paint); this module loads with the check screens and the background.
// The types rule out impossible states: answers exist only once the webmail was opened, and each question has its
// own event with its own typed answer.

import { type Answers, followUps, outcomeOfFollowUp, type Step, secondQuestionOf } from './answers';
import { type Context, decide, decideSuspicious } from './decide';
import { type Evidence, noEvidence } from './probes/results';
import {
  type Answer,
  advanceStart,
  choosing,
  staleAfterMs,
  type TypedAnswer,
  type WizardEvent,
  type WizardState,
} from './wizard-state';

// The state's names live in core/wizard-state.ts; the check screens and the tests import them from here too.

export type Screen = { kind: 'pick' } | Step;

/**
 * What the rule knows besides the answers: the pasted error's reading, and whether an outage is known (an open
 * incident, the webmail down: `outageKnown` in core/probes/record.ts; by default, what the evidence shows).
 */
export function contextOf(
  state: WizardState,
  evidence: Evidence,
  outage = evidence.webmail === 'down',
  elsewhereUp = false,
): Context {
  return {
    ...(state.error?.reading ? { reading: state.error.reading } : {}),
    outage,
    elsewhereUp,
    ...(state.stage === 'opened' && state.page ? { page: state.page } : {}),
  };
}

/** The screen of a state; `outage` and `elsewhereUp` as core/probes/record.ts tells them from the checks' record. */
export function screenOf(
  state: WizardState,
  evidence: Evidence = noEvidence,
  outage?: boolean,
  elsewhereUp?: boolean,
): Screen {
  if (state.stage === 'choosing') return { kind: 'pick' };
  if (state.stage === 'suspicious') return decideSuspicious(state.typed);
  return decide(state.answers, evidence, contextOf(state, evidence, outage, elsewhereUp));
}

/** True when the webmail was opened more than an hour ago and the question is still open. */
export function isStale(state: WizardState, now: number): boolean {
  return (
    state.stage === 'opened' &&
    now - state.openedAt > staleAfterMs &&
    decide(state.answers, noEvidence, contextOf(state, noEvidence)).kind === 'question'
  );
}

/** True while the user has opened the webmail and the extension waits for an answer: the badge shows then. */
export function isAwaitingAnswer(state: WizardState, evidence: Evidence = noEvidence, now = Date.now()): boolean {
  return screenOf(state, evidence).kind === 'question' && !isStale(state, now);
}

/**
 * The answers with the fact the checks (or the page) establish for the question on screen, when they establish one
 * and it leads somewhere: an accepted fact is an answer.
 */
function withCheckedFact(
  answers: Answers,
  evidence: Evidence | undefined,
  context: Context = {},
  /** Accepting on purpose; a slow line is otherwise only said ("let it load, then answer"), never taken along. */
  accepting = false,
): Answers {
  if (!evidence) return answers;
  const step = decide(answers, evidence, context);
  return step.kind === 'question' && step.suggestion && (accepting || step.suggestion.fact !== 'internet-slow')
    ? { ...answers, checked: step.suggestion.fact }
    : answers;
}

/**
 * The answers after one more, or undefined when it does not answer the question on screen. A line slow for every
 * site, on screen when the user said other sites open, goes with the answer: it is the line, never an outage.
 */
function applyAnswer(answers: Answers, answer: Answer, evidence?: Evidence): Answers | undefined {
  const step = decide(answers);
  if (answer.type === 'second') {
    const question = secondQuestionOf(answer.answer);
    // The phone is a question; the typed and the reader questions are asked on their verdicts.
    const asked =
      question === 'phone'
        ? step.kind === 'question' && step.question === 'phone'
        : question === 'typed'
          ? step.kind === 'verdict' && step.reason === 'phishing'
          : step.kind === 'verdict' && answers.outcome === 'works' && answers.second === undefined;
    return asked ? ({ ...answers, second: answer.answer } as Answers) : undefined;
  }
  if (step.kind !== 'question') return undefined;
  if (answer.type === 'outcome') return step.question === 'outcome' ? { outcome: answer.outcome } : undefined;
  const outcome = outcomeOfFollowUp(answer.answer);
  if (answers.outcome !== outcome || step.question !== followUps[outcome].question) return undefined;
  const slow = answer.answer === 'internet-works' && evidence?.internet === 'slow' ? { checked: 'internet-slow' } : {};
  return { ...answers, followUp: answer.answer, ...slow } as Answers;
}

export function advance(state: WizardState, event: WizardEvent): WizardState {
  switch (event.type) {
    case 'check-again':
      return state.stage === 'opened' ? { ...state, checkRequestedAt: event.at } : state;
    case 'second':
    case 'outcome':
    case 'follow-up': {
      if (state.stage === 'suspicious') {
        const typed = event.type === 'second' && (event.answer === 'typed-yes' || event.answer === 'typed-no');
        return typed ? { ...state, typed: event.answer as TypedAnswer } : state;
      }
      if (state.stage !== 'opened') return state;
      const answers = applyAnswer(state.answers, event, event.evidence);
      if (!answers) return state;
      const context = contextOf(state, noEvidence);
      return { ...state, answers: withCheckedFact(answers, event.evidence, context), answeredAt: event.at };
    }
    case 'accept-checks': {
      if (state.stage !== 'opened') return state;
      const answers = withCheckedFact(state.answers, event.evidence, contextOf(state, event.evidence), true);
      return answers === state.answers ? state : { ...state, answers, answeredAt: event.at };
    }
    case 'back': {
      if (state.stage === 'suspicious') {
        if (!state.typed) return choosing(state);
        const { typed: _, ...rest } = state;
        return rest;
      }
      if (state.stage !== 'opened') return state;
      // Back to the last question: the last answer (or accepted fact) is taken back.
      const answers = state.answers;
      if (answers.outcome !== undefined && answers.second !== undefined) {
        const { second: _, ...rest } = answers;
        return { ...state, answers: rest as Answers };
      }
      if (answers.outcome !== undefined && (answers.followUp !== undefined || answers.checked)) {
        return { ...state, answers: { outcome: answers.outcome } };
      }
      if (answers.outcome !== undefined || answers.checked) return { ...state, answers: {} };
      return choosing(state);
    }
    default:
      return advanceStart(state, event);
  }
}
