// The neighbours' tap: each finished check of a consultant's clients posts a minimal event to the consultant's ntfy
// topic, and before a verdict each client reads the topic back: "2 other clients of Studio Neri on Aruba could not
// read their mail in the last 30 minutes". The event carries nothing personal: the provider, the verdict and outcome,
// the time, and a random id of the installation's site (made once). Its shape: docs/webmail-first-neighbour.schema.json.
// Pure: the event, the requests (simple ones, the token as ntfy's `auth`), reading the poll back, counting.
import type { Answers, Outcome, VerdictId } from './answers';
import { ntfyAuthParam, ntfyPollUrl } from './ntfy';

export const neighbourFormat = 'webmail-first-neighbour';
export const neighbourVersion = 1;
/** How far back the neighbours are asked about. */
export const neighboursWindow = '30m';

export interface NeighbourEvent {
  format: typeof neighbourFormat;
  version: typeof neighbourVersion;
  /** A random id of this installation, made once: other sites are counted apart from this one. */
  site: string;
  provider: string;
  verdict: VerdictId;
  outcome: Outcome | null;
  /** Whether the user's own check failed on the provider (what the neighbours count). */
  failing: boolean;
  time: string;
}

/**
 * A check that failed on the provider's side as the user saw it: the webmail did not open (unless it opened on the
 * phone, or every site was slow: this network, this line), it showed a maintenance or another notice, the inbox
 * failed, or a password the user is sure of was refused.
 */
export function isFailing(answers: Answers): boolean {
  if (answers.outcome === 'page-failed') return answers.second !== 'phone-works' && answers.checked !== 'internet-slow';
  if (answers.outcome === 'page-notice') {
    return (
      answers.followUp === 'notice-maintenance' ||
      answers.followUp === 'notice-other' ||
      answers.checked === 'page-maintenance' ||
      answers.checked === 'page-unavailable'
    );
  }
  return (
    answers.outcome === 'inbox-failed' || (answers.outcome === 'login-failed' && answers.followUp === 'password-sure')
  );
}

export function neighbourEvent(check: {
  site: string;
  provider: string;
  verdict: VerdictId;
  answers: Answers;
  at: number;
}): NeighbourEvent {
  return {
    format: neighbourFormat,
    version: neighbourVersion,
    site: check.site,
    provider: check.provider,
    verdict: check.verdict,
    outcome: check.answers.outcome ?? null,
    failing: isFailing(check.answers),
    time: new Date(check.at).toISOString(),
  };
}

/** ntfy tags are words of letters, digits, dashes and underscores: a provider id fits. */
const tag = (word: string) => word.replace(/[^a-z0-9_-]/gi, '-');

/**
 * The publish request: a simple request (text body; title, tags and token in the query string), so no preflight.
 * Tags `wf`, the provider and `fail` or `ok`: the poll filters on them at the server.
 */
export function neighbourPost(topicUrl: string, event: NeighbourEvent, token?: string): { url: string; body: string } {
  const url = new URL(topicUrl);
  url.search = '';
  url.searchParams.set('t', `Webmail First: ${event.provider} ${event.failing ? 'fail' : 'ok'}`);
  url.searchParams.set('tags', ['wf', tag(event.provider), event.failing ? 'fail' : 'ok'].join(','));
  url.searchParams.set('p', '1');
  if (token) url.searchParams.set('auth', ntfyAuthParam(token));
  return { url: url.href, body: JSON.stringify(event) };
}

/** The poll: the last half hour's failing checks on the provider, filtered by the server (tags: all must match). */
export function neighbourPollUrl(topicUrl: string, provider: string, token?: string): string {
  return ntfyPollUrl(topicUrl, { token, since: neighboursWindow, tags: [tag(provider), 'fail'] });
}

const isEvent = (value: unknown): value is NeighbourEvent => {
  if (!value || typeof value !== 'object') return false;
  const e = value as Record<string, unknown>;
  return (
    e.format === neighbourFormat &&
    e.version === neighbourVersion &&
    typeof e.site === 'string' &&
    typeof e.provider === 'string' &&
    typeof e.failing === 'boolean'
  );
};

/**
 * The distinct other sites with a failing check on the provider, from a poll's answer (ntfy's ndjson: one JSON object
 * per line, `event: "message"` with the event as its `message`). Lines that are not such events are skipped: a
 * consultant's own note on the topic, a damaged line, an event of a later format.
 */
export function countNeighbours(ndjson: string, provider: string, ownSite: string): number {
  const sites = new Set<string>();
  for (const line of ndjson.split('\n').slice(0, 2_000)) {
    let message: unknown;
    try {
      const outer = JSON.parse(line) as { event?: unknown; message?: unknown };
      if (outer.event !== 'message' || typeof outer.message !== 'string') continue;
      message = JSON.parse(outer.message);
    } catch {
      continue;
    }
    if (isEvent(message) && message.failing && message.provider === provider && message.site !== ownSite) {
      sites.add(message.site);
    }
  }
  return sites.size;
}

/** What the neighbours said before the verdict: how many other sites failed, or why it is not known. */
export interface NeighboursReading {
  state: 'counted' | 'unavailable';
  count: number;
  at: number;
  why?: 'offline' | 'refused' | 'service-error' | 'timeout';
}
