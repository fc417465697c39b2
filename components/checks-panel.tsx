import type { ProbeResult } from '../core/checks';
import { evidenceLines } from '../core/evidence';
import type { Provider } from '../core/provider';
import type { ChecksRecord } from '../core/wizard';
import { t, uiLanguage } from '../platform/i18n';

/** How long the popup waits for results before saying the checks did not finish (they time out at 2.5 s). */
const stalledAfterMs = 6000;

interface Props {
  provider: Provider;
  /** The checks for the current request; undefined when none has been stored yet. */
  checks: ChecksRecord | undefined;
  requestedAt: number | null;
  now: number;
  onCheckAgain: () => void;
}

export function EvidenceList({ results }: { results: readonly ProbeResult[] }) {
  const format = new Intl.NumberFormat(uiLanguage()).format;
  return (
    <ul class="evidence">
      {evidenceLines(results, format).map((line) => (
        <li key={line.key}>{t(line.key, line.substitutions)}</li>
      ))}
    </ul>
  );
}

/** The automatic checks: running, their results in plain words, the provider's incident feed, and "check again". */
export function ChecksPanel({ provider, checks, requestedAt, now, onCheckAgain }: Props) {
  const host = new URL(provider.webmailUrl).hostname;
  const results = checks?.results;
  const stalled = !results && requestedAt !== null && now - requestedAt > stalledAfterMs;
  return (
    <section class="checks" aria-labelledby="checks-heading">
      <h2 id="checks-heading">{t('checksHeading')}</h2>
      <div role="status" aria-live="polite">
        {results ? (
          <EvidenceList results={results} />
        ) : (
          <p class="muted">{stalled ? t('checksStalled') : t('checksRunning', host)}</p>
        )}
        {checks?.feed?.state === 'incident' && <p class="incident">{t('feedGoogleIncident', checks.feed.title)}</p>}
        {checks?.feed?.state === 'none' && <p class="muted">{t('feedGoogleNone')}</p>}
        {checks?.feed?.state === 'unavailable' && <p class="muted">{t('feedUnavailable')}</p>}
      </div>
      <button type="button" class="secondary" data-action="check-again" onClick={onCheckAgain}>
        {t('checkAgain')}
      </button>
    </section>
  );
}
