import { describe, expect, it } from 'vitest';
import type { Reason, VerdictId } from '../../core/answers';
import { contactOf, reportRecipient, verdictPeople, verdictRoles } from '../../core/contacts';
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
      // Nobody configured: the report is addressed to nobody.
      undefined,
    ],
    [
      'password',
      'Studio Bianchi',
      undefined,
      { role: 'consultant', name: 'Studio Bianchi', email: 'ticket@studiobianchi.it', whatsapp: '+39 333 1234567' },
      // Nobody configured: the report is addressed to nobody.
      undefined,
    ],
    [
      'account',
      'Studio Bianchi',
      undefined,
      { role: 'consultant', name: 'Studio Bianchi', email: 'ticket@studiobianchi.it', whatsapp: '+39 333 1234567' },
      undefined,
    ],
    ['recipient', undefined, undefined, undefined, undefined],
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

describe('who a verdict names: only who is really there', () => {
  const consumer = { name: 'Gmail', audience: 'consumer' as const };
  const business = { name: 'Aruba', audience: 'business' as const };
  // verdict, reason, settings, provider → the "who" message, the "what not to do" message, nobody to call?
  it.each<[VerdictId, Reason, Settings, typeof consumer | typeof business, string, string, boolean]>([
    ['mail-service', 'page-down', full, business, 'whoConsultantNamed', 'avoidMailService', false],
    ['mail-service', 'page-down', {}, business, 'verdictMailServiceWho', 'avoidMailServiceNoConsultant', false],
    ['mail-service', 'page-down', {}, consumer, 'verdictMailServiceWhoConsumer', 'avoidMailServiceAlone', true],
    [
      'mail-service',
      'page-down',
      { consultant: { phone: '+39 055 123456' } },
      consumer,
      'whoConsultant',
      'avoidMailService',
      false,
    ],
    ['account', 'mailbox-full', {}, consumer, 'verdictAccountWhoConsumer', 'avoidAccount', true],
    ['account', 'mailbox-full', {}, business, 'verdictAccountWho', 'avoidAccount', false],
    ['account', 'blocked', full, business, 'whoConsultantNamed', 'avoidAccountBlocked', false],
    ['network', 'blocked-page', full, business, 'whoTechnicianNamed', 'avoidNetwork', false],
    ['network', 'phone-works', {}, business, 'verdictNetworkWho', 'avoidNetwork', false],
    ['mail-service', 'maintenance', full, business, 'whoConsultantNamed', 'avoidMaintenance', false],
    ['internet', 'slow-line', full, business, 'verdictInternetWho', 'avoidInternet', false],
    ['account', 'domain-delivery', full, business, 'whoConsultantNamed', 'avoidDelivery', false],
    ['recipient', 'too-big', full, business, 'verdictTooBigWho', 'avoidTooBig', false],
    ['phishing', 'phishing', full, business, 'verdictPhishingWho', 'avoidPhishing', false],
    ['phishing', 'phishing-ignored', full, business, 'verdictPhishingIgnoredWho', 'avoidPhishing', false],
    ['phishing', 'phishing-typed', full, business, 'whoConsultantNamed', 'avoidPhishingTyped', false],
    ['phishing', 'phishing-typed', {}, consumer, 'whoPhishingTypedAlone', 'avoidPhishingTyped', true],
    ['phishing', 'phishing-typed', {}, business, 'verdictAccountWho', 'avoidPhishingTyped', false],
    ['mail-client', 'error-reading', full, business, 'whoTechnicianNamed', 'avoidErrorPassword', false],
    ['middle-man', 'gmail-fetch', {}, consumer, 'verdictMiddleWho', 'avoidGmailFetch', false],
    ['middle-man', 'gmail-fetch', full, business, 'whoGmailFetchConsultant', 'avoidGmailFetch', false],
    ['middle-man', 'new-outlook', full, business, 'whoTechnicianNamed', 'avoidNewOutlook', false],
    ['mail-client', 'reader-phone', full, business, 'whoTechnicianNamed', 'avoidMailClient', false],
    ['account', 'domain-missing', {}, business, 'verdictDomainWho', 'avoidAccount', false],
    ['mail-client', 'webmail-works', full, business, 'whoTechnicianNamed', 'avoidMailClient', false],
    ['mail-client', 'webmail-works', {}, business, 'verdictMailClientWho', 'avoidMailClientAlone', false],
    [
      'mail-client',
      'webmail-works',
      { consultant: { name: 'Studio Bianchi' }, technician: { name: 'studio bianchi ' } },
      business,
      'whoTechnicianNamed',
      'avoidMailClientAlone',
      false,
    ],
    ['mail-client', 'pop-deleted', full, business, 'whoTechnicianNamed', 'avoidPopDeleted', false],
    ['password', 'password-remembered', full, business, 'whoPasswordNamed', 'avoidPassword', false],
    ['password', 'password-unsure', {}, consumer, 'verdictPasswordWho', 'avoidPassword', false],
    ['recipient', 'recipient-side', full, business, 'verdictRecipientWho', 'avoidRecipient', false],
    ['internet', 'nothing-opens', full, business, 'verdictInternetWho', 'avoidInternet', false],
  ])('%s (%s): who %s…', (verdict, reason, settings, provider, who, avoid, alone) => {
    const people = verdictPeople(verdict, reason, settings, provider, 'your consultant');
    expect(people.who.key).toBe(who);
    expect(people.avoid.key).toBe(avoid);
    expect(people.alone).toBe(alone);
  });

  it('names the consultant in the mail program\'s "what not to do" (the seed: you need not call me)', () => {
    expect(verdictPeople('mail-client', 'webmail-works', full, business, 'x').avoid).toEqual({
      key: 'avoidMailClient',
      substitutions: ['Studio Bianchi'],
    });
  });

  it('a consumer mailbox with nobody to call waits for the provider', () => {
    expect(verdictPeople('mail-service', 'inbox-failed', {}, consumer, 'x').next.key).toBe(
      'verdictMailServiceNextAlone',
    );
    expect(verdictPeople('mail-service', 'inbox-failed', full, consumer, 'x').next.key).toBe('verdictMailServiceNext');
  });
});

