// The wizard's state, what the first screen does with it (choose, open, read an error, start over) and how a
// stored state is read back: pure, and all the popup's first paint needs. The rest of the transitions (the answers,
// back, the probes' facts) are in core/wizard.ts, loaded with the check screens.

import {
  type Answers,
  asksFollowUp,
  type CheckedFact,
  checkedFacts,
  type ErrorReading,
  type FollowUpAnswer,
  followUps,
  type Outcome,
  outcomes,
  verdictIds,
} from './answers';
import { cleanText, isRecord, isTime } from './guards';
import type { Evidence } from './probes/results';

/** How much of a pasted error is kept (the same limit as core/mail-errors.ts, which is loaded on demand). */
export const errorTextLimit = 600;

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
  /** The mail program's error, read (`reading` from core/mail-errors.ts); `text: ''` takes it away. */
  | { type: 'read-error'; text: string; reading: ErrorReading | null; at: number }
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
    case 'restart':
      // The provider and a typed address stay: starting over should not make the user look for them again. The
      // error goes: a decisive one would show its verdict again at once.
      return { stage: 'choosing', providerId: state.providerId, address: state.address };
    default:
      return state;
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
/** A stored error reading: only a verdict this version knows, only booleans for the flags. */
function parseReading(value: unknown): ErrorReading | null {
  if (!isRecord(value) || typeof value.id !== 'string' || value.id.length > 60) return null;
  if (!(verdictIds as readonly unknown[]).includes(value.verdict)) return null;
  return {
    id: value.id,
    verdict: value.verdict as ErrorReading['verdict'],
    decisive: value.decisive === true,
    ...(value.authentication === true ? { authentication: true } : {}),
  };
}

/** A stored pasted error: text within the limit and without control characters, its reading re-checked. */
export function parseMailError(value: unknown): MailErrorState | undefined {
  if (!isRecord(value) || typeof value.text !== 'string') return undefined;
  const text = cleanText(value.text, errorTextLimit);
  return text ? { text, reading: parseReading(value.reading) } : undefined;
}

export function parseWizardState(value: unknown): WizardState {
  if (!isRecord(value)) return initialWizard;
  const providerId = typeof value.providerId === 'string' ? value.providerId : null;
  const address = typeof value.address === 'string' && value.address.length <= 254 ? value.address : null;
  const openedAt = isTime(value.openedAt) ? value.openedAt : null;
  const error = parseMailError(value.error);
  const withError = error ? { error } : {};
  if (providerId === null || openedAt === null || value.stage === 'choosing') {
    return { stage: 'choosing', providerId, address, ...withError };
  }
  return {
    stage: 'opened',
    providerId,
    address,
    openedAt,
    checkRequestedAt: isTime(value.checkRequestedAt) ? value.checkRequestedAt : openedAt,
    answers: parseAnswers(value.answers),
    answeredAt: isTime(value.answeredAt) ? value.answeredAt : null,
    ...withError,
  };
}
