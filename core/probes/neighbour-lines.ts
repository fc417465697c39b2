// What the neighbours said, in words: other Italian networks (Globalping) and the consultant's other clients (the
// neighbours' topic). One list of lines for the checks panel, the verdict and the report alike. Pure.
import type { MessageKey } from '../messages';
import type { NeighboursReading } from '../neighbours';
import type { OutsideReading, OutsideWhy } from './outside';

export interface NeighbourLine {
  key: MessageKey;
  substitutions: string[];
  /** The public hook's value: `data-probes` or `data-neighbours`. */
  hook: { name: 'probes' | 'neighbours'; value: string };
}

const whyKeys: Record<OutsideWhy, MessageKey> = {
  offline: 'outsideWhyOffline',
  'rate-limited': 'outsideWhyRateLimited',
  'service-error': 'outsideWhyServiceError',
  'no-probes': 'outsideWhyNoProbes',
  timeout: 'outsideWhyTimeout',
};

const neighbourWhyKeys: Record<NonNullable<NeighboursReading['why']>, MessageKey> = {
  offline: 'outsideWhyOffline',
  refused: 'neighboursWhyRefused',
  'service-error': 'outsideWhyServiceError',
  timeout: 'outsideWhyTimeout',
};

/** The `data-neighbours` value of a reading: the count of other sites failing, or `unavailable`. */
export const neighboursHook = (reading: NeighboursReading): string =>
  reading.state === 'counted' ? String(reading.count) : 'unavailable';

/** The lines, in order: other networks first, then other clients. `why` keys are for the caller to translate. */
export function neighbourLines(
  input: { outside?: OutsideReading | undefined; neighbours?: NeighboursReading | undefined },
  providerName: string,
  consultantName: string,
  locale: string,
): { line: NeighbourLine; why?: MessageKey }[] {
  const lines: { line: NeighbourLine; why?: MessageKey }[] = [];
  const { outside, neighbours } = input;
  if (outside) {
    const where = `${outside.host}:${outside.port}`;
    const count = String(outside.probes.length);
    const id = outside.id ?? '';
    const hook = { name: 'probes' as const, value: outside.state };
    if (outside.state === 'unavailable') {
      lines.push({
        line: { key: 'outsideUnavailable', substitutions: [providerName], hook },
        why: whyKeys[outside.why ?? 'service-error'],
      });
    } else {
      const key: MessageKey =
        outside.state === 'up' ? 'outsideUp' : outside.state === 'down' ? 'outsideDown' : 'outsideMixed';
      const answered = String(outside.probes.filter((p) => p.answered).length);
      const substitutions = [providerName, where, count, id, ...(outside.state === 'mixed' ? [answered] : [])];
      lines.push({ line: { key, substitutions, hook } });
    }
  }
  if (neighbours) {
    const hook = { name: 'neighbours' as const, value: neighboursHook(neighbours) };
    if (neighbours.state === 'unavailable') {
      lines.push({
        line: { key: 'neighboursUnavailable', substitutions: [consultantName], hook },
        why: neighbourWhyKeys[neighbours.why ?? 'service-error'],
      });
    } else if (neighbours.count === 0) {
      lines.push({ line: { key: 'neighboursNone', substitutions: [consultantName, providerName], hook } });
    } else {
      const form = new Intl.PluralRules(locale).select(neighbours.count) === 'one' ? 'one' : 'other';
      lines.push({
        line: {
          key: `neighboursCount_${form}` as MessageKey,
          substitutions: [String(neighbours.count), consultantName, providerName],
          hook,
        },
      });
    }
  }
  return lines;
}