describe('headlines and next steps true for who is there', () => {
  const consumer = { name: 'Gmail', audience: 'consumer' as const };
  const business = { name: 'Aruba', audience: 'business' as const };
  const withConsultant: Settings = { consultant: { name: 'Studio Neri', phone: '055 123456' } };
  it.each<[VerdictId, Reason, Settings, typeof consumer | typeof business, string, string]>([
    // A consumer mailbox with no consultant: no headline or step names one.
    ['account', 'login-refused', {}, consumer, 'verdictLoginHeadlineAlone', 'verdictAccountNextAlone'],
    ['account', 'mail-missing', {}, consumer, 'verdictAccountHeadlineMissingAlone', 'verdictAccountNextAlone'],
    ['account', 'mailbox-full', {}, consumer, 'verdictAccountHeadlineFull', 'verdictAccountNextFullAlone'],
    ['account', 'suspended', {}, consumer, 'verdictAccountHeadlineSuspendedAlone', 'verdictAccountNextAlone'],
    ['account', 'blocked', {}, consumer, 'verdictAccountHeadlineBlockedAlone', 'verdictAccountNextBlockedAlone'],
    ['mail-service', 'maintenance', {}, consumer, 'verdictMaintenanceHeadline', 'verdictMaintenanceNextAlone'],
    ['phishing', 'phishing-typed', {}, consumer, 'verdictPhishingTypedHeadline', 'verdictPhishingTypedNextAlone'],
    ['account', 'domain-delivery', {}, consumer, 'verdictDeliveryHeadline', 'verdictDeliveryNextAlone'],
    [
      'password',
      'password-remembered',
      {},
      consumer,
      'verdictPasswordHeadlineRemembered',
      'verdictPasswordNextRememberedAlone',
    ],
    // With a consultant, the consultant's texts.
    ['account', 'login-refused', withConsultant, consumer, 'verdictLoginHeadline', 'verdictAccountNext'],
    ['account', 'mailbox-full', withConsultant, business, 'verdictAccountHeadlineFull', 'verdictAccountNextFull'],
    [
      'password',
      'password-remembered',
      {},
      business,
      'verdictPasswordHeadlineRemembered',
      'verdictPasswordNextRemembered',
    ],
    // The program's old password while the webmail works: the technician's job, in its own words.
    [
      'mail-client',
      'error-reading',
      withConsultant,
      consumer,
      'verdictErrorHeadline_password',
      'verdictErrorNext_password',
    ],
    ['network', 'phone-works', {}, business, 'verdictNetworkHeadlinePhone', 'verdictNetworkNextPhone'],
    ['internet', 'slow-line', {}, business, 'verdictSlowHeadline', 'verdictSlowNext'],
  ])('%s (%s) → %s / %s', (verdict, reason, settings, provider, headline, next) => {
    const people = verdictPeople(verdict, reason, settings, provider, 'your consultant');
    expect(people.headline.key).toBe(headline);
    expect(people.next.key).toBe(next);
  });

  it('during an outage the consultant already reported, the service verdict says not to call', () => {
    const known = verdictPeople('mail-service', 'page-down', withConsultant, business, 'x', { incident: true });
    expect(known.next.key).toBe('verdictMailServiceNextKnown');
    expect(verdictPeople('mail-service', 'page-down', withConsultant, business, 'x').next.key).toBe(
      'verdictMailServiceNext',
    );
  });

  it('the phone not tried: the service verdict says its doubt', () => {
    expect(verdictPeople('mail-service', 'phone-unknown', {}, business, 'x').doubt?.key).toBe('doubtPhoneUnknown');
    expect(verdictPeople('mail-service', 'phone-fails', {}, business, 'x').doubt).toBeUndefined();
  });

  it('a report follows the reason: a password typed on a scam page goes to the consultant, a deleted scam nowhere', () => {
    const settings: Settings = { consultant: { name: 'Studio Neri', email: 'neri@example.it' } };
    expect(reportRecipient('phishing', settings, 'phishing-typed')?.role).toBe('consultant');
    expect(reportRecipient('phishing', settings, 'phishing-ignored')).toBeUndefined();
    expect(reportRecipient('network', { technician: { name: 'Luca', email: 'l@example.it' } })?.role).toBe(
      'technician',
    );
  });
});
