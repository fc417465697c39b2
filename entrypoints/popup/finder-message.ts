// What the address finder found, in the user's words: loaded with the finder, off the first paint.
import type { Detection } from '../../core/detect';
import { t } from '../../platform/i18n';

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
      return t('detectNoWebmail', [domain, detection.name]);
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
