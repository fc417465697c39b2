// The wizard's state and what the first screen does with it (choose, open, read an error, start over): pure, and all
// the popup's first paint needs (a stored state is read back by core/stored/wizard.ts). The rest of the transitions
// (the answers, back, the probes' facts) are in core/wizard.ts, loaded with the check screens.

import type { Answers, ErrorReading, FollowUpAnswer, Outcome, PageReading, SecondAnswer } from './answers';
import type { Evidence } from './probes/results';

/** The mail program's error as the user pasted it (cleaned and cut), and what the reader made of it. */
export interface MailErrorState {
  text: string;
  /** Null: the reader does not recognise it (never a guess); it still goes in the report. */
  reading: ErrorReading | null;
}

/** Choosing a provider: nothing opened, nothing answered. */
export interface ChoosingState {
  stage: 'choosing';
  /** The mail program's error, when the user pasted it on the first screen. */
  error?: MailErrorState | null;
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
  /** The mail program's error, pasted on the first screen or on the verdict. */
  error?: MailErrorState | null;
  /** What the webmail page showed, read once on the user's click (core/page-notices.ts): never its text. */
  page?: PageReading;
}

/** A suspicious email reported on the first screen ("I received a strange email about my mailbox"). */
export interface SuspiciousState {
  stage: 'suspicious';
  providerId: string | null;
  address: string | null;
  /** When the user said so (the verdict's time). */
  at: number;
  /** Whether a password was typed on the page the email opened, once answered. */
  typed?: TypedAnswer;
  error?: MailErrorState | null;
}

export type TypedAnswer = 'typed-yes' | 'typed-no';

export type WizardState = ChoosingState | OpenedState | SuspiciousState;

export const initialWizard: ChoosingState = { stage: 'choosing', providerId: null, address: null };

/** A check left unanswered for longer than this is not resumed as current: its measurements are old. */
export const staleAfterMs = 60 * 60 * 1000;

/** One answer to one question, as its button sends it. */
export type Answer =
  | { type: 'outcome'; outcome: Outcome }
  | { type: 'follow-up'; answer: FollowUpAnswer }
  /** The answer to the question a follow-up led to (the phone, a password typed on a scam's page). */
  | { type: 'second'; answer: SecondAnswer };

export type WizardEvent =
  | { type: 'choose'; providerId: string; address?: string }
  | { type: 'open'; at: number }
  /** `evidence`: what the checks showed on screen when the user answered; a fact they establish is taken along. */
  | (Answer & { at: number; evidence?: Evidence })
  /** The user accepts what the checks found ("see the verdict"). */
  | { type: 'accept-checks'; at: number; evidence: Evidence }
  | { type: 'check-again'; at: number }
  /** The mail program's error, read (`reading` from core/mail-errors.ts); `text: ''` takes it away. */
  | { type: 'read-error'; text: string; reading: ErrorReading | null; at: number }
  /** What the webmail page shows, read on the user's click; only for the check it belongs to (`openedAt`). */
  | { type: 'page-read'; reading: PageReading; openedAt: number }
  /** "I received a strange email about my mailbox or my password", on the first screen. */
  | { type: 'suspicious'; at: number }
  | { type: 'back' }
  | { type: 'restart' };

export function choosing(state: WizardState): ChoosingState {
  return { stage: 'choosing', providerId: state.providerId, address: state.address, ...errorOf(state) };
}

const errorOf = (state: WizardState) => (state.error ? { error: state.error } : {});

/**
 * The first screen's transitions. Any other event (an answer, back, the probes' facts) leaves the state as it is:
 * those are core/wizard.ts's, which hands these here.
 */
export function advanceStart(state: WizardState, event: WizardEvent): WizardState {
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
            ...errorOf(state),
          };
    case 'read-error': {
      const { error: _, ...rest } = state;
      if (event.text === '') return rest;
      return {
        ...rest,
        error: { text: event.text, reading: event.reading },
        // Read on a verdict, it changes the verdict: the verdict's time is now.
        ...(state.stage === 'opened' && state.answers.outcome !== undefined ? { answeredAt: event.at } : {}),
      };
    }
    case 'suspicious':
      return state.stage === 'choosing'
        ? { stage: 'suspicious', providerId: state.providerId, address: state.address, at: event.at }
        : state;
    case 'page-read':
      return state.stage === 'opened' && state.openedAt === event.openedAt ? { ...state, page: event.reading } : state;
    case 'restart':
      // The provider and a typed address stay: starting over should not make the user look for them again. The
      // error goes: a decisive one would show its verdict again at once.
      return { stage: 'choosing', providerId: state.providerId, address: state.address };
    default:
      return state;
  }
}
