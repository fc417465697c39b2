// What the address finder found, in the user's words: loaded with the finder, off the first paint.
import { sentenceName } from '../core/catalogue/choose';
import type { Detection } from '../core/catalogue/detect';
import type { Provider } from '../core/catalogue/provider';
import { t } from '../platform/i18n';

/** What the finder found, in the user's words; `domain` as the user typed it (caffè.it, not xn--caff-8oa.it). */
export function describe(detection: Detection, domain: string): string {
  switch (detection.kind) {
    case 'empty':
      return t('detectEmpty');
    case 'invalid':
      return t('detectInvalid');
    case 'domain':
      return t('detectDomain', [domain, detection.provider.name]);
    case 'mx':
      return t('detectMx', [domain, detection.provider.name]);
    case 'signals':
      return t('detectSignals', [domain, detection.provider.name]);
    case 'no-webmail':
      return t(detection.proposal ? 'detectProposal' : 'detectNoWebmail', [domain, detection.name]);
    case 'forward-only':
      return t('detectForwardOnly', [domain, detection.service]);
    case 'filtered':
      return t('detectFiltered', [domain, detection.service]);
    case 'unknown-mx':
      return t('detectUnknownMx', domain);
    case 'no-mx':
      return t('detectNoMx', domain);
    case 'no-domain':
      return t('detectNoDomain', domain);
    case 'lookup-failed':
      return t('detectFailed', domain);
    case 'lookup-disabled':
      return t('detectDisabled', domain);
  }
}

/** The findings whose way on is a person (the consultant's card; a verdict where the domain receives no mail). */
const deadEnds = ['no-domain', 'no-mx', 'unknown-mx', 'forward-only', 'filtered'] as const;
export type DeadEndDetection = Extract<Detection, { kind: (typeof deadEnds)[number] }>;

/**
 * What the picker does with a finding: its words, whether it is a failure (a known service without a known
 * webmail is not: its next step is right below), whether a provider was found, and whether the way on is a person.
 */
export function nextStep(detection: Detection, domain: string, preset?: Provider) {
  const found = detection.kind === 'domain' || detection.kind === 'mx' || detection.kind === 'signals';
  const deadEnd = (deadEnds as readonly string[]).includes(detection.kind)
    ? (detection as DeadEndDetection)
    : undefined;
  // The domain's mail servers name another provider than the consultant set up (a website move that took the MX
  // records along): said as a doubt for the consultant, not as a fact; the consultant's provider stays chosen.
  if (preset && (detection.kind === 'mx' || detection.kind === 'signals') && detection.provider.id !== preset.id) {
    const text = t('detectDiffersFromPreset', [
      sentenceName(preset.name),
      domain,
      sentenceName(detection.provider.name),
    ]);
    return { text, error: true, found, deadEnd, doubt: true };
  }
  return {
    text: describe(detection, domain),
    error: !found && detection.kind !== 'no-webmail',
    found,
    deadEnd,
    doubt: false,
  };
}
