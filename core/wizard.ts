// The wizard's transitions once the webmail is open (the answers, back, the probes' facts) and the screen each
// state shows, pure. The state itself, the first screen's transitions and the stored state's reader are in
// core/wizard-state.ts (the popup's first paint); this module loads with the check screens and the background.
// The types rule out impossible states: answers exist only once the webmail was opened, and each question has its
// own event with its own typed answer.

import { type Answers, followUps, outcomeOfFollowUp, type Step } from './answers';
import { type Context, decide } from './decide';
import { type Evidence, noEvidence } from './probes/results';
import { type Answer, advanceStart, choosing, staleAfterMs, type WizardEvent, type WizardState } from './wizard-state';

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
  return { ...(state.error?.reading ? { reading: state.error.reading } : {}), outage, elsewhereUp };
}

/** The screen of a state; `outage` and `elsewhereUp` as core/probes/record.ts tells them from the checks' record. */
export function screenOf(
  state: WizardState,
  evidence: Evidence = noEvidence,
  outage?: boolean,
  elsewhereUp?: boolean,
): Screen {
  return state.stage === 'choosing'
    ? { kind: 'pick' }
    : decide(state.answers, evidence, contextOf(state, evidence, outage, elsewhereUp));
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

/** The answers with the fact the checks establish for the current question, when they establish one. */
function withCheckedFact(answers: Answers, evidence: Evidence | undefined): Answers {
  if (!evidence) return answers;
  const step = decide(answers, evidence);
  return step.kind === 'question' && step.suggestion ? { ...answers, checked: step.suggestion.fact } : answers;
}

/** The answers after one more, or undefined when it does not answer the question on screen. */
function applyAnswer(answers: Answers, answer: Answer): Answers | undefined {
  const step = decide(answers);
  if (step.kind !== 'question') return undefined;
  if (answer.type === 'outcome') return step.question === 'outcome' ? { outcome: answer.outcome } : undefined;
  const outcome = outcomeOfFollowUp(answer.answer);
  if (answers.outcome !== outcome || step.question !== followUps[outcome].question) return undefined;
  return { ...answers, followUp: answer.answer } as Answers;
}

export function advance(state: WizardState, event: WizardEvent): WizardState {
  switch (event.type) {
    case 'check-again':
      return state.stage === 'opened' ? { ...state, checkRequestedAt: event.at } : state;
    case 'outcome':
    case 'follow-up': {
      if (state.stage !== 'opened') return state;
      const answers = applyAnswer(state.answers, event);
      return answers ? { ...state, answers: withCheckedFact(answers, event.evidence), answeredAt: event.at } : state;
    }
    case 'accept-checks': {
      if (state.stage !== 'opened') return state;
      const answers = withCheckedFact(state.answers, event.evidence);
      return answers === state.answers ? state : { ...state, answers, answeredAt: event.at };
    }
    case 'back': {
      if (state.stage !== 'opened') return state;
      // Back to the last question: the last answer (or accepted fact) is taken back.
      const answers = state.answers;
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
