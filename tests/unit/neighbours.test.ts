// The neighbours as evidence: Globalping's probes (what is measured, how the answer is read, what it proves), the
// consultant's other clients (the event against its JSON Schema, the requests, the count), and how both weigh on the
// verdict, as one table: the user's answer × the checks × the probes × the neighbours × an incident → the verdict.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../core/answers';
import { builtInProviders } from '../../core/catalogue/built-in';
import { withDetails } from '../../core/catalogue/details';
import { countNeighbours, isFailing, neighbourEvent, neighbourPollUrl, neighbourPost } from '../../core/neighbours';
import { neighbourLines } from '../../core/probes/neighbour-lines';
import {
  measurementRequest,
  type OutsideReading,
  outsideStateOf,
  outsideTarget,
  readMeasurement,
  whyOfStatus,
} from '../../core/probes/outside';
import { type ChecksRecord, elsewhereUp, evidenceOf, outageKnown } from '../../core/probes/record';
import type { ProbeResult } from '../../core/probes/results';
import { screenOf } from '../../core/wizard';
import type { OpenedState } from '../../core/wizard-state';

const aruba = withDetails(builtInProviders.find((p) => p.id === 'aruba') as never);
const site = '0d6f3c5e-6a51-4b8e-9a41-1f2c3d4e5f60';
const at = Date.UTC(2026, 11, 6, 9, 30);

describe('the probes on other networks (Globalping)', () => {
  it.each([
    ['page-failed', 'webmail.aruba.it', 443],
    ['login-failed', 'imaps.aruba.it', 993],
    ['inbox-failed', 'imaps.aruba.it', 993],
  ] as const)('%s: measures %s:%i', (outcome, host, port) => {
    expect(outsideTarget(aruba, outcome)).toEqual({ host, port });
  });

  it('a provider without mail servers in the catalogue: its webmail host on 443', () => {
    expect(outsideTarget({ id: 'x', name: 'X', webmailUrl: 'https://posta.x.it/' }, 'login-failed')).toEqual({
      host: 'posta.x.it',
      port: 443,
    });
  });

  it('asks for a TCP ping from up to three probes in Italy, as the API documents', () => {
    expect(JSON.parse(measurementRequest({ host: 'imaps.aruba.it', port: 993 }))).toEqual({
      type: 'ping',
      target: 'imaps.aruba.it',
      locations: [{ country: 'IT' }],
      limit: 3,
      measurementOptions: { protocol: 'TCP', port: 993, packets: 3 },
    });
  });

  const probe = (status: string, rcv?: number, city = 'Milan') => ({
    probe: { city, network: 'Fastweb SpA', country: 'IT' },
    result: { status, ...(rcv === undefined ? {} : { stats: { total: 3, rcv, loss: ((3 - rcv) / 3) * 100 } }) },
  });

  it.each([
    [[probe('finished', 3), probe('finished', 2), probe('finished', 3)], 'up'],
    [[probe('finished', 0), probe('failed'), probe('finished', 0)], 'down'],
    [[probe('finished', 3), probe('finished', 0)], 'mixed'],
    [[probe('in-progress')], 'unavailable'],
    [[], 'unavailable'],
  ])('probes %j: %s', (results, state) => {
    expect(outsideStateOf(readMeasurement({ status: 'finished', results }).probes)).toBe(state);
  });

  it('reads a strange answer as nothing, never throws', () => {
    for (const answer of [null, 'x', 3, { results: 'x' }, { results: [null, 3, { probe: 1 }] }]) {
      expect(readMeasurement(answer).probes).toEqual([]);
    }
    expect(readMeasurement({ status: 'in-progress', results: [] }).finished).toBe(false);
  });

  it.each([
    [429, 'rate-limited'],
    [422, 'no-probes'],
    [500, 'service-error'],
  ] as const)('a create answered %i: %s', (status, why) => {
    expect(whyOfStatus(status)).toBe(why);
  });
});

