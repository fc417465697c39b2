// The wizard's state and its transitions, pure. The popup keeps the state in session storage so that
// reopening the popup (which closes when the webmail tab opens) continues where the user left.
import { type Evidence, noEvidence, type ProbeResult, summarize } from './checks';
import { type Answers, type CheckedFact, checkedFacts, decide, type Outcome, outcomes, type Step } from './decide';
import { isRecord, isTime } from './guards';
import type { FeedReading } from './status-feed';

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
  /** When the automatic checks were last asked for (on opening the webmail, and on "check again"). */
  checkRequestedAt: number | null;
  /** The email address, only when the user typed it to find the provider (it goes in the report). */
  address: string | null;
  /** When the user last answered (or accepted what the checks found): the time of the verdict. */
  answeredAt: number | null;
}

export const initialWizard: WizardState = {
  providerId: null,
  openedAt: null,
  answers: {},
  checkRequestedAt: null,
  address: null,
  answeredAt: null,
};

/** A check left unanswered for longer than this is not resumed as current: its measurements are old. */
export const staleAfterMs = 60 * 60 * 1000;

/** One run of the automatic checks, written by the background script. */
export interface ChecksRecord {
  /** The wizard's checkRequestedAt this run answers. */
  requestedAt: number;
  providerId: string;
  /** Null while the checks run. */
  results: ProbeResult[] | null;
  finishedAt: number | null;
  /** The provider's incident feed, where it has one. */
  feed?: FeedReading;
  /** The consultant's open incident on this provider, when their feed has one: recorded with the check. */
  incident?: KnownIncident;
}

/** An incident the consultant already knows of, as the report and the history keep it. */
export interface KnownIncident {
  id: string;
  ticket?: string;
  since?: string;
}

function parseKnownIncident(value: unknown): KnownIncident | undefined {
  if (!isRecord(value) || typeof value.id !== 'string' || value.id.length > 60) return undefined;
  const text = (v: unknown) => (typeof v === 'string' && v.length <= 60 ? v : undefined);
  const ticket = text(value.ticket);
  const since = text(value.since);
  return { id: value.id, ...(ticket ? { ticket } : {}), ...(since ? { since } : {}) };
}

/** The checks belonging to the current request, if any. */
export function currentChecks(state: WizardState, checks: ChecksRecord | null | undefined): ChecksRecord | undefined {
  return checks && state.checkRequestedAt !== null && checks.requestedAt === state.checkRequestedAt
    ? checks
    : undefined;
}

export function evidenceOf(state: WizardState, checks: ChecksRecord | null | undefined): Evidence {
  return summarize(currentChecks(state, checks)?.results);
}

export type WizardEvent =
  | { type: 'choose'; providerId: string; address?: string }
  | { type: 'open'; at: number }
  /** `evidence`: what the checks showed on screen when the user answered; a fact they establish is taken along. */
  | { type: 'answer'; value: AnswerValue; at: number; evidence?: Evidence }
  /** The user accepts what the checks found ("see the verdict"). */
  | { type: 'accept-checks'; at: number; evidence: Evidence }
  | { type: 'check-again'; at: number }
  | { type: 'back' }
  | { type: 'restart' };

export type Screen = { kind: 'pick' } | Step;

export function screenOf(state: WizardState, evidence: Evidence = noEvidence): Screen {
  return state.openedAt === null ? { kind: 'pick' } : decide(state.answers, evidence);
}

