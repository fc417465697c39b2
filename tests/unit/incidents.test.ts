import { describe, expect, it } from 'vitest';
import { incidentFeedJson, parseIncidentFeed } from '../../core/incidents/feed';
import { type Incident, incidentMessage, openIncidentFor } from '../../core/incidents/match';
import { arubaIncident as aruba } from '../fixtures/incidents';

describe('the incident feed', () => {
  it('reads the format of the issue and the versioned file the options page writes', () => {
    expect(parseIncidentFeed({ incidents: [aruba] })).toEqual([aruba]);
    const written = JSON.parse(incidentFeedJson([aruba as Incident]));
    expect(written).toMatchObject({ format: 'webmail-first-incidents', version: 1 });
    expect(parseIncidentFeed(written)).toEqual([aruba]);
  });

  it.each<[string, unknown]>([
    ['not an object', 'oops'],
    ['no list', { incidents: 'none' }],
    ['another format', { format: 'something-else', incidents: [aruba] }],
    ['a newer version', { format: 'webmail-first-incidents', version: 9, incidents: [aruba] }],
  ])('%s: not a feed (changes nothing)', (_, json) => {
    expect(parseIncidentFeed(json)).toBeNull();
  });

  it.each<[string, Record<string, unknown>]>([
    ['no message', { message: {} }],
    ['a message with a line break', { message: { it: 'a\nTicket: fake' } }],
    ['an unknown status', { status: 'maybe' }],
    ['no provider', { providers: [] }],
    ['a bad id', { id: '<script>' }],
    ['an oversized message', { message: { it: 'x'.repeat(501) } }],
  ])('drops an incident with %s, keeps the others', (_, change) => {
    const other = { ...aruba, id: 'ok-1' };
    expect(parseIncidentFeed({ incidents: [{ ...aruba, ...change }, other] })?.map((i) => i.id)).toEqual(['ok-1']);
  });

  it('at most 100 incidents; an invalid date is left out', () => {
    const many = Array.from({ length: 500 }, (_, i) => ({ ...aruba, id: `i-${i}` }));
    expect(parseIncidentFeed({ incidents: many })).toHaveLength(100);
    expect(parseIncidentFeed({ incidents: [{ ...aruba, since: 'yesterday' }] })?.[0]?.since).toBeUndefined();
  });

  it.each<[string, unknown[], string | undefined, string | undefined]>([
    ['open on the provider', [aruba], 'aruba', 'aru-4471'],
    ['resolved: nothing', [{ ...aruba, status: 'resolved' }], 'aruba', undefined],
    ['another provider: nothing', [aruba], 'libero', undefined],
    ['no provider chosen: nothing', [aruba], undefined, undefined],
    [
      'several open: the newest',
      [aruba, { ...aruba, id: 'aru-4480', since: '2026-11-25T11:00:00+01:00' }],
      'aruba',
      'aru-4480',
    ],
  ])('%s', (_, incidents, providerId, expected) => {
    expect(openIncidentFor(parseIncidentFeed({ incidents }) ?? [], providerId)?.id).toBe(expected);
  });

  it("speaks the user's language, else English, else any language given", () => {
    const incident = parseIncidentFeed({ incidents: [aruba] })?.[0] as Incident;
    expect(incidentMessage(incident, 'it')).toMatch(/^Posta Aruba/);
    expect(incidentMessage(incident, 'it-IT')).toMatch(/^Posta Aruba/);
    expect(incidentMessage(incident, 'de')).toMatch(/^Aruba mail/);
    expect(incidentMessage({ ...incident, message: { fr: 'Panne' } }, 'de')).toBe('Panne');
  });
});
