// Whom each verdict sends the user to, what it says to do and not to do, and where its report goes: one table and
// the rules around it, shared by the verdict screen, the report panel and the tests. A verdict names only who is
// really there: with no consultant configured, a consumer mailbox's fault is the provider's to fix (nobody to
// call), a business mailbox's is whoever set up the domain and mail.
import type { Reason, VerdictId } from './answers';
import type { Provider } from './catalogue/provider';
import type { MessageKey } from './messages';
import type { Consultant, Contact, Settings } from './settings';
import { textsOf, verdictTexts } from './texts';

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
  // This office's network or computer blocks the webmail: the technician.
  network: { who: 'technician', report: 'technician' },
  // A scam email: nobody, unless a password was typed on its page (rolesOf).
  phishing: {},
  // A service in between: nobody to report a fault to (Gmail fetching); new Outlook's sync is the technician's (rolesOf).
  'middle-man': {},
};

/** Who a verdict names for a reason: its verdict's roles, except a password typed on a scam's page (the consultant). */
export function rolesOf(verdict: VerdictId, reason: Reason): VerdictRoles {
  if (reason === 'phishing-typed') return { who: 'consultant', report: 'consultant' };
  if (reason === 'new-outlook') return { who: 'technician', report: 'technician' };
  return verdictRoles[verdict];
}

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
  /** Nobody to call at all: nobody is there, or nothing needs anybody (a recipient's side, a deleted scam). */
  nobody: boolean;
  /** A doubt the verdict says in a line of its own. */
  doubt?: Wording;
}

/** The provider as the verdict names it: its name in sentences, and who holds such a mailbox. */
export type VerdictProvider = Pick<Provider, 'name' | 'audience'>;

/** What else the verdict screen knows: an open outage notice of the consultant's on this provider. */
export interface VerdictSituation {
  incident?: boolean;
}

/** Technician and consultant are the same person (a small firm's one helper): same name or same phone. */
function samePerson(a: Contact | undefined, b: Contact | undefined): boolean {
  if (!a || !b) return false;
  const same = (x: string | undefined, y: string | undefined) =>
    x !== undefined && y !== undefined && x.trim() !== '' && x.trim().toLowerCase() === y.trim().toLowerCase();
  return same(a.name, b.name) || same(a.phone, b.phone);
}

/**
 * Who a verdict names and what it says, from the verdict, its reason, the settings and the provider. `consultant`
 * is how a sentence names an unnamed consultant ("your consultant"). Only what is true for who is there: with no
 * consultant, a consumer mailbox's headline and next step name nobody; a business mailbox without one is told it
 * opens the ticket itself.
 */
export function verdictPeople(
  verdict: VerdictId,
  reason: Reason,
  settings: Settings,
  provider: VerdictProvider,
  consultantWord: string,
  situation: VerdictSituation = {},
): VerdictPeople {
  const name = provider.name;
  const texts = textsOf(verdict, reason);
  const roles = rolesOf(verdict, reason);
  const person = contactOf(roles.who, settings);
  const consultant = contactOf('consultant', settings);
  const technician = contactOf('technician', settings);
  const consumer = provider.audience === 'consumer';
  const nobodyThere = !consultant && consumer;
  const alone = nobodyThere && (verdict === 'mail-service' || verdict === 'account' || reason === 'phishing-typed');

  const who = (): Wording => {
    switch (roles.who) {
      case 'technician':
        return person?.name ? say('whoTechnicianNamed', person.name) : say(texts.who);
      case 'consultant':
        if (verdict === 'password') return person?.name ? say('whoPasswordNamed', person.name) : say(texts.who);
        if (person) return person.name ? say('whoConsultantNamed', person.name) : say('whoConsultant');
        if (reason === 'phishing-typed') return say(consumer ? 'whoPhishingTypedAlone' : 'verdictAccountWho');
        if (consumer && texts.who === verdictTexts[verdict].who) {
          return say(verdict === 'account' ? 'verdictAccountWhoConsumer' : 'verdictMailServiceWhoConsumer', name);
        }
        return say(texts.who, name);
      default:
        // Gmail stopped fetching a business mailbox: the forwarding is set up where the domain's mail is, by the
        // consultant when there is one.
        if (reason === 'gmail-fetch' && consultant && !consumer) return say('whoGmailFetchConsultant', name);
        return say(texts.who, name);
    }
  };
  const next = (): Wording => {
    if (verdict === 'mail-service' && situation.incident && reason !== 'maintenance') {
      return say('verdictMailServiceNextKnown', name);
    }
    if ((alone || (nobodyThere && verdict === 'password')) && texts.nextAlone) return say(texts.nextAlone, name);
    if (texts.next !== verdictTexts[verdict].next) return say(texts.next, name);
    if (alone) return say(verdict === 'account' ? 'verdictAccountNextAlone' : 'verdictMailServiceNextAlone', name);
    return say(texts.next, name);
  };
  const avoid = (): Wording => {
    if (texts.avoid !== verdictTexts[verdict].avoid) return say(texts.avoid, name);
    if (verdict === 'mail-client') {
      return consultant && !samePerson(consultant, technician)
        ? say('avoidMailClient', consultant.name ?? consultantWord)
        : say('avoidMailClientAlone');
    }
    if (verdict === 'mail-service' && alone) return say('avoidMailServiceAlone');
    if (verdict === 'mail-service' && !consultant) return say('avoidMailServiceNoConsultant', name);
    return say(texts.avoid, name);
  };
  const errorHeadline: Partial<Record<VerdictId, MessageKey>> = {
    password: 'verdictErrorHeadline_password',
    account: 'verdictErrorHeadline_account',
    'mail-service': 'verdictErrorHeadline_mailService',
  };
  const headline =
    (reason === 'error-reading' && errorHeadline[verdict]) || (alone && texts.headlineAlone) || texts.headline;
  return {
    headline: say(headline, name),
    who: who(),
    contact: person,
    next: next(),
    nextContact: contactOf(roles.next, settings),
    avoid: avoid(),
    alone,
    nobody: alone || (roles.who === undefined && verdict !== 'internet'),
    ...(texts.doubt ? { doubt: say(texts.doubt) } : {}),
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
export function reportRecipient(verdict: VerdictId, settings: Settings, reason?: Reason): ReportRecipient | undefined {
  const role = (reason ? rolesOf(verdict, reason) : verdictRoles[verdict]).report;
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