/** True when the webmail was opened more than an hour ago and the question is still open. */
export function isStale(state: WizardState, now: number): boolean {
  return state.openedAt !== null && now - state.openedAt > staleAfterMs && decide(state.answers).kind === 'question';
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
      return state.openedAt === null
        ? { ...state, providerId: event.providerId, address: event.address ?? null }
        : state;
    case 'open':
      return state.providerId === null
        ? state
        : { ...state, openedAt: event.at, answers: {}, checkRequestedAt: event.at, answeredAt: null };
    case 'check-again':
      return state.openedAt === null ? state : { ...state, checkRequestedAt: event.at };
    case 'answer': {
      if (state.openedAt === null) return state;
      const answers = applyAnswer(state.answers, event.value, decide(state.answers));
      return answers ? { ...state, answers: withCheckedFact(answers, event.evidence), answeredAt: event.at } : state;
    }
    case 'accept-checks': {
      if (state.openedAt === null) return state;
      const answers = withCheckedFact(state.answers, event.evidence);
      return answers === state.answers ? state : { ...state, answers, answeredAt: event.at };
    }
    case 'back': {
      // Back to the last question: the last answer (or accepted fact) is taken back.
      const { outcome, passwordSure, otherSitesOpen, checked } = state.answers;
      if (outcome !== undefined && (passwordSure !== undefined || otherSitesOpen !== undefined || checked)) {
        return { ...state, answers: { outcome } };
      }
      if (outcome !== undefined || checked) return { ...state, answers: {} };
      return { ...state, openedAt: null, checkRequestedAt: null, answeredAt: null };
    }
    case 'restart':
      // The provider and a typed address stay: starting over should not make the user look for them again.
      return { ...initialWizard, providerId: state.providerId, address: state.address };
  }
}

/** Reads a stored state defensively: anything malformed falls back to a fresh start, never a crash. */
export function parseWizardState(value: unknown): WizardState {
  if (!isRecord(value)) return initialWizard;
  const providerId = typeof value.providerId === 'string' ? value.providerId : null;
  const openedAt = isTime(value.openedAt) ? value.openedAt : null;
  const raw = isRecord(value.answers) ? value.answers : {};
  const answers: Answers = {};
  if ((outcomes as readonly unknown[]).includes(raw.outcome)) answers.outcome = raw.outcome as Outcome;
  if (answers.outcome === 'login-failed' && typeof raw.passwordSure === 'boolean') {
    answers.passwordSure = raw.passwordSure;
  }
  if (answers.outcome === 'page-failed' && typeof raw.otherSitesOpen === 'boolean') {
    answers.otherSitesOpen = raw.otherSitesOpen;
  }
  if ((checkedFacts as readonly unknown[]).includes(raw.checked)) answers.checked = raw.checked as CheckedFact;
  const address = typeof value.address === 'string' && value.address.length <= 254 ? value.address : null;
  if (providerId === null || openedAt === null) return { ...initialWizard, providerId, address };
  const checkRequestedAt = isTime(value.checkRequestedAt) ? value.checkRequestedAt : null;
  const answeredAt = isTime(value.answeredAt) ? value.answeredAt : null;
  return { providerId, openedAt, answers, checkRequestedAt, address, answeredAt };
}

const probeKinds: readonly unknown[] = ['internet', 'webmail', 'webmail-dns'];
const probeStatuses: readonly unknown[] = ['ok', 'dns-failure', 'unreachable', 'timeout'];

function parseProbe(value: unknown): ProbeResult | undefined {
  if (!isRecord(value)) return undefined;
  const { kind, host, status, ms } = value;
  if (!probeKinds.includes(kind) || !probeStatuses.includes(status) || typeof host !== 'string') return undefined;
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0 || ms > 3_600_000) return undefined;
  return { kind, host, status, ms } as ProbeResult;
}

function parseFeed(value: unknown): FeedReading | undefined {
  if (!isRecord(value)) return undefined;
  if (value.state === 'none' || value.state === 'unavailable') return { state: value.state };
  if (value.state === 'incident' && typeof value.title === 'string') {
    return {
      state: 'incident',
      title: value.title,
      ...(typeof value.since === 'string' ? { since: value.since } : {}),
    };
  }
  return undefined;
}

/** Reads stored check results defensively: malformed probes are dropped, a malformed record is ignored. */
export function parseChecksRecord(value: unknown): ChecksRecord | null {
  if (!isRecord(value) || !isTime(value.requestedAt) || typeof value.providerId !== 'string') return null;
  const results = Array.isArray(value.results)
    ? value.results.map(parseProbe).filter((r): r is ProbeResult => r !== undefined)
    : null;
  const finishedAt = isTime(value.finishedAt) ? value.finishedAt : null;
  const feed = parseFeed(value.feed);
  const incident = parseKnownIncident(value.incident);
  return {
    requestedAt: value.requestedAt,
    providerId: value.providerId,
    results,
    finishedAt,
    ...(feed ? { feed } : {}),
    ...(incident ? { incident } : {}),
  };
}
