// Whom each verdict sends the user to, what it says to do and not to do, and where its report goes: one table and
// the rules around it, shared by the verdict screen, the report panel and the tests. A verdict names only who is
// really there: with no consultant configured, a consumer mailbox's fault is the provider's to fix (nobody to
// call), a business mailbox's is whoever set up the domain and mail.
import type { Reason, VerdictId } from './answers';
import type { Provider } from './catalogue/provider';
import type { MessageKey } from './messages';
import type { Consultant, Contact, Settings } from './settings';
import { type ReasonTexts, reasonTexts, verdictTexts } from './texts';

export type Role = 'consultant' | 'technician';

interface VerdictRoles {
  /** The person named under "Whom to call". */
  who?: Role;
  /** A person the next step names ("…if only this computer is offline, call your technician"). */
  next?: Role;
  /** Who the report is for. */
  report?: Role;
}

export const verdictRoles: Record<VerdictId, VerdictRoles> = {
  // The webmail works: the fault is on this computer (or phone).
  'mail-client': { who: 'technician', report: 'technician' },
  // The service fails: the consultant opens a ticket with the provider.
  'mail-service': { who: 'consultant', report: 'consultant' },
  // Whoever created the mailbox has its password: most often the consultant, the fallback after self-recovery.
  password: { who: 'consultant', report: 'consultant' },
  // The service runs, the mailbox has a problem (full, blocked, suspended, cannot send): the consultant.
  account: { who: 'consultant', report: 'consultant' },
  // The internet provider, and the technician when only this computer is offline.
  internet: { next: 'technician', report: 'technician' },
  // The recipient's side: nobody on this side to call, no report to send.
  recipient: {},
};

/** The configured contact for a role, when the consultant (by policy) or the user set one. */
export function contactOf(role: Role | undefined, settings: Settings): Consultant | Contact | undefined {
  const person = role === 'consultant' ? settings.consultant : role === 'technician' ? settings.technician : undefined;
  return person && Object.values(person).some((value) => typeof value === 'string' && value !== '')
    ? person
    : undefined;
}

/** A message and its substitutions. */
export interface Wording {
  key: MessageKey;
  substitutions: string[];
}
const say = (key: MessageKey, ...substitutions: string[]): Wording => ({ key, substitutions });

export interface VerdictPeople {
  headline: Wording;
  who: Wording;
  /** The contact card under "Whom to call". */
  contact?: Consultant | Contact | undefined;
  next: Wording;
  /** A person the next step names, with their card. */
  nextContact?: Contact | undefined;
  avoid: Wording;
  /** Nobody is there to call for it: a consumer mailbox's fault, with no consultant configured. */
  alone: boolean;
}

/** The provider as the verdict names it: its name in sentences, and who holds such a mailbox. */
export type VerdictProvider = Pick<Provider, 'name' | 'audience'>;

/**
 * Who a verdict names and what it says, from the verdict, its reason, the settings and the provider. `consultant`
 * is how a sentence names an unnamed consultant ("your consultant").
 */
export function verdictPeople(
  verdict: VerdictId,
  reason: Reason,
  settings: Settings,
  provider: VerdictProvider,
  consultantWord: string,
): VerdictPeople {
  const name = provider.name;
  const texts = verdictTexts[verdict];
  const byReason: ReasonTexts = reasonTexts[reason];
  const roles = verdictRoles[verdict];
  const person = contactOf(roles.who, settings);
  const consultant = contactOf('consultant', settings);
  const consumer = provider.audience === 'consumer';
  const alone = !consultant && consumer && (verdict === 'mail-service' || verdict === 'account');

  const who = (): Wording => {
    switch (verdict) {
      case 'mail-client':
        return person?.name ? say('whoTechnicianNamed', person.name) : say(texts.who);
      case 'mail-service':
      case 'account':
        if (person) return person.name ? say('whoConsultantNamed', person.name) : say('whoConsultant');
        if (byReason.who) return say(byReason.who, name);
        if (consumer)
          return say(verdict === 'account' ? 'verdictAccountWhoConsumer' : 'verdictMailServiceWhoConsumer', name);
        return say(texts.who);
      case 'password':
        return person?.name ? say('whoPasswordNamed', person.name) : say(texts.who);
      default:
        return say(texts.who);
    }
  };
  const next = (): Wording => {
    if (byReason.next) return say(byReason.next, name);
    if (alone) return say(verdict === 'account' ? 'verdictAccountNextAlone' : 'verdictMailServiceNextAlone', name);
    return say(texts.next, name);
  };
  const avoid = (): Wording => {
    if (byReason.avoid) return say(byReason.avoid, name);
    if (verdict === 'mail-client') {
      return consultant ? say('avoidMailClient', consultant.name ?? consultantWord) : say('avoidMailClientAlone');
    }
    if (verdict === 'mail-service' && alone) return say('avoidMailServiceAlone');
    return say(texts.avoid, name);
  };
  const errorHeadline: Partial<Record<VerdictId, MessageKey>> = {
    password: 'verdictErrorHeadline_password',
    account: 'verdictErrorHeadline_account',
    'mail-service': 'verdictErrorHeadline_mailService',
  };
  const headline = (reason === 'error-reading' && errorHeadline[verdict]) || byReason.headline || texts.headline;
  return {
    headline: say(headline, name),
    who: who(),
    contact: person,
    next: next(),
    nextContact: contactOf(roles.next, settings),
    avoid: avoid(),
    alone,
  };
}

export interface ReportRecipient {
  role: Role;
  name?: string;
  email?: string;
  whatsapp?: string;
}

/**
 * Where the report of a verdict goes: the technician for the mail program (whoever they are), the consultant (or
 * the policy's report address) for the service, the mailbox and the password, but only when one is configured;
 * for the internet, the technician only when one is set. Nobody for the recipient's side.
 */
export function reportRecipient(verdict: VerdictId, settings: Settings): ReportRecipient | undefined {
  const role = verdictRoles[verdict].report;
  if (!role) return undefined;
  const person = contactOf(role, settings);
  const email = role === 'consultant' ? (settings.reportEmail ?? person?.email) : person?.email;
  if (!person && !email && (verdict === 'internet' || role === 'consultant')) return undefined;
  return {
    role,
    ...(person?.name ? { name: person.name } : {}),
    ...(email ? { email } : {}),
    ...(person?.whatsapp ? { whatsapp: person.whatsapp } : {}),
  };
}
