// Outside data that tries to break a screen, mislead the user or leak: each case reproduced, then refused.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInProviders } from '../../core/catalogue/built-in';
import { effectiveCatalogue } from '../../core/effective-settings';
import { isSafeWebUrl, withHttps } from '../../core/guards';
import { windowsRegFile } from '../../core/policy-files';
import { isPublicName, runChecks } from '../../core/probes/run';
import { formatReport } from '../../core/report';
import { settingsLimits, validateSettings as validateRaw } from '../../core/settings';
import { errorLine } from '../../core/validation-messages';
import { formatMessage, readCatalogue } from '../../tools/i18n-catalogue';

/** The validator, its errors as English lines. */
const validateSettings = (input: unknown, known: readonly string[]) => {
  const { settings, errors } = validateRaw(input, known);
  return { settings, errors: errors.map(errorLine) };
};

const ids = builtInProviders.map((p) => p.id);
const provider = (over: Record<string, unknown> = {}) => ({
  id: 'studio',
  name: 'Studio',
  webmailUrl: 'https://posta.studio.example/',
  ...over,
});

describe('control characters, line breaks and direction overrides in free text', () => {
  it.each([
    ['a name ending in U+0002 (macOS refuses the profile)', 'Studio\u0002'],
    ['a line break that forges a report line', 'Studio\r\nVerdict: all fine'],
    ['a right-to-left override that flips the text', 'Studio \u202Eilam'],
    ['a line separator', 'Studio\u2028Bianchi'],
  ])('%s: refused, with a message', (_, name) => {
    const { settings, errors } = validateSettings(
      { consultant: { name, hours: name }, branding: { productName: name }, clientName: name },
      ids,
    );
    expect(settings).toEqual({});
    expect(errors.every((e) => e.endsWith('contains control characters, line breaks or direction overrides'))).toBe(
      true,
    );
    expect(errors).toHaveLength(4);
    expect(validateSettings({ customProviders: [provider({ name })] }, ids).settings.customProviders).toBeUndefined();
  });

  it('plain accented text and punctuation are fine', () => {
    const { errors } = validateSettings({ consultant: { name: 'Studio Bianchi & C. – Città' } }, ids);
    expect(errors).toEqual([]);
  });
});

describe('size limits', () => {
  it(`at most ${settingsLimits.customProviders} custom providers, the rest refused with a message`, () => {
    const many = Array.from({ length: 1000 }, (_, i) =>
      provider({ id: `p${i}`, name: `Provider ${i}`, webmailUrl: `https://p${i}.example/` }),
    );
    const { settings, errors } = validateSettings({ customProviders: many }, ids);
    expect(settings.customProviders).toHaveLength(settingsLimits.customProviders);
    expect(errors).toContain('customProviders: has too many entries');
  });

  it('a 1 MB URL or name is refused; a 1 MB key is cut in the error', () => {
    const long = 'x'.repeat(1_000_000);
    expect(isSafeWebUrl(`https://example.com/${long}`)).toBe(false);
    const { errors } = validateSettings({ [long]: 1, consultant: { name: long } }, ids);
    expect(errors.every((e) => e.length < 200)).toBe(true);
  });

  it(`at most ${settingsLimits.errors} errors, then how many more`, () => {
    const hostile = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`bad${i}`, i]));
    const { errors } = validateSettings(hostile, ids);
    expect(errors).toHaveLength(settingsLimits.errors + 1);
    expect(errors.at(-1)).toBe('450: more errors, not listed');
  });

  it('20,000 hidden ids: the first 200 looked at, the rest refused', () => {
    const { errors } = validateSettings({ hiddenProviders: Array.from({ length: 20_000 }, () => 'aol') }, ids);
    expect(errors[0]).toBe('hiddenProviders: has too many entries');
  });

  it('200,000 hidden ids: over the storage budget, refused as a whole', () => {
    const { errors } = validateSettings({ hiddenProviders: Array.from({ length: 200_000 }, () => 'aol') }, ids);
    expect(errors).toEqual(['settings: is larger than settings may be (1 MB): leave out what is not needed']);
  });
});

