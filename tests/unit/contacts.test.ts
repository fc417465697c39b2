import { describe, expect, it } from 'vitest';
import { contactOf, reportRecipient, verdictRoles } from '../../core/contacts';
import type { VerdictId } from '../../core/decide';
import type { Settings } from '../../core/settings';

const full: Settings = {
  consultant: { name: 'Studio Bianchi', email: 'assistenza@studiobianchi.it', whatsapp: '+39 333 1234567' },
  technician: { name: 'Marco Rossi', email: 'marco@example.it', whatsapp: '+39 347 7654321' },
  reportEmail: 'ticket@studiobianchi.it',
};

describe('whom each verdict names, and where its report goes', () => {
  // The table reads like the spec: verdict → the person under "Whom to call", the person in the next step, the
  // report's recipient (with everything configured), and the recipient with nothing configured.
  it.each<[VerdictId, string | undefined, string | undefined, object | undefined, object | undefined]>([
    [
      'mail-client',
      'Marco Rossi',
      undefined,
      { role: 'technician', name: 'Marco Rossi', email: 'marco@example.it', whatsapp: '+39 347 7654321' },
      { role: 'technician' },
    ],
    [
      'mail-service',
      'Studio Bianchi',
      undefined,
      { role: 'consultant', name: 'Studio Bianchi', email: 'ticket@studiobianchi.it', whatsapp: '+39 333 1234567' },
      { role: 'consultant' },
    ],
    [
      'password',
      'Studio Bianchi',
      undefined,
      { role: 'consultant', name: 'Studio Bianchi', email: 'ticket@studiobianchi.it', whatsapp: '+39 333 1234567' },
      { role: 'consultant' },
    ],
    [
      'internet',
      undefined,
      'Marco Rossi',
      { role: 'technician', name: 'Marco Rossi', email: 'marco@example.it', whatsapp: '+39 347 7654321' },
      undefined,
    ],
  ])('%s: whom to call %s, next step %s', (verdict, who, next, recipient, bare) => {
    const roles = verdictRoles[verdict];
    expect(contactOf(roles.who, full)?.name).toBe(who);
    expect(contactOf(roles.next, full)?.name).toBe(next);
    expect(reportRecipient(verdict, full)).toEqual(recipient);
    expect(reportRecipient(verdict, {})).toEqual(bare);
  });

  it("without a report address, the consultant's own email", () => {
    const { reportEmail: _, ...noReportEmail } = full;
    expect(reportRecipient('mail-service', noReportEmail)?.email).toBe('assistenza@studiobianchi.it');
  });
});
