import { NeighbourLines } from '../components/neighbour-lines';
import { sentenceName } from '../core/catalogue/choose';
import type { Provider } from '../core/catalogue/provider';
import { evidenceLines } from '../core/probes/evidence';
import type { ChecksRecord } from '../core/probes/record';
import { t } from '../platform/i18n';

/** How long the popup waits for results before saying the checks did not finish (they time out at 2.5 s). */
const stalledAfterMs = 6000;

interface Props {
  provider: Provider;
  /** The checks for the current request; undefined when none has been stored yet. */
  checks: ChecksRecord | undefined;
  requestedAt: number | null;
  now: number;
  onCheckAgain: () => void;
  /** The user went past the sign-in page (a refused login, a failing inbox): the probes only saw the site open. */
  tried?: boolean;
  /** The consultant's name, for the neighbours' line ("other clients of Studio Neri"). */
  consultant: string;
}

/**
 * The automatic checks in plain words (no host names, no milliseconds: those are in the report), the provider's
 * incident feed, and "check again".
 */
export function ChecksPanel({ provider, checks, requestedAt, now, onCheckAgain, tried = false, consultant }: Props) {
  const results = checks?.results;
  const stalled = !results && requestedAt !== null && now - requestedAt > stalledAfterMs;
  return (
    <section class="checks" data-checks aria-labelledby="checks-heading">
      <h2 id="checks-heading">{t('checksHeading')}</h2>
      <div role="status" aria-live="polite">
        {results ? (
          <ul class="evidence" data-evidence>
            {evidenceLines(results, String, { providerName: sentenceName(provider.name), tried }).map((line) => (
              <li key={line.key}>{t(line.key, line.substitutions)}</li>
            ))}
          </ul>
        ) : (
          <p class="muted">{stalled ? t('checksStalled') : t('checksRunning', provider.name)}</p>
        )}
        {checks?.feed?.state === 'incident' && (
          <p class="incident" data-feed-incident>
            {t('feedGoogleIncident', checks.feed.title)}
          </p>
        )}
        {checks?.feed?.state === 'none' && <p class="muted">{t('feedGoogleNone')}</p>}
        {checks?.feed?.state === 'unavailable' && <p class="muted">{t('feedUnavailable')}</p>}
        <NeighbourLines
          outside={checks?.outside}
          neighbours={checks?.neighbours}
          providerName={sentenceName(provider.name)}
          consultant={consultant}
        />
      </div>
      <button type="button" class="secondary" data-action="check-again" onClick={onCheckAgain}>
        {t('checkAgain')}
      </button>
    </section>
  );
}