describe('look-alike providers', () => {
  it.each(['Aruba', 'aruba', ' ARUBÀ ', 'Libero Mail', 'Gmail'])(
    'a custom provider named %j is refused: it could stand in for the real one',
    (name) => {
      const { settings, errors } = validateSettings(
        { customProviders: [provider({ id: 'fake-aruba', name, webmailUrl: 'https://webmail-aruba.example/' })] },
        ids,
      );
      expect(settings.customProviders).toBeUndefined();
      expect(errors).toEqual([
        'customProviders.0.name: is the name of a built-in provider: a look-alike could send users to the wrong webmail',
      ]);
    },
  );

  it('hiding every provider falls back to the whole catalogue (never an empty picker)', () => {
    expect(effectiveCatalogue(builtInProviders, { hiddenProviders: ids })).toHaveLength(builtInProviders.length);
  });
});

describe('private addresses and internal names never go to the public resolvers', () => {
  it.each([
    ['192.168.1.1', false],
    ['10.0.0.5', false],
    ['127.0.0.1', false],
    ['[::1]', false],
    ['router.lan', false],
    ['mail.corp.internal', false],
    ['localhost', false],
    ['webmail.aruba.it', true],
    ['posta.studio-rossi.it', true],
  ])('%s → public: %s', (host, expected) => {
    expect(isPublicName(host)).toBe(expected);
  });

  it.each(['https://192.168.1.1/', 'https://router.lan/', 'https://2130706433/'])(
    'checking %s asks no resolver (the webmail itself is still tried)',
    async (url) => {
      const asked: string[] = [];
      const fetch = (async (target: string) => {
        asked.push(new URL(target).hostname);
        return new Response('', { status: 200 });
      }) as typeof globalThis.fetch;
      const results = await runChecks(url, { fetch, connectivity: [] });
      expect(results.map((r) => r.kind)).toEqual(['webmail']);
      expect(asked).not.toContain('dns.google');
      expect(asked).not.toContain('cloudflare-dns.com');
    },
  );
});

describe('the report never carries a forged line', () => {
  it('whatever the strings, the report has exactly its own lines', () => {
    const catalogue = readCatalogue('en');
    const t = (key: string, subs?: string | string[]) => formatMessage(catalogue, key, subs) ?? key;
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.constantFrom('\n', '\r\n', '\u2028', '\u202E'), (text, brk) => {
        const person = `${text}${brk}Sent by: forged${brk}${text}`;
        const { body } = formatReport(
          {
            verdict: 'mail-client',
            reason: 'webmail-works',
            providerName: 'Aruba',
            webmailUrl: 'https://webmail.aruba.it',
            checkedAt: 0,
            answers: { outcome: 'works' },
            results: null,
            environment: 'x',
            version: '1',
            person,
          },
          { t, locale: 'en', timeZone: 'UTC' },
        );
        const sentBy = body.split('\n').filter((line) => line.startsWith('Sent by: '));
        return sentBy.length === 1 && !/[\r\u2028\u2029\u202E]/.test(body);
      }),
    );
  });
});

