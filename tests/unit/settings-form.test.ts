import { describe, expect, it } from 'vitest';
import { builtInProviders } from '../../core/catalogue/built-in';
import { withHttps } from '../../core/guards';
import { type Settings, validateSettings } from '../../core/settings';
import { draftFrom, emptyCustomProvider, idFromName, settingsFrom, withManagedFields } from '../../core/settings-form';

const ids = builtInProviders.map((p) => p.id);

describe('options form', () => {
  it('an empty form is no settings (every default stays a default)', () => {
    expect(settingsFrom(draftFrom({}))).toEqual({});
  });

  it('round-trips complete settings through the form', () => {
    const settings: Settings = {
      provider: 'studio-mail',
      lockProvider: true,
      detection: false,
      hiddenProviders: ['aol'],
      consultant: { name: 'Studio Bianchi', phone: '+39 055 123456', website: 'https://studiobianchi.it/' },
      technician: { email: 'marco@example.it' },
      reportEmail: 'ticket@studiobianchi.it',
      branding: { productName: 'Posta Bianchi', color: '#0b4f8a' },
      customProviders: [{ id: 'studio-mail', name: 'Studio Mail', webmailUrl: 'https://posta.example.it/' }],
    };
    const input = settingsFrom(draftFrom(settings));
    expect(validateSettings(input, ids)).toEqual({ settings, errors: [] });
  });

  it('trims fields and drops empty ones', () => {
    const draft = draftFrom({});
    draft.consultant.name = '  Studio  ';
    draft.consultant.email = '   ';
    expect(settingsFrom(draft)).toEqual({ consultant: { name: 'Studio' } });
  });

  it('a website typed without https:// gets it', () => {
    const draft = draftFrom({});
    draft.consultant.website = 'www.ferriconsulenza.it';
    expect(settingsFrom(draft).consultant).toEqual({ website: 'https://www.ferriconsulenza.it' });
    expect(withHttps('javascript:alert(1)')).toBe('javascript:alert(1)'); // left for the validator to refuse
  });

  it('custom providers from form rows: an id from the name, https added, domains split, other fields kept', () => {
    const draft = draftFrom({
      customProviders: [
        {
          id: 'kept',
          name: 'Kept',
          webmailUrl: 'https://kept.example/',
          imap: [{ host: 'imap.kept.example', port: 993, security: 'ssl' }],
        },
      ],
    });
    draft.customProviders.push(
      { ...emptyCustomProvider, name: 'Posta Città', webmailUrl: 'posta.citta.it', domains: 'citta.it, comune.it' },
      { ...emptyCustomProvider, name: 'Aruba', webmailUrl: 'webmail.other.example' },
    );
    const input = settingsFrom(draft, ids);
    expect(input.customProviders).toEqual([
      {
        id: 'kept',
        name: 'Kept',
        webmailUrl: 'https://kept.example/',
        imap: [{ host: 'imap.kept.example', port: 993, security: 'ssl' }],
      },
      {
        id: 'posta-citta',
        name: 'Posta Città',
        webmailUrl: 'https://posta.citta.it',
        domains: ['citta.it', 'comune.it'],
      },
      // A built-in id is never taken from a name.
      { id: 'aruba-2', name: 'Aruba', webmailUrl: 'https://webmail.other.example' },
    ]);
    expect(idFromName('  Ünïcode & Co. Mail!  ')).toBe('unicode-co-mail');
  });
});

describe('a policy read after the form is on screen', () => {
  it("fills the fields the policy sets and keeps the user's edits elsewhere", () => {
    const edited = { ...draftFrom({}), reportEmail: 'me@example.it', productName: 'Mine', provider: 'gmail' };
    const policy: Settings = { provider: 'aruba', branding: { color: '#003366' } };
    const next = withManagedFields(edited, policy, ['provider', 'branding']);
    expect(next.provider).toBe('aruba');
    expect(next.color).toBe('#003366');
    // branding is one setting: both of its fields follow the policy.
    expect(next.productName).toBe('');
    expect(next.reportEmail).toBe('me@example.it');
  });

  it('no policy keys: the draft is unchanged', () => {
    const edited = { ...draftFrom({}), reportEmail: 'me@example.it' };
    expect(withManagedFields(edited, { provider: 'aruba' }, [])).toEqual(edited);
  });
});
