// Every stored item is read back through its parser in core/stored/, and every parser is held to the same properties
// as the settings' validator (tests/unit/settings.test.ts): random input never throws, what it returns reads back the
// same (idempotent: storage can hold what the parser gives), a value this version writes survives the trip through
// storage unchanged, and the limits are core/limits.ts's, the validators' own.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInProviders } from '../../core/catalogue/built-in';
import { settingsCacheFormat } from '../../core/effective-settings';
import {
  addressLimit,
  errorTextLimit,
  historyLimit,
  idLimit,
  incidentFieldLimit,
  nameLimit,
  personNameLimit,
} from '../../core/limits';
import { settingsTable, validateSettings } from '../../core/settings';
import { parseChecksRecord } from '../../core/stored/checks';
import { parseHistory } from '../../core/stored/history';
import { parseIncidentDrafts, parseIncidentsCache } from '../../core/stored/incidents';
import { parseNeighboursLast, parseNeighboursPosted, parseOutsideCache } from '../../core/stored/neighbours';
import { parseNotifyLast, parseOutbox } from '../../core/stored/outbox';
import { parseOwnProvider, parseProviderId } from '../../core/stored/own-provider';
import { cachedShapes, parseCachedSettings } from '../../core/stored/settings-cache';
import {
  parseClearedAt,
  parseInstallId,
  parsePersonName,
  parseVersion,
  parseWhatsNew,
  parseWorkerStarted,
} from '../../core/stored/values';
import { parseWebmailTab } from '../../core/stored/webmail-tab';
import { parseWizardState } from '../../core/stored/wizard';

const at = Date.UTC(2026, 11, 1, 9, 30);
const address = `${'a'.repeat(addressLimit - '@rossi-srl.it'.length)}@rossi-srl.it`;

interface StoredItem {
  parse: (value: unknown) => unknown;
  /** Values this version writes: each must read back unchanged. */
  written: unknown[];
  /** What a writer stores for a parsed value (most store it as it is). */
  store?: (parsed: unknown) => unknown;
}