describe("the consultant's other clients (the neighbours' topic)", () => {
  const ajv = new Ajv2020({ strict: true });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync('docs/webmail-first-neighbour.schema.json', 'utf8')));

  it.each([
    [{ outcome: 'page-failed', followUp: 'internet-works' }, true],
    [{ outcome: 'page-failed', followUp: 'internet-works', second: 'phone-fails' }, true],
    [{ outcome: 'page-failed', followUp: 'internet-works', second: 'phone-works' }, false],
    [{ outcome: 'page-failed', followUp: 'internet-works', checked: 'internet-slow' }, false],
    [{ outcome: 'page-notice', followUp: 'notice-maintenance' }, true],
    [{ outcome: 'page-notice', followUp: 'notice-other' }, true],
    [{ outcome: 'page-notice', followUp: 'notice-blocked' }, false],
    [{ outcome: 'page-notice', checked: 'page-unavailable' }, true],
    [{ outcome: 'inbox-failed' }, true],
    [{ outcome: 'login-failed', followUp: 'password-sure' }, true],
    [{ outcome: 'login-failed', followUp: 'password-unsure' }, false],
    [{ outcome: 'works' }, false],
    [{}, false],
  ] as [Answers, boolean][])('answers %j: failing %s', (answers, failing) => {
    expect(isFailing(answers)).toBe(failing);
  });

  it('the event holds exactly the schema’s fields, nothing typed by the user', () => {
    const event = neighbourEvent({
      site,
      provider: 'aruba',
      verdict: 'mail-service',
      answers: { outcome: 'page-failed', followUp: 'internet-works' },
      at,
    });
    expect(validate(event), JSON.stringify(validate.errors)).toBe(true);
    expect(Object.keys(event).sort()).toEqual([
      'failing',
      'format',
      'outcome',
      'provider',
      'site',
      'time',
      'verdict',
      'version',
    ]);
    expect(validate({ ...event, address: 'mario@rossi.it' })).toBe(false);
  });

  it('is posted as a simple request: text body; title, tags, priority and token in the query string', () => {
    const event = neighbourEvent({
      site,
      provider: 'aruba',
      verdict: 'account',
      answers: { outcome: 'inbox-failed' },
      at,
    });
    const { url, body } = neighbourPost('https://ntfy.example.com/studio-vicini', event, 'tk_abc');
    const parsed = new URL(url);
    expect(parsed.pathname).toBe('/studio-vicini');
    expect(parsed.searchParams.get('tags')).toBe('wf,aruba,fail');
    expect(Buffer.from(parsed.searchParams.get('auth') ?? '', 'base64url').toString()).toBe('Bearer tk_abc');
    expect(JSON.parse(body)).toEqual(event);
  });

  it('polls the last half hour’s failing checks on the provider, filtered by the server', () => {
    const url = new URL(neighbourPollUrl('https://ntfy.example.com/studio-vicini', 'aruba'));
    expect(url.pathname).toBe('/studio-vicini/json');
    expect(Object.fromEntries(url.searchParams)).toEqual({ poll: '1', since: '30m', tags: 'aruba,fail' });
  });

  it('counts distinct other sites failing on the provider; this site, other providers, ok checks and junk are not', () => {
    const line = (over: Record<string, unknown>) =>
      JSON.stringify({
        event: 'message',
        message: JSON.stringify({
          ...neighbourEvent({
            site,
            provider: 'aruba',
            verdict: 'mail-service',
            answers: { outcome: 'inbox-failed' },
            at,
          }),
          ...over,
        }),
      });
    const other = (n: number) => `0d6f3c5e-6a51-4b8e-9a41-00000000000${n}`;
    const ndjson = [
      line({ site: other(1) }),
      line({ site: other(1) }), // the same site twice
      line({ site: other(2) }),
      line({}), // this site
      line({ site: other(3), provider: 'libero' }),
      line({ site: other(4), failing: false }),
      line({ site: other(5), format: 'something-else' }),
      '{"event":"open"}',
      'not json',
      JSON.stringify({ event: 'message', message: 'a note from the consultant' }),
    ].join('\n');
    expect(countNeighbours(ndjson, 'aruba', site)).toBe(2);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The weighing: one row per situation. `internet` is what the checks from this network found for other sites.

const results = (webmail: ProbeResult['status']): ProbeResult[] => [
  { kind: 'internet', host: 'www.gstatic.com', status: 'ok', ms: 80 },
  { kind: 'webmail', host: 'webmail.aruba.it', status: webmail, ms: 90 },
];
const outside = (state: OutsideReading['state']): OutsideReading => ({
  state,
  host: 'webmail.aruba.it',
  port: 443,
  at,
  id: 'Uf7kqjlKhaGm2bEi',
  probes: [],
});

type Row = [string, Answers, ProbeResult['status'], OutsideReading['state'] | null, number | null, boolean, string];

const rows: Row[] = [
  // answers, webmail from here, probes elsewhere, other sites failing, incident → verdict/reason
  [
    'page fails, other sites work: the service',
    { outcome: 'page-failed', followUp: 'internet-works' },
    'unreachable',
    null,
    null,
    false,
    'mail-service/page-down',
  ],
  [
    '…but the servers answer from elsewhere: this line or network',
    { outcome: 'page-failed', followUp: 'internet-works' },
    'unreachable',
    'up',
    null,
    false,
    'internet/elsewhere-up',
  ],
  [
    '…answer from elsewhere, but 2 other clients fail: the service',
    { outcome: 'page-failed', followUp: 'internet-works' },
    'unreachable',
    'up',
    2,
    false,
    'mail-service/page-down',
  ],
  [
    '…answer from elsewhere, 1 other client fails: this line',
    { outcome: 'page-failed', followUp: 'internet-works' },
    'unreachable',
    'up',
    1,
    false,
    'internet/elsewhere-up',
  ],
  [
    '…answer from elsewhere, but an incident is open: the service',
    { outcome: 'page-failed', followUp: 'internet-works' },
    'unreachable',
    'up',
    0,
    true,
    'mail-service/page-down',
  ],
  [
    '…every probe fails too: the service',
    { outcome: 'page-failed', followUp: 'internet-works' },
    'unreachable',
    'down',
    null,
    false,
    'mail-service/page-down',
  ],
  [
    '…probes mixed: the service, as without them',
    { outcome: 'page-failed', followUp: 'internet-works' },
    'unreachable',
    'mixed',
    null,
    false,
    'mail-service/page-down',
  ],
  [
    '…probes not available: the service, as without them',
    { outcome: 'page-failed', followUp: 'internet-works' },
    'unreachable',
    'unavailable',
    null,
    false,
    'mail-service/page-down',
  ],
  [
    'nothing opens at all: the line, whatever the probes',
    { outcome: 'page-failed', followUp: 'internet-down' },
    'unreachable',
    'down',
    3,
    false,
    'internet/nothing-opens',
  ],
  [
    'a sure password refused: the mailbox, for the consultant',
    { outcome: 'login-failed', followUp: 'password-sure' },
    'ok',
    null,
    0,
    false,
    'account/login-refused',
  ],
  [
    '…every probe on the mail port fails: an outage',
    { outcome: 'login-failed', followUp: 'password-sure' },
    'ok',
    'down',
    null,
    false,
    'mail-service/login-refused',
  ],
  [
    '…2 other clients refused too: an outage',
    { outcome: 'login-failed', followUp: 'password-sure' },
    'ok',
    'up',
    2,
    false,
    'mail-service/login-refused',
  ],
  [
    '…the servers answer elsewhere: still the mailbox',
    { outcome: 'login-failed', followUp: 'password-sure' },
    'ok',
    'up',
    0,
    false,
    'account/login-refused',
  ],
  ['the inbox fails: the service', { outcome: 'inbox-failed' }, 'ok', 'up', 0, false, 'mail-service/inbox-failed'],
  [
    'the webmail works: the computer, whatever the neighbours say',
    { outcome: 'works' },
    'ok',
    'down',
    5,
    true,
    'mail-client/webmail-works',
  ],
];

describe('the weighing: answer × checks × probes × neighbours × incident → verdict', () => {
  it.each(rows)('%s', (_, answers, webmail, probes, neighbours, incident, expected) => {
    const state: OpenedState = {
      stage: 'opened',
      providerId: 'aruba',
      address: null,
      openedAt: at,
      checkRequestedAt: at,
      answers,
      answeredAt: at + 30_000,
    };
    const checks: ChecksRecord = {
      requestedAt: at,
      providerId: 'aruba',
      results: results(webmail),
      finishedAt: at + 2_000,
      ...(probes ? { outside: outside(probes) } : {}),
      ...(neighbours === null ? {} : { neighbours: { state: 'counted' as const, count: neighbours, at } }),
      ...(incident ? { incident: { id: 'aruba-2026-12-06' } } : {}),
    };
    const evidence = evidenceOf(state, checks);
    const screen = screenOf(state, evidence, outageKnown(checks, evidence), elsewhereUp(checks));
    expect(screen.kind === 'verdict' ? `${screen.verdict}/${screen.reason}` : screen.kind).toBe(expected);
  });
});

describe('the neighbours in words', () => {
  it('says what the probes and the other clients found, with their hooks, in the user’s plural', () => {
    const lines = neighbourLines(
      { outside: outside('up'), neighbours: { state: 'counted', count: 2, at } },
      'Aruba',
      'Studio Neri',
      'it',
    ).map(({ line, why }) => [line.key, line.hook.value, why]);
    expect(lines).toEqual([
      ['outsideUp', 'up', undefined],
      ['neighboursCount_other', '2', undefined],
    ]);
    expect(
      neighbourLines({ neighbours: { state: 'counted', count: 1, at } }, 'Aruba', 'Studio Neri', 'en')[0]?.line.key,
    ).toBe('neighboursCount_one');
    expect(
      neighbourLines({ neighbours: { state: 'counted', count: 0, at } }, 'Aruba', 'Studio Neri', 'en')[0]?.line.key,
    ).toBe('neighboursNone');
    expect(
      neighbourLines({ outside: { ...outside('unavailable'), why: 'rate-limited' } }, 'Aruba', 'S', 'en')[0]?.why,
    ).toBe('outsideWhyRateLimited');
  });
});
