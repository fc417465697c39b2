// Which way a verdict's report can travel: where email is what is broken, the mail program's email is the last
// resort; where the webmail works, the report is sent from the webmail. Pure: the verdict and the provider in.
import type { VerdictId } from './answers';
import type { ComposeKind, Provider } from './catalogue/provider';

export type ReportChannel =
  /** Email works: the usual order. */
  | { kind: 'mail' }
  /** Email is broken (the service, the mailbox, the password, the line): phone and WhatsApp first. */
  | { kind: 'broken' }
  /** The mail program is broken but the webmail works: send from the webmail (its compose link when it has one). */
  | { kind: 'webmail'; providerName: string; webmailUrl: string; compose?: ComposeKind };

const broken: readonly VerdictId[] = ['mail-service', 'account', 'password', 'internet'];

export function reportChannel(
  verdict: VerdictId,
  provider: Pick<Provider, 'name' | 'webmailUrl' | 'compose'>,
): ReportChannel {
  if (broken.includes(verdict)) return { kind: 'broken' };
  if (verdict === 'mail-client') {
    return {
      kind: 'webmail',
      providerName: provider.name,
      webmailUrl: provider.webmailUrl,
      ...(provider.compose ? { compose: provider.compose } : {}),
    };
  }
  return { kind: 'mail' };
}
