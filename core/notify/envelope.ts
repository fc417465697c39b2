// A check's envelope: one versioned JSON shape (docs/webmail-first-check.schema.json), sent as it is by the webhook and
// written out as text, a card or a message for the others; and the inert text that outside words become. Pure.
import type { Answers, Reason, VerdictId } from '../answers';
import { unsafeTextCharacters } from '../guards';
import type { ProbeResult } from '../probes/results';

// ---------------------------------------------------------------------------------------------------------------
// The envelope: one versioned JSON shape (docs/webmail-first-check.schema.json), sent as it is by the webhook and
// written out as text, a card or a message for the others.

export const envelopeFormat = 'webmail-first-check';
export const envelopeVersion = 1;

export interface CheckEnvelope {
  format: typeof envelopeFormat;
  version: typeof envelopeVersion;
  /** One per check, across installations: the receiver can drop a message it already has. */
  id: string;
  /** What the client reads over the phone ("WF-7K3Q"). */
  code: string;
  /** The verdict's time and the webmail's opening, ISO 8601. */
  time: string;
  openedAt: string;
  /** As the administrator named them; the person and the address only when the user typed them. */
  client: string | null;
  person: string | null;
  address: string | null;
  provider: { id: string; name: string; webmailUrl: string };
  verdict: VerdictId;
  reason: Reason;
  /** The verdict in words, in the user's language. */
  headline: string;
  answers: Answers;
  /** The automatic checks, each with its time in ms. */
  checks: ProbeResult[];
  incident: { id: string; ticket: string | null; since: string | null } | null;
  error: { text: string; reading: string | null; meaning: string | null } | null;
  /** The report as the user can read it: a ticket's subject and body. */
  report: { subject: string; body: string };
  language: string;
  extension: { name: string; version: string };
  browser: string;
  /** True when the policy sent it without a click. */
  automatic: boolean;
  /** True for the options page's "Send a test": no check behind it. */
  test: boolean;
}

/** What the screens and the background hand in to write a check's envelope. */
export interface EnvelopeInput {
  id: string;
  code: string;
  at: number;
  answeredAt?: number;
  client?: string | undefined;
  person?: string | undefined;
  address?: string | undefined;
  provider: { id: string; name: string; webmailUrl: string };
  verdict: VerdictId;
  reason: Reason;
  headline: string;
  answers: Answers;
  results: readonly ProbeResult[] | null;
  incident?: { id: string; ticket?: string; since?: string } | undefined;
  error?: { text: string; reading?: string | undefined; meaning?: string | undefined } | undefined;
  report: { subject: string; body: string };
  language: string;
  extensionName: string;
  version: string;
  browser: string;
  automatic: boolean;
  test?: boolean;
}

const orNull = (text: string | undefined) => (text?.trim() ? text.trim() : null);

export function envelopeOf(input: EnvelopeInput): CheckEnvelope {
  return {
    format: envelopeFormat,
    version: envelopeVersion,
    id: input.id,
    code: input.code,
    time: new Date(input.answeredAt ?? input.at).toISOString(),
    openedAt: new Date(input.at).toISOString(),
    client: orNull(input.client),
    person: orNull(input.person),
    address: orNull(input.address),
    provider: input.provider,
    verdict: input.verdict,
    reason: input.reason,
    headline: input.headline,
    answers: input.answers,
    checks: (input.results ?? []).map(({ kind, host, status, ms }) => ({ kind, host, status, ms })),
    incident: input.incident
      ? { id: input.incident.id, ticket: input.incident.ticket ?? null, since: input.incident.since ?? null }
      : null,
    error: input.error
      ? { text: input.error.text, reading: input.error.reading ?? null, meaning: input.error.meaning ?? null }
      : null,
    report: input.report,
    language: input.language,
    extension: { name: input.extensionName, version: input.version },
    browser: input.browser,
    automatic: input.automatic,
    test: input.test === true,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Text from outside (typed by the user, pasted from a bounce an outside server wrote) reaches the consultant as inert
// text: no control, direction or zero-width characters, no Markdown link and no bare link a phone would make
// clickable ("[Re-validate your mailbox](https://evil.example)" in a bounce became a link in the Teams card: the
// review's L4). Trusted text (the catalogue's and the policy's addresses) is left as it is.

/** Control and direction characters (the validators' own set), and the zero-width ones a link can hide behind. */
const invisibleCharacters = new RegExp(`${unsafeTextCharacters.source}|[\u200B-\u200D\u2060\uFEFF]`, 'g');

/**
 * Outside text made inert, on one line: control, direction and zero-width characters become spaces, and a link's scheme or "www." is broken ("https[:]//evil.example", "www[.]evil.example") so that no
 * service, Markdown renderer or phone turns it into a link. Markdown marks stay as typed: every channel shows text as
 * it is (a Teams `TextRun`, ntfy without its Markdown header, Telegram without `parse_mode`), so an escape would show.
 */
export function inertText(text: string): string {
  return text
    .replace(invisibleCharacters, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\b([a-z][a-z0-9+.-]{1,15}):\/\//gi, '$1[:]//')
    .replace(/\bwww\./gi, 'www[.]')
    .trim();
}
