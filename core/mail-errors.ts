// The mail program's own error, read: its Outlook hex code, its enhanced SMTP status code and its words, matched
// against core/data/mail-errors.json. Pure and local: the text never leaves the machine. A hex code wins over
// localised text; an enhanced status code with its text wins over the bare code; among the rest, the longest phrase.
// Never a guess: text that matches nothing is "not recognised".

import type { ErrorReading, ErrorReason, ReadingVerdict } from './answers';
import data from './data/mail-errors.json';
import { fold } from './fold';
import { enhancedStatusCodes, unsafeTextCharacters } from './guards';
import { errorTextLimit } from './limits';

export interface MailErrorEntry {
  id: string;
  verdict: ReadingVerdict;
  /** The verdict's reason, where the entry knows it better than "the error decided" (a message too big). */
  reason?: ErrorReason;
  decisive?: boolean;
  /**
   * Decisive only with its SMTP status code beside the words: generic words ("does not exist", "quota exceeded") also
   * appear in the user's own server's messages, where they mean the user's mailbox, not the recipient's.
   */
  decisiveOnlyWithCode?: boolean;
  /** Words that rule this entry out: the contexts where its phrases speak of the user's own mailbox. */
  unless?: string[];
  authentication?: boolean;
  hex?: string[];
  codes?: string[];
  phrases?: string[];
  meaning: { it: string; en: string };
  examples: string[];
  source: string;
}

export const mailErrors = data.errors as MailErrorEntry[];

/** A pasted message made safe to keep: control and direction characters become spaces, runs of space one, cut. */
export function cleanErrorText(text: string): string {
  return text
    .replace(new RegExp(unsafeTextCharacters.source, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, errorTextLimit);
}

/**
 * Whether folded text holds a phrase; a phrase with "…" holds its parts in order with anything between (a host name:
 * "connection to server … timed out").
 */
function hasPhrase(folded: string, phrase: string): boolean {
  let from = 0;
  for (const part of phrase.split('…').map((p) => p.trim())) {
    const at = folded.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}

export type ErrorMatch = 'hex' | 'code-and-text' | 'text' | 'code';
const weight: Record<ErrorMatch, number> = { hex: 4000, 'code-and-text': 3000, text: 2000, code: 1000 };

/** The entry a message reads as, and how it matched; undefined when nothing matches. */
export function readMailError(
  text: string,
  entries: readonly MailErrorEntry[] = mailErrors,
): { entry: MailErrorEntry; match: ErrorMatch } | undefined {
  const folded = fold(text);
  const hexes = new Set((folded.match(/0x[0-9a-f]{8}/g) ?? []).map((h) => h));
  const codes = enhancedStatusCodes(folded);
  let best: { entry: MailErrorEntry; match: ErrorMatch; score: number } | undefined;
  for (const entry of entries) {
    if ((entry.unless ?? []).some((u) => folded.includes(fold(u)))) continue;
    const phrase = (entry.phrases ?? [])
      .filter((p) => hasPhrase(folded, fold(p)))
      .sort((a, b) => b.length - a.length)[0];
    const code = (entry.codes ?? []).some((c) => codes.has(c));
    const match: ErrorMatch | undefined = (entry.hex ?? []).some((h) => hexes.has(h))
      ? 'hex'
      : code && phrase
        ? 'code-and-text'
        : phrase
          ? 'text'
          : code
            ? 'code'
            : undefined;
    if (!match) continue;
    const score = weight[match] + (phrase?.length ?? 0);
    if (!best || score > best.score) best = { entry, match, score };
  }
  return best && { entry: best.entry, match: best.match };
}

/** The reading the rule takes (core/decide.ts), from an entry and how it matched. */
export function readingOf(entry: MailErrorEntry, match: ErrorMatch = 'code-and-text'): ErrorReading {
  const withCode = match === 'code-and-text' || match === 'code' || match === 'hex';
  return {
    id: entry.id,
    verdict: entry.verdict,
    decisive: entry.decisive === true && (withCode || entry.decisiveOnlyWithCode !== true),
    ...(entry.authentication ? { authentication: true } : {}),
    ...(entry.reason ? { reason: entry.reason } : {}),
  };
}

/** What an entry means, in the UI's language (Italian or English). */
export function meaningOf(entry: MailErrorEntry, language: string): string {
  return language.startsWith('it') ? entry.meaning.it : entry.meaning.en;
}
