// The history of finished checks, kept locally: the last 50, newest first. Pure: storage is the glue's job.

import type { Answers, Reason, VerdictId } from './answers';
import { findProvider } from './catalogue/choose';
import type { Provider } from './catalogue/provider';
import { unsafeTextCharacters } from './guards';
import { historyLimit } from './limits';
import type { NeighboursReading } from './neighbours';
import type { OutsideReading } from './probes/outside';
import {
  type ChecksRecord,
  checksOfEntry,
  currentChecks,
  elsewhereUp,
  type KnownIncident,
  outageKnown,
} from './probes/record';
import type { Evidence, ProbeResult } from './probes/results';
import type { FeedReading } from './probes/status-feed';
import { screenOf } from './wizard';
import type { WizardState } from './wizard-state';

export interface HistoryEntry {
  /** When the webmail was opened: also the entry's identity (one entry per check, updated as it settles). */
  at: number;
  /** When the user answered (the time of the verdict); missing in entries of version 0.1. */
  answeredAt?: number;
  providerId: string;
  /** Kept so that an entry still reads well if the provider leaves the catalogue. */
  providerName: string;
  webmailUrl: string;
  verdict: VerdictId;
  reason: Reason;
  answers: Answers;
  results: ProbeResult[] | null;
  feed?: FeedReading;
  address?: string;
  /** The consultant's open incident on the provider at the time, when their feed had one. */
  incident?: KnownIncident;
  /** The mail program's error as pasted (cleaned, cut), and the decoder entry it read as (none: not recognised). */
  error?: { text: string; reading?: string };
  /** What other networks' probes found (Globalping), with the measurement's id: evidence for the provider's ticket. */
  outside?: OutsideReading;
  /** How many of the consultant's other clients failed on the provider in the last half hour. */
  neighbours?: NeighboursReading;
}

/**
 * The facts of the current check once it has a verdict (undefined before): what the history keeps and what the
 * report is written from, for the verdict on screen and for a past check alike.
 */
export function entryOf(
  state: WizardState,
  checks: ChecksRecord | null | undefined,
  evidence: Evidence,
  catalogue: readonly Provider[],
): HistoryEntry | undefined {
  const run = currentChecks(state, checks);
  const screen = screenOf(state, evidence, outageKnown(run, evidence), elsewhereUp(run));
  const provider = findProvider(state.providerId, catalogue);
  if (screen.kind !== 'verdict' || state.stage !== 'opened' || !provider) return undefined;
  return {
    at: state.openedAt,
    ...(state.answeredAt !== null ? { answeredAt: state.answeredAt } : {}),
    providerId: provider.id,
    providerName: provider.name,
    webmailUrl: provider.webmailUrl,
    verdict: screen.verdict,
    reason: screen.reason,
    answers: state.answers,
    ...checksOfEntry(run),
    ...(state.address ? { address: state.address } : {}),
    ...(state.error
      ? { error: { text: state.error.text, ...(state.error.reading ? { reading: state.error.reading.id } : {}) } }
      : {}),
  };
}

/**
 * The facts of a finder's finding that the address's domain receives no mail, as a report is written from them:
 * the domain stands where the provider would, no webmail was opened, nothing was answered.
 */
export function domainEntry(domain: string, reason: 'domain-missing' | 'domain-no-mail', at: number): HistoryEntry {
  return {
    at,
    answeredAt: at,
    providerId: 'domain',
    providerName: domain,
    webmailUrl: `https://${domain}/`,
    verdict: 'account',
    reason,
    answers: {},
    results: null,
  };
}

/**
 * The facts of a verdict the mail program's error gave by itself on the first screen (a recipient's side, a blocked
 * account): no webmail opened, nothing answered; the chosen provider when there is one.
 */
export function errorEntry(
  provider: Pick<Provider, 'id' | 'name' | 'webmailUrl'> | undefined,
  providerName: string,
  error: { text: string; reading: { id: string; verdict: VerdictId } },
  at: number,
): HistoryEntry {
  return {
    at,
    answeredAt: at,
    providerId: provider?.id ?? 'unknown',
    providerName: provider?.name ?? providerName,
    webmailUrl: provider?.webmailUrl ?? '',
    verdict: error.reading.verdict,
    reason: 'error-reading',
    answers: {},
    results: null,
    error: { text: error.text, reading: error.reading.id },
  };
}

/** Inserts or updates the entry for its check, newest first, at most `historyLimit`. */
export function recordEntry(history: readonly HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  return [entry, ...history.filter((e) => e.at !== entry.at)].sort((a, b) => b.at - a.at).slice(0, historyLimit);
}

/**
 * One CSV cell: quoted when it holds the separator, a quote or a line break; and never a live formula: a cell a
 * spreadsheet would compute (starting with = + - @, a tab or a carriage return) is prefixed with an apostrophe.
 */
export function csvCell(value: string, separator = ','): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return safe.includes(separator) || /["\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export interface CsvLabels {
  header: string[];
  /** The client and the person, the same on every row (who sent the file). */
  client?: string;
  person?: string;
  verdictName: (v: VerdictId) => string;
  when: (at: number) => string;
  /**
   * The list separator of the user's spreadsheet: `;` where the decimal separator is a comma (Italian Excel
   * splits on `;` and would put a comma-separated file in one column).
   */
  separator?: ',' | ';';
}

/** CSV with a byte order mark (Excel reads UTF-8 accents then) and a header row. */
export function historyCsv(history: readonly HistoryEntry[], labels: CsvLabels): string {
  const separator = labels.separator ?? ',';
  const rows = history.map((e) => [
    labels.when(e.answeredAt ?? e.at),
    new Date(e.answeredAt ?? e.at).toISOString(),
    e.providerName,
    e.verdict,
    labels.verdictName(e.verdict),
    e.reason,
    e.address ?? '',
    labels.client ?? '',
    typedText(labels.person ?? ''),
  ]);
  const lines = [labels.header, ...rows].map((row) => row.map((cell) => csvCell(cell, separator)).join(separator));
  return `\uFEFF${lines.join('\r\n')}`;
}

/** The list separator a spreadsheet in this locale expects: `;` where numbers are written 2,5. */
export function csvSeparatorFor(locale: string): ',' | ';' {
  return new Intl.NumberFormat(locale).format(2.5).includes(',') ? ';' : ',';
}

/** Text the user typed (the person's name), as exports carry it: one line, no control or direction characters. */
export const typedText = (text: string): string =>
  text.replace(new RegExp(unsafeTextCharacters.source, 'g'), ' ').replace(/\s+/g, ' ').trim();

export function historyJson(history: readonly HistoryEntry[], from: { client?: string; person?: string } = {}): string {
  const person = from.person === undefined ? {} : { person: typedText(from.person) };
  return JSON.stringify({ format: 'webmail-first-history', version: 1, ...from, ...person, entries: history }, null, 2);
}