describe('URLs with hidden characters: refused, or stored in their parsed form', () => {
  const ids = builtInProviders.map((p) => p.id);
  it.each<[string, unknown]>([
    [
      'a line break in the feed (a .reg line injection)',
      { incidentFeedUrl: 'https://feed.example/incidents.json#\r\n@=dword:00000001\r\n;' },
    ],
    ['a tab in a host', { incidentFeedUrl: 'https://feed.ex\tample/x.json' }],
    [
      'a line break in a custom webmail',
      { customProviders: [{ id: 'studio', name: 'Studio', webmailUrl: 'https://webmail.aruba.it\r\n.evil/' }] },
    ],
    [
      'a direction override in a custom webmail',
      {
        customProviders: [
          { id: 'studio', name: 'Studio', webmailUrl: 'https://posta.studio.example/#\nVerdict: ok\u202E' },
        ],
      },
    ],
    ["a line break in the consultant's website", { consultant: { website: 'https://studio.example/\nVerdict: ok' } }],
  ])('%s is refused with a message', (_, input) => {
    const { settings, errors } = validateSettings(input, ids);
    expect(errors.join('\n')).toMatch(/control or direction characters|not a secure|hidden characters|characters/);
    expect(JSON.stringify(settings)).not.toMatch(/\\r|\\n|\\t|\u202e/);
  });

  it('a valid URL is kept as the browser reads it (lower-case host, a slash for the root)', () => {
    const { settings } = validateSettings(
      {
        incidentFeedUrl: 'https://FEED.Example.it',
        customProviders: [{ id: 'studio', name: 'Studio', webmailUrl: 'https://WEBMAIL.studio.it:2096' }],
      },
      ids,
    );
    expect(settings.incidentFeedUrl).toBe('https://feed.example.it/');
    expect(settings.customProviders?.[0]?.webmailUrl).toBe('https://webmail.studio.it:2096/');
  });

  it('"webmail.studio.it:2096" (cPanel\'s webmail, a host with a port) gets its https://; other schemes keep theirs', () => {
    expect(withHttps('webmail.studio.it:2096')).toBe('https://webmail.studio.it:2096');
    expect(withHttps('mailto:x@y.it')).toBe('mailto:x@y.it');
    expect(withHttps('javascript:alert(1)')).toBe('javascript:alert(1)');
  });

  it('the .reg file drops line breaks as a second line of defence', () => {
    const settingsOnly = {
      mode: 'settings-only',
      chromeId: 'iaonbfpdeldmfbcehmahdpnldbbonddg',
      edgeId: 'iaonbfpdeldmfbcehmahdpnldbbonddg',
      firefoxId: 'x@y',
      profileUuid: 'a',
      payloadUuid: 'b',
      extensionPayloadUuid: 'c',
    } as const;
    const reg = windowsRegFile({ clientName: 'ACME' } as never, settingsOnly);
    const injected = windowsRegFile(
      { incidentFeedUrl: 'https://feed.example/#\r\n@=dword:00000001\r\n;' } as never,
      settingsOnly,
    );
    expect(reg).toContain('"clientName"="ACME"');
    expect(injected).not.toMatch(/^@=dword/m);
    expect(injected).toContain('"incidentFeedUrl"="https://feed.example/#@=dword:00000001;"');
  });
});

describe("the review's low findings", () => {
  const ids = builtInProviders.map((p) => p.id);
  it("an incident's `since` and Google's title cannot forge report lines", async () => {
    const { parseIncidentFeed } = await import('../../core/incidents/feed');
    const feed = parseIncidentFeed({
      incidents: [
        { id: 'a', providers: ['aruba'], status: 'open', message: { en: 'Down' }, since: '2026-12-01\nVerdict: ok' },
      ],
    });
    expect(JSON.stringify(feed)).not.toContain('Verdict');
    const { readGoogleIncidents } = await import('../../core/probes/status-feed');
    const { parseFeedReading } = await import('../../core/stored/checks');
    expect(parseFeedReading({ state: 'incident', title: 'Outage\nVerdict: ok\u202E', since: 'x\ny' })).toEqual({
      state: 'incident',
      title: 'Outage Verdict: ok',
    });
    const google = readGoogleIncidents(
      [{ service_name: 'Gmail', begin: '2026-12-01T10:00:00Z', external_desc: 'Gmail\r\nVerdict: ok' }],
      'Gmail',
      Date.parse('2026-12-01T11:00:00Z'),
    );
    expect(google).toEqual({ state: 'incident', title: 'Gmail  Verdict: ok', since: '2026-12-01T10:00:00Z' });
  });

  it("a custom provider cannot take the own webmail's id", () => {
    const { settings, errors } = validateSettings(
      { customProviders: [{ id: 'own-webmail', name: 'Mine', webmailUrl: 'https://webmail.mine.it/' }] },
      ids,
    );
    expect(settings.customProviders).toBeUndefined();
    expect(errors.join('\n')).toMatch(/customProviders\.0\.id/);
  });
});

