// The wizard's state and its transitions, pure. The popup keeps the state in session storage so that
// reopening the popup (which closes when the webmail tab opens) continues where the user left.
// The types rule out impossible states: answers exist only once the webmail was opened, and each question has its
// own event with its own typed answer.
import { type Evidence, noEvidence } from './checks';
import {
  type Answers,
  asksFollowUp,
  type CheckedFact,
  type Context,
  checkedFacts,
  decide,
  type FollowUpAnswer,
  followUps,
  type Outcome,
  outcomeOfFollowUp,
  outcomes,
  type Step,
} from './decide';
import { isRecord, isTime } from './guards';

/** Choosing a provider: nothing opened, nothing answered. */
export interface ChoosingState {
  stage: 'choosing';
  /** The provider chosen in the picker; null until the user (or a policy) chooses one. */
  providerId: string | null;
  /** The email address, only when the user typed it to find the provider (it goes in the report). */
  address: string | null;
}

/** The webmail was opened: the questions, the automatic checks and the verdict. */
export interface OpenedState {
  stage: 'opened';
  providerId: string;
  address: string | null;
  /** When the webmail was opened (ms since the epoch). */
  openedAt: number;
  /** When the automatic checks were last asked for (on opening the webmail, and on "check again"). */
  checkRequestedAt: number;
  answers: Answers;
  /** When the user last answered (or accepted what the checks found): the time of the verdict. */
  answeredAt: number | null;
}

export type WizardState = ChoosingState | OpenedState;

export const initialWizard: ChoosingState = { stage: 'choosing', providerId: null, address: null };

/** A check left unanswered for longer than this is not resumed as current: its measurements are old. */
export const staleAfterMs = 60 * 60 * 1000;

/** One answer to one question, as its button sends it. */
export type Answer = { type: 'outcome'; outcome: Outcome } | { type: 'follow-up'; answer: FollowUpAnswer };

export type WizardEvent =
  | { type: 'choose'; providerId: string; address?: string }
  | { type: 'open'; at: number }
  /** `evidence`: what the checks showed on screen when the user answered; a fact they establish is taken along. */
  | (Answer & { at: number; evidence?: Evidence })
  /** The user accepts what the checks found ("see the verdict"). */
  | { type: 'accept-checks'; at: number; evidence: Evidence }
  | { type: 'check-again'; at: number }
  | { type: 'back' }
  | { type: 'restart' };

export type Screen = { kind: 'pick' } | Step;

export function screenOf(state: WizardState, evidence: Evidence = noEvidence, context: Context = {}): Screen {
  return state.stage === 'choosing' ? { kind: 'pick' } : decide(state.answers, evidence, context);
}

/** True when the webmail was opened more than an hour ago and the question is still open. */
export function isStale(state: WizardState, now: number): boolean {
  return state.stage === 'opened' && now - state.openedAt > staleAfterMs && decide(state.answers).kind === 'question';
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

function choosing(state: WizardState): ChoosingState {
  return { stage: 'choosing', providerId: state.providerId, address: state.address };
}

export function advance(state: WizardState, event: WizardEvent): WizardState {
  switch (event.type) {
    case 'choose':
      return state.stage === 'choosing'
        ? { ...state, providerId: event.providerId, address: event.address ?? null }
        : state;
    case 'open':
      return state.providerId === null
        ? state
        : {
            stage: 'opened',
            providerId: state.providerId,
            address: state.address,
            openedAt: event.at,
            checkRequestedAt: event.at,
            answers: {},
            answeredAt: null,
          };
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
    case 'restart':
      // The provider and a typed address stay: starting over should not make the user look for them again.
      return choosing(state);
  }
}

/**
 * The follow-up answer of a stored state. Versions up to 0.1 stored two booleans (`passwordSure`,
 * `otherSitesOpen`); they read as the answers they were.
 * TODO [2027-12-01]: drop the two booleans, a year after 0.2 stopped writing them.
 */
function storedFollowUp(raw: Record<string, unknown>): unknown {
  if (raw.followUp !== undefined) return raw.followUp;
  if (typeof raw.passwordSure === 'boolean') return raw.passwordSure ? 'password-sure' : 'password-unsure';
  if (typeof raw.otherSitesOpen === 'boolean') return raw.otherSitesOpen ? 'internet-works' : 'internet-down';
  return undefined;
}

/** Stored answers read back: a follow-up is kept only after the outcome that asks it. */
export function parseAnswers(value: unknown): Answers {
  const raw = isRecord(value) ? value : {};
  const checked = (checkedFacts as readonly unknown[]).includes(raw.checked)
    ? { checked: raw.checked as CheckedFact }
    : {};
  const outcome = (outcomes as readonly unknown[]).includes(raw.outcome) ? (raw.outcome as Outcome) : undefined;
  if (outcome === undefined) return checked;
  const followUp = storedFollowUp(raw);
  const fits =
    asksFollowUp(outcome) && (followUps[outcome].answers as readonly unknown[]).includes(followUp)
      ? { followUp: followUp as FollowUpAnswer }
      : {};
  return { outcome, ...fits, ...checked } as Answers;
}

/**
 * Reads a stored state defensively: anything malformed falls back to a fresh start, never a crash. A state stored
 * by version 0.1 (no `stage`; `openedAt: null` while choosing) reads the same way.
 */
export function parseWizardState(value: unknown): WizardState {
  if (!isRecord(value)) return initialWizard;
  const providerId = typeof value.providerId === 'string' ? value.providerId : null;
  const address = typeof value.address === 'string' && value.address.length <= 254 ? value.address : null;
  const openedAt = isTime(value.openedAt) ? value.openedAt : null;
  if (providerId === null || openedAt === null || value.stage === 'choosing') {
    return { stage: 'choosing', providerId, address };
  }
  return {
    stage: 'opened',
    providerId,
    address,
    openedAt,
    checkRequestedAt: isTime(value.checkRequestedAt) ? value.checkRequestedAt : openedAt,
    answers: parseAnswers(value.answers),
    answeredAt: isTime(value.answeredAt) ? value.answeredAt : null,
  };
}
