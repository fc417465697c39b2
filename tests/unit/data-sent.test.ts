// What leaves the computer, declared once (core/data-sent.ts), against what is true: every settings key classified
// (a new key fails here until someone says whether it sends the user's data), the Firefox manifest's categories made
// from the declaration, and the store texts and privacy policies naming every service and category in both languages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataSent, firefoxDataCollection } from '../../core/data-sent';
import { settingsKeys } from '../../core/settings';

/** Every settings key and what it makes the extension do on the network. */
const network: Record<(typeof settingsKeys)[number], 'nothing' | 'fetches without user data' | 'sends user data'> = {
  provider: 'nothing',
  lockProvider: 'nothing',
  consultant: 'nothing',
  technician: 'nothing',
  customProviders: 'fetches without user data', // the webmail's address, checked like a built-in's
  hiddenProviders: 'nothing',
  detection: 'fetches without user data', // a domain, never the address, to public DNS resolvers
  branding: 'nothing',
  reportEmail: 'nothing', // a mailto: link the user opens
  clientName: 'nothing', // inside the channel's message, declared with notify
  incidentFeedUrl: 'fetches without user data',
  surface: 'nothing',
  notify: 'sends user data',
  outsideChecks: 'fetches without user data', // host names and ports, to Globalping
  neighbours: 'sends user data', // a provider, a verdict, a time, a random site id
  phoneCountryCode: 'nothing',
};

const read = (path: string) => readFileSync(path, 'utf8');

describe('what is sent, declared', () => {
  it('every settings key is classified, and the ones that send user data are exactly the declared ones', () => {
    expect(Object.keys(network).sort()).toEqual([...settingsKeys].sort());
    const sending = Object.entries(network).filter(([, what]) => what === 'sends user data');
    expect(sending.map(([key]) => key).sort()).toEqual(Object.keys(dataSent).sort());
  });

  it('the Firefox manifest requires nothing and lists what the channel sends as optional, asked at the first send', () => {
    expect(firefoxDataCollection()).toEqual({
      required: ['none'],
      optional: ['personallyIdentifyingInfo', 'technicalAndInteraction'],
    });
    expect(read('wxt.config.ts')).toMatch(/data_collection_permissions: firefoxDataCollection\(\)/);
    expect(read('platform/data-consent.ts')).toMatch(/data_collection: firefoxDataCollection\(\)\.optional/);
  });

  const disclosure: Record<string, Record<'en' | 'it', string>> = {
    personallyIdentifyingInfo: { en: 'Personally identifiable information', it: 'Dati che identificano la persona' },
    technicalAndInteraction: { en: 'Technical data', it: 'Dati tecnici' },
  };

  it.each(['en', 'it'] as const)(
    '%s: the listing and the privacy policy name every service, category and trigger',
    (lang) => {
      const listing = read(`store/${lang}/listing.md`);
      const privacy = read(`store/${lang}/privacy.md`);
      for (const declared of Object.values(dataSent)) {
        for (const service of declared.services) {
          expect(listing, service).toContain(service);
          expect(privacy, service).toContain(service);
        }
        for (const category of declared.categories) expect(listing).toContain(disclosure[category]?.[lang]);
      }
      // On whose click: the user's, and the organisation's policy without one.
      expect(listing).toMatch(lang === 'en' ? /with a click.*\n?.*policy sends by itself/s : /con un clic.*policy/s);
      expect(privacy).toMatch(lang === 'en' ? /without the click/ : /senza clic/);
      // No claim left that nothing leaves the computer.
      expect(listing).not.toMatch(
        /stays on your computer\.|restano sul tuo computer\.|Not sold, not transferred|non trasferiti, non/,
      );
      expect(privacy).not.toMatch(/nowhere to send|non ha dove mandare/);
    },
  );

  it('the reviewers’ notes list every bundled library and the data declaration', () => {
    const notes = read('store/reviewers.md');
    const dependencies = Object.keys(JSON.parse(read('package.json')).dependencies as Record<string, string>);
    for (const name of dependencies.filter((d) => d !== '@wxt-dev/webextension-polyfill'))
      expect(notes).toContain(name);
    expect(notes).toContain('personallyIdentifyingInfo');
  });
});
