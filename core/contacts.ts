// Whom each verdict sends the user to, and where its report goes: one table, shared by the verdict screen, the
// report panel and the tests.
import type { VerdictId } from './decide';
import type { Consultant, Contact, Settings } from './settings';

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
  // The webmail works: the fault is on this computer.
  'mail-client': { who: 'technician', report: 'technician' },
  // The service fails: the consultant opens a ticket with the provider.
  'mail-service': { who: 'consultant', report: 'consultant' },
  // Whoever manages the mailbox resets a password: most often the consultant.
  password: { who: 'consultant', report: 'consultant' },
  // The internet provider, and the technician when only this computer is offline.
  internet: { next: 'technician', report: 'technician' },
};

/** The configured contact for a role, when the administrator or the user set one. */
export function contactOf(role: Role | undefined, settings: Settings): Consultant | Contact | undefined {
  if (role === 'consultant') return settings.consultant;
  if (role === 'technician') return settings.technician;
  return undefined;
}

export interface ReportRecipient {
  role: Role;
  name?: string;
  email?: string;
  whatsapp?: string;
}

/**
 * Where the report of a verdict goes: the technician for the mail program, the consultant (or the policy's report
 * address) for the service and the password; for the internet, the technician only when one is set.
 */
export function reportRecipient(verdict: VerdictId, settings: Settings): ReportRecipient | undefined {
  const role = verdictRoles[verdict].report;
  if (!role) return undefined;
  const person = contactOf(role, settings);
  if (verdict === 'internet' && !person) return undefined;
  const email = role === 'consultant' ? (settings.reportEmail ?? person?.email) : person?.email;
  return {
    role,
    ...(person?.name ? { name: person.name } : {}),
    ...(email ? { email } : {}),
    ...(person?.whatsapp ? { whatsapp: person.whatsapp } : {}),
  };
}