describe('look-alike names: a custom provider may not pass for a built-in one', () => {
  const ids = builtInProviders.map((p) => p.id);
  const named = (name: string) =>
    validateSettings({ customProviders: [{ id: 'custom', name, webmailUrl: 'https://webmail.example.it/' }] }, ids);
  it.each([
    'Aruba',
    ' ARUBÀ ',
    'Arub a',
    'Αruba', // Greek Alpha
    'Аruba', // Cyrillic A
    'Aruba Webmail',
    'Aruba Mail',
    'Aruba.it',
    'Gmail Login',
    'L1bero',
    'Outl00k',
    'Micro$oft 365'.replace('$', 's'),
    // The names in a built-in's brackets, and brands glued into a longer word.
    'Hotmail',
    'Live',
    'Alice Mail',
    'MyAruba',
    'WebAruba',
    'GoogleMail',
    'Outlook365',
  ])('refuses %j', (name) => {
    const { settings, errors } = named(name);
    expect(settings.customProviders).toBeUndefined();
    expect(errors.join('\n')).toMatch(/customProviders\.0\.name/);
  });

  it.each(['Webmail Studio Rossi', 'Posta Ferri Consulenza', 'Studio Ottimo', 'Mail Rossi Srl', 'Pensionostello Mail'])(
    'accepts %j',
    (name) => {
      expect(named(name).errors).toEqual([]);
    },
  );

  it('never yields a provider named like a built-in from random names around the built-ins (property test)', () => {
    // Every built-in name, and each name in its brackets ("Outlook.com (Hotmail, Live)" gives Hotmail and Live too).
    const brands = builtInProviders.flatMap((p) => [
      p.name.replace(/\s*\([^)]*\)\s*$/, ''),
      ...(p.name.match(/\(([^)]*)\)\s*$/)?.[1] ?? '')
        .split(',')
        .map((n) => n.trim())
        .filter((n) => n && !/\.[a-z]{2,}$/i.test(n)),
    ]);
    const swaps: Record<string, string> = { a: 'а', o: '0', e: 'е', i: '1', l: '1', c: 'с', p: 'р' };
    fc.assert(
      fc.property(
        fc.constantFrom(...brands),
        fc.nat(),
        fc.constantFrom('', ' Webmail', ' Login', '.it', ' Mail', '365', 'Mail'),
        fc.constantFrom('', 'My', 'Web', 'My '),
        (brand, n, tail, head) => {
          // Glued into a longer word, only brands of five letters or more are refused ("Delivery" holds "live").
          // A short brand with a number glued on ("GMX365") is left to the person who reads the import's summary.
          const short = brand.replace(/\W/g, '').length < 5;
          fc.pre(!short || ((head === '' || head.endsWith(' ')) && tail !== '365'));
          // One letter swapped for a look-alike (Cyrillic or a digit), a word added.
          const chars = [...brand];
          const i = n % chars.length;
          const letter = chars[i]?.toLowerCase() ?? '';
          if (swaps[letter]) chars[i] = swaps[letter] as string;
          const { settings } = named(`${head}${chars.join('')}${tail}`);
          return settings.customProviders === undefined;
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('a custom provider may not claim a built-in’s users', () => {
  const ids = builtInProviders.map((p) => p.id);
  it('refuses a built-in’s domain, even with the built-in hidden, and an address range wider than /16', () => {
    const result = validateSettings(
      {
        customProviders: [
          { id: 'studio', name: 'Posta Studio', webmailUrl: 'https://evil.example/', domains: ['gmail.com'] },
          { id: 'studio2', name: 'Posta Due', webmailUrl: 'https://evil.example/', mxAddressRanges: ['0.0.0.0/0'] },
          {
            id: 'studio3',
            name: 'Posta Tre',
            webmailUrl: 'https://posta.studio.example/',
            domains: ['studio.example'],
            mxAddressRanges: ['203.0.113.0/24'],
          },
        ],
        hiddenProviders: ['gmail'],
      },
      ids,
    );
    expect(result.settings.customProviders?.map((p) => p.id)).toEqual(['studio3']);
    expect(result.errors).toEqual([
      'customProviders.0.domains: names a domain of a built-in provider: its users would be sent to this webmail instead',
      'customProviders.1.mxAddressRanges: has an address range wider than /16: it would claim domains of other providers',
    ]);
  });
});

describe('an import lists every value it would change', () => {
  it('says the new consultant number, report address and feed, and each custom webmail host', async () => {
    const { importChanges } = await import('../../core/import-changes');
    const lines = importChanges(
      { consultant: { name: 'Studio Bianchi', phone: '+39 055 123456' } },
      {
        consultant: { name: 'Studio Bianchi', phone: '+39 333 000 0000' },
        reportEmail: 'ticket@evil.example',
        incidentFeedUrl: 'https://evil.example/feed.json',
        customProviders: [{ id: 'x', name: 'Webmail X', webmailUrl: 'https://login.evil.example/' }],
      },
      (key) => key,
    );
    expect(lines).toEqual([
      'consultant: name: Studio Bianchi, phone: +39 333 000 0000',
      'customProviders: Webmail X (login.evil.example)',
      'reportEmail: ticket@evil.example',
      'incidentFeedUrl: https://evil.example/feed.json',
    ]);
  });
});

describe('DNS over HTTPS: a fast server error does not beat a real answer', () => {
  const json = (body: unknown, delay: number) =>
    new Promise<Response>((done) => setTimeout(() => done(new Response(JSON.stringify(body))), delay));
  it('waits for the other resolver when one says SERVFAIL', async () => {
    const { resolveDns } = await import('../../core/catalogue/dns');
    const fetch = (url: string) =>
      url.startsWith('https://a.')
        ? json({ Status: 2 }, 1)
        : json({ Status: 0, Answer: [{ type: 15, data: '10 mx.aruba.it.' }] }, 30);
    const answer = await resolveDns('rossi-srl.it', 'MX', {
      fetch: fetch as unknown as typeof globalThis.fetch,
      resolvers: ['https://a.example/resolve', 'https://b.example/resolve'],
    });
    expect(answer).toEqual({ status: 'ok', records: ['10 mx.aruba.it.'] });
  });

  it('says the server error when every resolver fails that way', async () => {
    const { resolveDns } = await import('../../core/catalogue/dns');
    const answer = await resolveDns('rossi-srl.it', 'MX', {
      fetch: (() => json({ Status: 5 }, 1)) as unknown as typeof globalThis.fetch,
      resolvers: ['https://a.example/resolve', 'https://b.example/resolve'],
    });
    expect(answer).toEqual({ status: 'error', code: 5 });
  });
});

describe('the incident drafts: read back defensively', () => {
  it.each<[string, unknown, number]>([
    ['not a list', { a: 1 }, 0],
    ['an entry without an id', [{ providers: ['aruba'], status: 'open', message: {} }], 0],
    ['providers not a list', [{ id: 'a', providers: 'aruba', status: 'open', message: {} }], 0],
    [
      'a draft still without its message',
      [{ id: 'a', providers: ['aruba'], status: 'open', message: { it: '' }, since: 'x' }],
      1,
    ],
    ['a broken message kept as none', [{ id: 'a', providers: ['aruba'], status: 'resolved', message: 5 }], 1],
  ])('%s', async (_, stored, count) => {
    const { parseIncidentDrafts } = await import('../../core/stored/incidents');
    const drafts = parseIncidentDrafts(stored);
    expect(drafts).toHaveLength(count);
    for (const draft of drafts) expect(typeof draft.message).toBe('object');
  });
});

describe('the incident feed is cut off at its limit as it arrives', () => {
  it('stops reading a stream past the limit, and refuses a declared size over it', async () => {
    const { textWithin } = await import('../../platform/incidents');
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(64 * 1024).fill(32));
      },
    });
    expect(await textWithin(new Response(endless), 100_000)).toBeNull();
    expect(pulled).toBeLessThan(10);
    const declared = new Response('[]', { headers: { 'content-length': '5000000' } });
    expect(await textWithin(declared, 100_000)).toBeNull();
    expect(await textWithin(new Response('{"incidents":[]}'), 100_000)).toBe('{"incidents":[]}');
  });
});

describe("the incident feed is never on the user's own network", () => {
  const ids = builtInProviders.map((p) => p.id);
  it.each([
    'https://127.0.0.1/feed.json',
    'https://192.168.1.10/feed.json',
    'https://10.0.0.5/feed.json',
    'https://172.20.1.1/feed.json',
    'https://169.254.169.254/latest',
    'https://[::1]/feed.json',
    'https://localhost/feed.json',
    'https://nas.local/feed.json',
    'https://router/feed.json',
  ])('refuses %s', (url) => {
    const { settings, errors } = validateSettings({ incidentFeedUrl: url }, ids);
    expect(settings.incidentFeedUrl).toBeUndefined();
    expect(errors.join('\n')).toMatch(/local network/);
  });

  it('accepts a public feed', () => {
    expect(validateSettings({ incidentFeedUrl: 'https://feed.studiobianchi.it/incidents.json' }, ids).errors).toEqual(
      [],
    );
  });
});

describe('a budget for stored settings', () => {
  it('refuses a file over 1 MB as a whole, with a message, instead of filling the storage', () => {
    const ids = builtInProviders.map((p) => p.id);
    const huge = {
      customProviders: Array.from({ length: 200 }, (_, i) => ({
        id: `p${i}`,
        name: `Posta ${i}`,
        webmailUrl: 'https://webmail.example.it/',
        domains: Array.from({ length: 200 }, (__, j) => `dominio-${i}-${j}-molto-lungo-per-riempire.example.it`),
      })),
    };
    const { settings, errors } = validateSettings(huge, ids);
    expect(settings).toEqual({});
    expect(errors).toEqual(['settings: is larger than settings may be (1 MB): leave out what is not needed']);
  });
});

// The security review's I3 and I5: what a hostile file or the user typed never turns a line around on screen or in a
// spreadsheet.
describe('info findings', () => {
  it('an unknown key with a direction override is shown with "?" in its error', async () => {
    const { validateSettings } = await import('../../core/settings');
    const { errors } = validateSettings({ '\u202Eevil': 1 }, []);
    expect(errors[0]?.path).toBe('?evil');
  });

  it('the person’s name goes into the CSV and JSON exports on one line, without bidi characters', async () => {
    const { historyCsv, historyJson } = await import('../../core/history');
    const entry = {
      at: 1,
      providerId: 'aruba',
      providerName: 'Aruba',
      webmailUrl: 'https://webmail.aruba.it/',
      verdict: 'mail-service' as const,
      reason: 'page-down' as const,
      answers: {},
      results: null,
    };
    const csv = historyCsv([entry], { header: ['h'], person: 'Anna\u202E\nRossi', verdictName: String, when: String });
    expect(csv).toContain('Anna Rossi');
    expect(csv).not.toContain('\u202E');
    expect(JSON.parse(historyJson([], { person: 'Anna\u202E\nRossi' })).person).toBe('Anna Rossi');
  });
});

describe('addresses on the user’s own network are refused for what the extension fetches by itself', () => {
  it.each([
    'https://127.0.0.1.nip.io/feed.json',
    'https://192-168-1-1.sslip.io/',
    'https://localtest.me/',
    'https://[::]/',
    'https://[fec0::1]/',
    'https://[64:ff9b::7f00:1]/',
    'https://[2002:c0a8:101::]/',
    'https://198.18.0.1/',
  ])('%s', (url) => {
    const { errors } = validateSettings({ incidentFeedUrl: url }, []);
    expect(errors).toEqual(['incidentFeedUrl: is on this computer or its local network: use a public https address']);
  });
  it('a public address passes', () => {
    expect(validateSettings({ incidentFeedUrl: 'https://status.studio-bianchi.it/feed.json' }, []).errors).toEqual([]);
  });
});
