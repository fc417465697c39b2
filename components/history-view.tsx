import { useEffect, useState } from 'preact/hooks';
import type { VerdictId } from '../core/decide';
import { type HistoryEntry, historyCsv, historyJson } from '../core/history';
import type { Provider } from '../core/provider';
import { formatWhen } from '../core/report';
import { downloadFile } from '../platform/browser-ui';
import { timeZone } from '../platform/environment';
import { type MessageKey, t, uiLanguage } from '../platform/i18n';
import { historyItem, loadHistory } from '../platform/storage';
import { reportOf } from './report-of';
import { ReportPanel } from './report-panel';
import { StepHeading } from './step-heading';

export interface HistoryViewProps {
  catalogue: readonly Provider[];
  onClose: () => void;
  onRecheck: (providerId: string) => void;
}

const verdictNames: Record<VerdictId, MessageKey> = {
  'mail-client': 'verdictShortMailClient',
  'mail-service': 'verdictShortMailService',
  internet: 'verdictShortInternet',
  password: 'verdictShortPassword',
};

const fileDate = () => new Date().toISOString().slice(0, 10);

/** Past checks, newest first: each opens to its report; check again, clear, export as CSV or JSON. */
export function HistoryView({ catalogue, onClose, onRecheck }: HistoryViewProps) {
  const [history, setHistory] = useState<HistoryEntry[] | null>(null);
  const [cleared, setCleared] = useState(false);
  useEffect(() => {
    void loadHistory().then(setHistory);
  }, []);

  const locale = uiLanguage();
  const zone = timeZone();
  const when = (at: number) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short', timeZone: zone }).format(at);

  const exportCsv = (entries: HistoryEntry[]) =>
    downloadFile(
      `webmail-first-history-${fileDate()}.csv`,
      'text/csv',
      historyCsv(entries, {
        header: ['when', 'iso_time', 'provider', 'verdict', 'verdict_name', 'reason', 'address'],
        verdictName: (v) => t(verdictNames[v]),
        when: (at) => formatWhen(at, locale, zone),
      }),
    );

  return (
    <section class="step history" aria-labelledby="step-heading">
      <StepHeading>{t('historyHeading')}</StepHeading>
      {history && history.length === 0 && <p class="muted">{cleared ? t('historyCleared') : t('historyEmpty')}</p>}
      {history && history.length > 0 && (
        <>
          <ul class="history-list">
            {history.map((entry) => (
              <li key={entry.at}>
                <details data-history-entry={entry.at}>
                  <summary>
                    {t('historyEntry', [when(entry.at), entry.providerName, t(verdictNames[entry.verdict])])}
                  </summary>
                  <ReportPanel {...reportOf(entry)} />
                  {catalogue.some((p) => p.id === entry.providerId) && (
                    <button
                      type="button"
                      class="secondary"
                      data-action="history-recheck"
                      onClick={() => onRecheck(entry.providerId)}
                    >
                      {t('historyRecheck')}
                    </button>
                  )}
                </details>
              </li>
            ))}
          </ul>
          <div class="report-actions">
            <button type="button" class="secondary" data-action="export-csv" onClick={() => exportCsv(history)}>
              {t('historyExportCsv')}
            </button>
            <button
              type="button"
              class="secondary"
              data-action="export-json"
              onClick={() =>
                downloadFile(`webmail-first-history-${fileDate()}.json`, 'application/json', historyJson(history))
              }
            >
              {t('historyExportJson')}
            </button>
            <button
              type="button"
              class="secondary"
              data-action="clear-history"
              onClick={() =>
                void historyItem.setValue([]).then(() => {
                  setHistory([]);
                  setCleared(true);
                })
              }
            >
              {t('historyClear')}
            </button>
          </div>
        </>
      )}
      <nav class="actions" aria-label={t('extName')}>
        <button type="button" class="secondary" data-action="history-back" onClick={onClose}>
          {t('historyBack')}
        </button>
      </nav>
    </section>
  );
}