/** Every key of platform/storage/ → its parser. local:settings goes through the settings table's validator. */
const items: Record<string, StoredItem> = {
  'session:wizard': {
    parse: parseWizardState,
    written: [
      { stage: 'choosing', providerId: null, address: null },
      { stage: 'choosing', providerId: 'aruba', address },
      { stage: 'suspicious', providerId: null, address: null, at, typed: 'typed-yes' },
      {
        stage: 'opened',
        providerId: 'aruba',
        address: null,
        openedAt: at,
        checkRequestedAt: at,
        answers: {
          outcome: 'page-failed',
          followUp: 'internet-works',
          second: 'phone-unknown',
          checked: 'internet-up',
        },
        answeredAt: at + 60_000,
      },
      {
        stage: 'opened',
        providerId: 'aruba',
        address: 'info@rossi-srl.it',
        openedAt: at,
        checkRequestedAt: at,
        answers: { outcome: 'login-failed', followUp: 'password-sure' },
        answeredAt: at + 60_000,
        page: { id: 'fortiguard', kind: 'blocked', status: 403 },
        error: {
          text: 'x'.repeat(errorTextLimit),
          reading: { id: 'outlook-0x800ccc0e', verdict: 'mail-client', decisive: false },
        },
      },
    ],
  },
  'session:checks': {
    parse: parseChecksRecord,
    written: [
      {
        requestedAt: at,
        providerId: 'aruba',
        results: [{ kind: 'webmail', host: 'webmail.aruba.it', status: 'ok', ms: 120 }],
        finishedAt: at + 900,
        feed: { state: 'incident', title: 'Gmail outage', since: '2026-12-01T09:00:00Z' },
        incident: { id: 'aruba-2026-12-01', ticket: 'x'.repeat(incidentFieldLimit) },
      },
      { requestedAt: at, providerId: 'gmail', results: null, finishedAt: null },
      {
        requestedAt: at,
        providerId: 'aruba',
        results: [{ kind: 'webmail', host: 'webmail.aruba.it', status: 'unreachable', ms: 120 }],
        finishedAt: at + 900,
        outside: {
          state: 'mixed',
          host: 'webmail.aruba.it',
          port: 443,
          at,
          id: 'Uf7kqjlKhaGm2bEi',
          probes: [
            { city: 'Milan', network: 'Fastweb SpA', answered: true },
            { city: 'Rome', network: 'Telecom Italia S.p.A.', answered: false },
          ],
        },
        neighbours: { state: 'unavailable', count: 0, at, why: 'refused' },
      },
    ],
  },
  'session:workerStarted': { parse: parseWorkerStarted, written: [true, false] },
  'session:outsideCache': {
    parse: parseOutsideCache,
    written: [
      [],
      [
        {
          state: 'up',
          host: 'imaps.aruba.it',
          port: 993,
          at,
          id: 'Uf7kqjlKhaGm2bEi',
          probes: [{ city: 'Milan', network: 'Fastweb SpA', answered: true }],
        },
        { state: 'unavailable', host: 'webmail.aruba.it', port: 443, at, probes: [], why: 'rate-limited' },
      ],
    ],
  },
  'session:neighboursPosted': { parse: parseNeighboursPosted, written: [[], [at, at + 1000]] },
  'session:webmailTab': {
    parse: parseWebmailTab,
    written: [
      null,
      { tabId: 12, openedAt: at, status: 'loading' },
      { tabId: 0, openedAt: at, status: 'complete', loadedAt: at + 20_000 },
    ],
  },
  'local:neighboursLast': {
    parse: parseNeighboursLast,
    written: [
      null,
      { kind: 'poll', at, reading: { state: 'counted', count: 2, at } },
      { kind: 'test', at, ok: false, status: 403 },
    ],
  },
  'local:historyClearedAt': { parse: parseClearedAt, written: [at, null] },
  'local:history': {
    parse: parseHistory,
    written: [
      [
        {
          at,
          answeredAt: at + 60_000,
          providerId: 'aruba',
          providerName: 'Aruba',
          webmailUrl: 'https://webmail.aruba.it/',
          verdict: 'account',
          reason: 'login-refused',
          answers: { outcome: 'login-failed', followUp: 'password-sure' },
          results: [{ kind: 'internet', host: 'www.google.com', status: 'ok', ms: 80 }],
          address,
          error: { text: 'Login failed', reading: 'imap-auth-failed' },
        },
      ],
    ],
  },
  'local:lastProvider': { parse: parseProviderId, written: ['aruba', 'x'.repeat(idLimit), null] },
  'local:personName': { parse: parsePersonName, written: ['Maria Rossi', 'M'.repeat(personNameLimit), ''] },
  'local:ownProvider': {
    parse: parseOwnProvider,
    written: [
      { id: 'own-webmail', name: 'mail.studio-rossi.it', webmailUrl: 'https://mail.studio-rossi.it/' },
      { id: 'own-webmail', name: 'E'.repeat(nameLimit), webmailUrl: 'https://webmail.email.it/login' },
    ],
  },
  'local:incidents': {
    parse: parseIncidentsCache,
    written: [
      {
        url: 'https://studiobianchi.it/incidents.json',
        at,
        incidents: [{ id: 'a1', providers: ['aruba'], status: 'open', message: { it: 'Aruba non risponde' } }],
      },
      null,
    ],
  },
  'local:incidentDraft': {
    parse: parseIncidentDrafts,
    written: [
      [{ id: 'a1', providers: ['aruba'], status: 'open', message: { it: '' }, since: '2026-12-01T09:00:00.000Z' }],
    ],
  },
  'local:settings': {
    // The settings table's validator (core/settings.ts) is the parser; its own property tests are settings.test.ts's.
    parse: (value) =>
      validateSettings(
        value,
        builtInProviders.map((p) => p.id),
      ).settings,
    written: [{ provider: 'aruba', consultant: { name: 'Studio Bianchi', email: 'assistenza@studiobianchi.it' } }],
  },
  'local:settingsCache': {
    parse: parseCachedSettings,
    written: [
      {
        settings: { provider: 'aruba' },
        managedKeys: ['provider'],
        managed: { provider: 'aruba' },
        managedErrors: [],
        localErrors: [],
      },
    ],
    store: (parsed) => (parsed ? { format: settingsCacheFormat, at, ...(parsed as object) } : parsed),
  },
  'local:installId': { parse: parseInstallId, written: ['1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b', null] },
  'local:installedVersion': { parse: parseVersion, written: ['0.2.0', null] },
  'local:whatsNew': {
    parse: parseWhatsNew,
    written: [{ version: '0.2.0', from: '0.1.0' }, { version: '0.2.0' }, null],
  },
  'local:notifyOutbox': {
    parse: parseOutbox,
    written: [
      {
        items: [
          {
            id: 'x'.repeat(40),
            at,
            code: 'WF-7K3Q',
            kind: 'ntfy',
            host: 'ntfy.sh',
            request: { url: 'https://ntfy.sh/studio-bianchi-posta', headers: { Title: 'Posta' }, body: 'Aruba' },
            automatic: false,
            createdAt: at,
            status: 'waiting',
            attempts: 1,
            nextAt: at + 30_000,
            lastFailure: { kind: 'status', status: 503 },
          },
        ],
      },
    ],
  },
  'local:notifyLast': {
    parse: parseNotifyLast,
    written: [
      { at, test: true, host: 'ntfy.sh', result: { ok: true } },
      { at, test: false, host: 'ntfy.sh', result: { ok: false, failure: { kind: 'timeout' } } },
      null,
    ],
  },
};

