import { describe, expect, it } from 'vitest';
import { builtInProviders } from '../../core/providers';
import { type Settings, validateSettings } from '../../core/settings';
import { draftFrom, settingsFrom, withManagedFields } from '../../core/settings-form';

const ids = builtInProviders.map((p) => p.id);

describe('options form', () => {
  it('an empty form is no settings (every default stays a default)', () => {
    expect(settingsFrom(draftFrom({}))).toEqual({ input: {}, errors: [] });
  });

  it('round-trips complete settings through the form', () => {
    const settings: Settings = {
      provider: 'studio-mail',
      lockProvider: true,
      detection: false,
      hiddenProviders: ['aol'],
      consultant: { name: 'Studio Bianchi', phone: '+39 055 123456', website: 'https://studiobianchi.it' },
      technician: { email: 'marco@example.it' },
      reportEmail: 'ticket@studiobianchi.it',
      branding: { productName: 'Posta Bianchi', color: '#0b4f8a' },
      customProviders: [{ id: 'studio-mail', name: 'Studio Mail', webmailUrl: 'https://posta.example.it/' }],
    };
    const { input, errors } = settingsFrom(draftFrom(settings));
    expect(errors).toEqual([]);
    expect(validateSettings(input, ids)).toEqual({ settings, errors: [] });
  });

  it('trims fields, drops empty ones, and reports custom providers that are not JSON', () => {
    const draft = draftFrom({});
    draft.consultant.name = '  Studio  ';
    draft.consultant.email = '   ';
    draft.customProviders = '[{ broken';
    expect(settingsFrom(draft)).toEqual({
      input: { consultant: { name: 'Studio' } },
      errors: ['customProviders: is not valid JSON'],
    });
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
