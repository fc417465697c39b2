// What a verdict tells about a built-in provider (core/data/provider-details.json): its status and password pages,
// its support, the mail programs' settings and known pitfalls, who holds such a mailbox, its compose link. Only the
// check screens read them, so they load with those, off the popup's first paint; a custom provider carries its own.
import details from '../data/provider-details.json';
import type { Provider } from './provider';

type Details = Pick<
  Provider,
  | 'statusUrl'
  | 'passwordResetUrl'
  | 'supportUrl'
  | 'supportPhone'
  | 'imap'
  | 'pop3'
  | 'smtp'
  | 'notes'
  | 'audience'
  | 'compose'
>;
const byId = details as Record<string, Details | undefined>;

/** The provider with its built-in details (a built-in id always means the built-in provider). */
export function withDetails(provider: Provider): Provider {
  const own = Object.hasOwn(byId, provider.id) ? byId[provider.id] : undefined;
  return own ? { ...provider, ...own } : provider;
}
