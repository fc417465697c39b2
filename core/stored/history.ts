// The history of finished checks (local:history) read back: loaded with the history screen and the background.
// Answers and results go through the same readers as the live state.

import type { Reason, VerdictId } from '../answers';
import { isRecord, isTime, unsafeTextCharacters } from '../guards';
import type { HistoryEntry } from '../history';
import { addressLimit, historyLimit, idLimit, nameLimit } from '../limits';
import { type ChecksRecord, checksOfEntry } from '../probes/record';
import { reasonTexts, verdictTexts } from '../texts';
import { parseChecksRecord } from './checks';
import { parseMailError, parseWizardState } from './wizard';

/** A verdict or reason this version knows: the text tables have one entry each, checked complete by the compiler. */
const isKnown = (table: object, value: unknown) => typeof value === 'string' && Object.hasOwn(table, value);

/** A stored entry's pasted error: the same limits as the live state; the reading only as an entry id. */
function storedError(value: unknown): { error?: HistoryEntry['error'] } {
  const error = parseMailError(isRecord(value) ? { text: value.text } : undefined);
  if (!error || !isRecord(value)) return {};
  const reading =
    typeof value.reading === 'string' && value.reading.length <= idLimit && /^[a-z0-9-]+$/.test(value.reading)
      ? value.reading
      : undefined;
  return { error: { text: error.text, ...(reading ? { reading } : {}) } };
}

function parseEntry(value: unknown): HistoryEntry | undefined {
  if (!isRecord(value)) return undefined;
  const { at, providerId, providerName, webmailUrl, verdict, reason } = value;
  // Only times Date can format: a corrupt `at: 1e20` would make the history screen throw.
  if (!isTime(at)) return undefined;
  if (typeof providerId !== 'string' || typeof providerName !== 'string' || typeof webmailUrl !== 'string') {
    return undefined;
  }
  if (!URL.canParse(webmailUrl) || !isKnown(verdictTexts, verdict) || !isKnown(reasonTexts, reason)) return undefined;
  // Answers and results go through the same readers as the live state.
  const state = parseWizardState({ providerId, openedAt: at, answers: value.answers });
  if (state.stage !== 'opened') return undefined;
  const checks: ChecksRecord | null = parseChecksRecord({
    requestedAt: at,
    providerId,
    results: value.results,
    finishedAt: null,
    feed: value.feed,
    incident: value.incident,
    outside: value.outside,
    neighbours: value.neighbours,
  });
  // Written by 0.1 before names and addresses were checked: a direction character in the name, a line break in the
  // address would forge a line of a report (the review's L9). The name is made one clean line, the address its parsed
  // form (the URL parser drops tabs and line breaks): kept, not dropped.
  const name = providerName.replace(new RegExp(unsafeTextCharacters.source, 'g'), ' ').replace(/\s+/g, ' ').trim();
  return {
    at,
    ...(isTime(value.answeredAt) ? { answeredAt: value.answeredAt } : {}),
    providerId,
    providerName: name.slice(0, nameLimit) || providerId,
    webmailUrl: new URL(webmailUrl).href,
    verdict: verdict as VerdictId,
    reason: reason as Reason,
    answers: state.answers,
    ...checksOfEntry(checks),
    ...(typeof value.address === 'string' &&
    value.address.length <= addressLimit &&
    !unsafeTextCharacters.test(value.address)
      ? { address: value.address }
      : {}),
    ...storedError(value.error),
  };
}

/** Reads stored history: corrupt entries are dropped, the rest kept, order and limit restored. */
export function parseHistory(value: unknown): HistoryEntry[] {
  if (!Array.isArray(value)) return [];
  return value
    .map(parseEntry)
    .filter((e): e is HistoryEntry => e !== undefined)
    .sort((a, b) => b.at - a.at)
    .slice(0, historyLimit);
}