/** The keys platform/storage/ defines, read from its source. */
function definedKeys(): string[] {
  const dir = 'platform/storage';
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) => [...readFileSync(`${dir}/${f}`, 'utf8').matchAll(/defineItem<[^']*'((?:local|session):\w+)'/gs)])
    .map((m) => m[1] as string);
}

const store = (item: StoredItem, parsed: unknown) => (item.store ?? ((v) => v))(parsed);
const throughStorage = (value: unknown) => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));

/** Shapes storage may give back after a bug, an older version or a hand edit. */
const damaged = fc.oneof(
  fc.anything(),
  fc.jsonValue(),
  fc.dictionary(
    fc.constantFrom('stage', 'providerId', 'address', 'openedAt', 'answers', 'error', 'items', 'results', 'url', 'at'),
    fc.oneof(fc.anything(), fc.string({ maxLength: 2000 }), fc.double(), fc.array(fc.anything())),
  ),
);

describe('stored-state parsers (core/stored/)', () => {
  it('every stored item has its parser here, and nothing here is not stored', () => {
    expect(definedKeys().sort()).toEqual(Object.keys(items).sort());
  });

  describe.each(Object.entries(items))('%s', (_, item) => {
    it('reads what this version writes back unchanged (through JSON, as storage keeps it)', () => {
      for (const value of item.written) {
        const parsed = item.parse(throughStorage(store(item, value)));
        expect(store(item, parsed) ?? null).toEqual(store(item, value) ?? null);
      }
    });

    it('never throws on damaged input, and what it returns reads back the same', () => {
      fc.assert(
        fc.property(damaged, (input) => {
          const once = item.parse(input);
          const twice = item.parse(throughStorage(store(item, once)));
          expect(store(item, twice) ?? null).toEqual(store(item, once) ?? null);
        }),
        { numRuns: 300 },
      );
    });
  });

  it('keeps a value at the limits the validators accept, and refuses one beyond them', () => {
    const wizard = (a: string) => parseWizardState({ stage: 'choosing', providerId: 'aruba', address: a });
    expect(wizard(address)).toMatchObject({ address });
    expect(wizard(`a${address}`)).toMatchObject({ address: null });
    const [entry] = (items['local:history']?.written[0] ?? []) as object[];
    const history = Array.from({ length: historyLimit + 5 }, (_, i) => ({ ...entry, at: at + i }));
    expect(parseHistory(history)).toHaveLength(historyLimit);
    expect(parsePersonName('M'.repeat(personNameLimit + 10))).toHaveLength(personNameLimit);
    expect(parseProviderId('x'.repeat(idLimit + 1))).toBeNull();
  });
});

describe('the settings copy read back before the first paint', () => {
  it('a copy of this format but another shape is refused, not handed to readers that would throw', () => {
    for (const settings of [
      { customProviders: 5 },
      { customProviders: [{ id: 'x' }] },
      { hiddenProviders: [3] },
      { consultant: 'Studio' },
      { notify: [] },
    ]) {
      expect(parseCachedSettings({ format: settingsCacheFormat, settings }), JSON.stringify(settings)).toBeNull();
    }
    expect(parseCachedSettings({ format: settingsCacheFormat, settings: { clientName: 'x' } })).not.toBeNull();
  });

  it('the shapes it checks are every list and object key of the settings table', () => {
    const table = Object.entries(settingsTable).filter(([, r]) =>
      ['fields', 'providers', 'providerIds'].includes(r.kind),
    );
    expect(Object.keys(cachedShapes).sort()).toEqual(table.map(([key]) => key).sort());
  });
});
