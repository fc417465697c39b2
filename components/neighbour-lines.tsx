// What the neighbours said, in words, with their public hooks: other Italian networks (`data-probes`) and the
// consultant's other clients (`data-neighbours`). Shown in the checks panel, on the question and the verdict alike.
import type { NeighboursReading } from '../core/neighbours';
import { neighbourLines } from '../core/probes/neighbour-lines';
import type { OutsideReading } from '../core/probes/outside';
import { t, uiLanguage } from '../platform/i18n';

interface Props {
  outside?: OutsideReading | undefined;
  neighbours?: NeighboursReading | undefined;
  providerName: string;
  consultant: string;
}

export function NeighbourLines({ outside, neighbours, providerName, consultant }: Props) {
  const lines = neighbourLines({ outside, neighbours }, providerName, consultant, uiLanguage());
  if (lines.length === 0) return null;
  return (
    <ul class="evidence neighbours" data-neighbour-lines>
      {lines.map(({ line, why }) => (
        <li key={line.hook.name} {...{ [`data-${line.hook.name}`]: line.hook.value }}>
          {t(line.key, line.substitutions)}
          {why ? ` ${t(why)}` : ''}
        </li>
      ))}
    </ul>
  );
}
