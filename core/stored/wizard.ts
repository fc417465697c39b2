// The wizard's state (session:wizard) read back from storage: on the popup's first paint, so small and without
// valibot. Every stored item has its parser in this folder, one file per item (the popup's first paint loads only
// this one and checks.ts, own-provider.ts and settings-cache.ts); the limits are core/limits.ts's.

import {
  type Answers,
  asksFollowUp,
  type CheckedFact,
  checkedFacts,
  type ErrorReading,
  type ErrorReason,
  errorReasons,
  type FollowUpAnswer,
  followUps,
  type NoticeKind,
  noticeKinds,
  type Outcome,
  outcomes,
  type PageReading,
  readingVerdicts,
  type SecondAnswer,
  secondQuestions,
} from '../answers';
import { cleanText, isRecord, isTime } from '../guards';
import { addressLimit, errorTextLimit, idLimit } from '../limits';
import { initialWizard, type MailErrorState, type TypedAnswer, type WizardState } from '../wizard-state';

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
  const then = Object.values(secondQuestions).find(
    (q) => q.after === outcome && (q.answers as readonly unknown[]).includes(raw.second),
  )
    ? { second: raw.second as SecondAnswer }
    : {};
  return { outcome, ...fits, ...then, ...checked } as Answers;
}

/** A stored page reading: an entry id within the limit, a known kind, an HTTP status. Nothing else is kept. */
export function parsePageReading(value: unknown): PageReading | undefined {
  if (!isRecord(value) || typeof value.id !== 'string' || value.id.length === 0 || value.id.length > idLimit) {
    return undefined;
  }
  const kind = (noticeKinds as readonly unknown[]).includes(value.kind) ? { kind: value.kind as NoticeKind } : {};
  const status =
    typeof value.status === 'number' && Number.isInteger(value.status) && value.status >= 100 && value.status < 600
      ? { status: value.status }
      : {};
  return { id: value.id, ...kind, ...status };
}

/** A stored error reading: only a verdict this version knows, only booleans for the flags. */
function parseReading(value: unknown): ErrorReading | null {
  if (!isRecord(value) || typeof value.id !== 'string' || value.id.length > idLimit) return null;
  if (!(readingVerdicts as readonly unknown[]).includes(value.verdict)) return null;
  return {
    id: value.id,
    verdict: value.verdict as ErrorReading['verdict'],
    decisive: value.decisive === true,
    ...(value.authentication === true ? { authentication: true } : {}),
    ...((errorReasons as readonly unknown[]).includes(value.reason) ? { reason: value.reason as ErrorReason } : {}),
  };
}

/** A stored pasted error: text within the limit and without control characters, its reading re-checked. */
export function parseMailError(value: unknown): MailErrorState | undefined {
  if (!isRecord(value) || typeof value.text !== 'string') return undefined;
  const text = cleanText(value.text, errorTextLimit);
  return text ? { text, reading: parseReading(value.reading) } : undefined;
}

/**
 * Reads a stored state defensively: anything malformed falls back to a fresh start, never a crash. A state stored
 * by version 0.1 (no `stage`; `openedAt: null` while choosing) reads the same way.
 */
export function parseWizardState(value: unknown): WizardState {
  if (!isRecord(value)) return initialWizard;
  const providerId = typeof value.providerId === 'string' ? value.providerId : null;
  const address = typeof value.address === 'string' && value.address.length <= addressLimit ? value.address : null;
  const openedAt = isTime(value.openedAt) ? value.openedAt : null;
  const error = parseMailError(value.error);
  const withError = error ? { error } : {};
  if (value.stage === 'suspicious' && isTime(value.at)) {
    const typed =
      value.typed === 'typed-yes' || value.typed === 'typed-no' ? { typed: value.typed as TypedAnswer } : {};
    return { stage: 'suspicious', providerId, address, at: value.at, ...typed, ...withError };
  }
  if (providerId === null || openedAt === null || value.stage === 'choosing') {
    return { stage: 'choosing', providerId, address, ...withError };
  }
  const page = parsePageReading(value.page);
  return {
    stage: 'opened',
    providerId,
    address,
    openedAt,
    checkRequestedAt: isTime(value.checkRequestedAt) ? value.checkRequestedAt : openedAt,
    answers: parseAnswers(value.answers),
    answeredAt: isTime(value.answeredAt) ? value.answeredAt : null,
    ...withError,
    ...(page ? { page } : {}),
  };
}
