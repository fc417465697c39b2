import { describe, expect, it } from 'vitest';
import { ownProviderFrom, ownProviderId, suggestedWebmail } from '../../core/catalogue/own-provider';
import { parseOwnProvider } from '../../core/stored/own-provider';

describe('"My provider isn\'t listed"', () => {
  it.each<[string, object | null]>([
    [
      'webmail.studio-rossi.it',
      { id: ownProviderId, name: 'webmail.studio-rossi.it', webmailUrl: 'https://webmail.studio-rossi.it/' },
    ],
    ['https://posta.example.it/login', { name: 'posta.example.it', webmailUrl: 'https://posta.example.it/login' }],
    ['  mail.example.it  ', { name: 'mail.example.it' }],
    ['http://webmail.example.it', null],
    ['javascript:alert(1)', null],
    ['https://user:pass@webmail.example.it', null],
    ['', null],
  ])('%j → %j', (typed, expected) => {
    const provider = ownProviderFrom(typed);
    if (expected === null) expect(provider).toBeNull();
    else expect(provider).toMatchObject(expected);
  });

  it('reads back only what it would make (stored data is never trusted)', () => {
    const own = ownProviderFrom('webmail.studio-rossi.it');
    expect(parseOwnProvider(own)).toEqual(own);
    expect(parseOwnProvider({ ...own, webmailUrl: 'javascript:alert(1)' })).toBeNull();
    expect(parseOwnProvider({ ...own, id: 'aruba' })).toBeNull();
    expect(parseOwnProvider('garbage')).toBeNull();
  });

  it('takes the name of the service the finder recognised; a bad name falls back to the host', () => {
    const named = ownProviderFrom('posta.email.it', 'Email.it');
    expect(named).toEqual({ id: ownProviderId, name: 'Email.it', webmailUrl: 'https://posta.email.it/' });
    expect(parseOwnProvider(named)).toEqual(named);
    expect(ownProviderFrom('posta.email.it', 'Email\u202e.it')?.name).toBe('posta.email.it');
    expect(ownProviderFrom('posta.email.it', 'x'.repeat(61))?.name).toBe('posta.email.it');
    expect(parseOwnProvider({ ...named, name: 'Line\nbreak' })?.name).toBe('posta.email.it');
  });

  it('suggests https://webmail.<domain>, never for something that is not a domain', () => {
    expect(suggestedWebmail('studio-rossi.it')).toBe('https://webmail.studio-rossi.it');
    expect(suggestedWebmail('not a domain')).toBeUndefined();
  });
});
