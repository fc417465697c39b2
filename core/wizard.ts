// The wizard's state and its transitions, pure. The popup keeps the state in session storage so that
// reopening the popup (which closes when the webmail tab opens) continues where the user left.
import { type Answers, decide, type Outcome, outcomes, type Step } from './decide';

/** The values of the answering controls' `data-outcome` hooks. */
export const answerValues = [
  ...outcomes,
  'password-sure',
  'password-unsure',
  'internet-works',
  'internet-down',
] as const;
export type AnswerValue = (typeof answerValues)[number];

export interface WizardState {
  /** The provider chosen in the picker; null until the user (or a policy) chooses one. */
  providerId: string | null;
  /** When the webmail was opened (ms since the epoch); null while the user is still choosing. */
  openedAt: number | null;
  answers: Answers;
}

export const initialWizard: WizardState = { providerId: null, openedAt: null, answers: {} };

export type WizardEvent =
  | { type: 'choose'; providerId: string }
  | { type: 'open'; at: number }
  | { type: 'answer'; value: AnswerValue }
  | { type: 'back' }
  | { type: 'restart' };

export type Screen = { kind: 'pick' } | Step;

export function screenOf(state: WizardState): Screen {
  return state.openedAt === null ? { kind: 'pick' } : decide(state.answers);
}

/** True while the user has opened the webmail and the extension waits for an answer: the badge shows then. */
export function isAwaitingAnswer(state: WizardState): boolean {
  return screenOf(state).kind === 'question';
}

function applyAnswer(answers: Answers, value: AnswerValue, question: Step): Answers | undefined {
  if (question.kind !== 'question') return undefined;
  switch (question.question) {
    case 'outcome':
      return (outcomes as readonly string[]).includes(value) ? { outcome: value as Outcome } : undefined;
    case 'password':
      if (value === 'password-sure' || value === 'password-unsure') {
        return { ...answers, passwordSure: value === 'password-sure' };
      }
      return undefined;
    case 'internet':
      if (value === 'internet-works' || value === 'internet-down') {
        return { ...answers, otherSitesOpen: value === 'internet-works' };
      }
      return undefined;
  }
}

export function advance(state: WizardState, event: WizardEvent): WizardState {
  switch (event.type) {
    case 'choose':
      return state.openedAt === null ? { ...state, providerId: event.providerId } : state;
    case 'open':
      return state.providerId === null ? state : { ...state, openedAt: event.at, answers: {} };
    case 'answer': {
      if (state.openedAt === null) return state;
      const answers = applyAnswer(state.answers, event.value, decide(state.answers));
      return answers ? { ...state, answers } : state;
    }
    case 'back': {
      const { outcome, passwordSure, otherSitesOpen } = state.answers;
      if (passwordSure !== undefined || otherSitesOpen !== undefined) return { ...state, answers: { outcome } };
      if (outcome !== undefined) return { ...state, answers: {} };
      return { ...state, openedAt: null };
    }
    case 'restart':
      // The provider stays chosen: starting over should not make the user look for it again.
      return { ...initialWizard, providerId: state.providerId };
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads a stored state defensively: anything malformed falls back to a fresh start, never a crash. */
export function parseWizardState(value: unknown): WizardState {
  if (!isRecord(value)) return initialWizard;
  const providerId = typeof value.providerId === 'string' ? value.providerId : null;
  const openedAt = typeof value.openedAt === 'number' && Number.isFinite(value.openedAt) ? value.openedAt : null;
  const raw = isRecord(value.answers) ? value.answers : {};
  const answers: Answers = {};
  if ((outcomes as readonly unknown[]).includes(raw.outcome)) answers.outcome = raw.outcome as Outcome;
  if (answers.outcome === 'login-failed' && typeof raw.passwordSure === 'boolean') {
    answers.passwordSure = raw.passwordSure;
  }
  if (answers.outcome === 'page-failed' && typeof raw.otherSitesOpen === 'boolean') {
    answers.otherSitesOpen = raw.otherSitesOpen;
  }
  if (providerId === null || openedAt === null) return { providerId, openedAt: null, answers: {} };
  return { providerId, openedAt, answers };
}
