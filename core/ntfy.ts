// ntfy as the extension uses it without host permissions: a request a web page may send (no preflight), the access
// token in the `auth` query parameter (base64url of the Authorization header, as ntfy's server reads it:
// server/server.go, readAuthHeader), and what a topic's answer to a read says about the credentials deployed.

/** The `auth` query parameter for an access token: base64url, without padding, of "Bearer <token>". */
export function ntfyAuthParam(token: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(`Bearer ${token}`)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * A poll of a topic's cached messages (`GET <topic>/json?poll=1&since=…`): the messages since then, one JSON object a
 * line, and nothing more (the request ends). With a token, it goes as `auth`, so the request stays simple.
 */
export function ntfyPollUrl(
  topicUrl: string,
  { token, since = '1m', tags }: { token?: string | undefined; since?: string; tags?: readonly string[] } = {},
): string {
  const url = new URL(topicUrl);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/json`;
  url.search = '';
  url.searchParams.set('poll', '1');
  url.searchParams.set('since', since);
  // The server filters: only messages carrying every tag come back.
  if (tags?.length) url.searchParams.set('tags', tags.join(','));
  if (token) url.searchParams.set('auth', ntfyAuthParam(token));
  return url.href;
}

/**
 * What a channel's credentials can do, as deployed to clients' computers: `reads` (anyone there could read every
 * report: never deploy it), `post-only` (they can only post: a webhook, a Teams flow, an ntfy write-only user),
 * `unknown` (the read could not be tried: no network, or an answer the browser may not read).
 */
export type ChannelReach = 'reads' | 'post-only' | 'unknown';

/** A read's HTTP status as a reach: allowed → reads; 401 or 403 → post-only; anything else says nothing sure. */
export function reachOfReadStatus(status: number | null): ChannelReach {
  if (status === null) return 'unknown';
  if (status >= 200 && status < 300) return 'reads';
  return status === 401 || status === 403 ? 'post-only' : 'unknown';
}
