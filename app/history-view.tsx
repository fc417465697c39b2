import { useEffect, useRef, useState } from 'preact/hooks';
import { ConfirmActions } from '../components/confirm-actions';
import { useOutbox } from '../components/hooks/use-outbox';
import { usePerson } from '../components/hooks/use-person';
import { NotifyPanel } from '../components/notify-panel';
import { ReportPanel } from '../components/report-panel';
import { StepHeading } from '../components/step-heading';
import type { Provider } from '../core/catalogue/provider';
import { formatWhen, shortWhen } from '../core/dates';
import { csvSeparatorFor, type HistoryEntry, historyCsv, historyJson } from '../core/history';
import { messageFor } from '../core/notify/outbox';
import type { Settings } from '../core/settings';
import { verdictTexts } from '../core/texts';
import { downloadFile } from '../platform/browser-ui';
import { timeZone } from '../platform/environment';
import { clearHistory, loadHistory } from '../platform/history';
import { plural, t, uiLanguage } from '../platform/i18n';
import { logFailure } from '../platform/log';

export interface HistoryViewProps {
  catalogue: readonly Provider[];
  /** The product name and the client (for the reports and exports), the consultant and their channel. */
  settings: Settings;
  onClose: () => void;
  onRecheck: (providerId: string) => void;
}

const fileDate = () => new Date().toISOString().slice(0, 10);

/**
 * Past checks, newest first: each opens to its report and, where the consultant has a channel, its message (sent,
 * waiting, or still to send: after a browser restart the verdict's screen is gone, the check is here); check again,
 * clear (after asking), export as CSV or JSON.
 */
export function HistoryView({ catalogue, settings, onClose, onRecheck }: HistoryViewProps) {
  const productName = settings.branding?.productName;
  const client = settings.clientName;
  const outbox = useOutbox();
  const [person] = usePerson();
  const from = { ...(client ? { client } : {}), ...(person.trim() ? { person: person.trim() } : {}) };
  const [history, setHistory] = useState<HistoryEntry[] | null>(null);
  const [cleared, setCleared] = useState(false);
  const [confirming, setConfirming] = useState(false);
  // Cancelled, the question goes and the focus comes back to "Clear history", where the user was.
  const clearButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (!confirming && returnFocus.current) clearButton.current?.focus();
    returnFocus.current = false;
  }, [confirming]);
  const cancelClear = () => {
    returnFocus.current = true;
    setConfirming(false);
  };
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    void loadHistory().then(setHistory);
  }, []);

  const locale = uiLanguage();
  const zone = timeZone();
  const when = (at: number) => shortWhen(at, locale, zone);

  /** Runs an action; a failure is logged and said in plain words, never silent. */
  const attempt = async (action: () => unknown) => {
    setFailed(false);
    try {
      await action();
    } catch (error) {
      logFailure('a history action failed', error);
      setFailed(true);
    }
  };

  const exportCsv = (entries: HistoryEntry[]) =>
    downloadFile(
      `webmail-first-history-${fileDate()}.csv`,
      'text/csv;charset=utf-8',
      historyCsv(entries, {
        header: ['when', 'iso_time', 'provider', 'verdict', 'verdict_name', 'reason', 'address', 'client', 'person'],
        ...from,
        verdictName: (v) => t(verdictTexts[v].short),
        when: (at) => formatWhen(at, locale, zone),
        separator: csvSeparatorFor(locale),
      }),
    );
  const exportJson = (entries: HistoryEntry[]) =>
    downloadFile(`webmail-first-history-${fileDate()}.json`, 'application/json', historyJson(entries, from));
  const exports = [
    { action: 'export-csv', label: 'historyExportCsv', run: exportCsv },
    { action: 'export-json', label: 'historyExportJson', run: exportJson },
  ] as const;

  const clear = () =>
    attempt(async () => {
      await clearHistory();
      setHistory([]);
      setCleared(true);
      setConfirming(false);
    });

  return (
    <section class="step history" aria-labelledby="step-heading">
      <StepHeading>{t('historyHeading')}</StepHeading>
      {history && history.length === 0 && (
        <p class="muted" data-history-status>
          {cleared ? t('historyCleared') : t('historyEmpty')}
        </p>
      )}
      {history && history.length > 0 && (
        <>
          <ul class="history-list">
            {history.map((entry) => (
              <li key={entry.at}>
                <details data-history-entry={entry.at}>
                  <summary>
                    {t('historyEntry', [
                      when(entry.answeredAt ?? entry.at),
                      entry.providerName,
                      t(verdictTexts[entry.verdict].short),
                    ])}
                    {outbox && messageFor(outbox, entry.at)?.status === 'waiting' && (
                      <span class="muted" data-history-notify="waiting">
                        {' '}
                        · {t('historyNotifyWaiting')}
                      </span>
                    )}
                    {outbox && messageFor(outbox, entry.at)?.status === 'failed' && (
                      <span class="problem-soft" data-history-notify="not-delivered">
                        {' '}
                        · {t('historyNotifyNotDelivered')}
                      </span>
                    )}
                  </summary>
                  <NotifyPanel entry={entry} verdict={entry.verdict} settings={settings} />
                  <ReportPanel entry={entry} from={{ productName, client, consultant: settings.consultant?.name }} />
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
          {confirming ? (
            <div class="confirm" role="alertdialog" aria-labelledby="clear-question">
              <p id="clear-question">{plural('historyClearConfirm', history.length)}</p>
              <ConfirmActions
                destructive
                yes={{ label: t('historyClearYes'), action: 'confirm-clear-history', onClick: () => void clear() }}
                no={{ label: t('historyClearNo'), action: 'cancel-clear-history', onClick: cancelClear }}
              />
            </div>
          ) : (
            <div class="report-actions">
              {exports.map(({ action, label, run }) => (
                <button
                  key={action}
                  type="button"
                  class="secondary"
                  data-action={action}
                  onClick={() => void attempt(() => run(history))}
                >
                  {t(label)}
                </button>
              ))}
              <button
                ref={clearButton}
                type="button"
                class="secondary"
                data-action="clear-history"
                onClick={() => setConfirming(true)}
              >
                {t('historyClear')}
              </button>
            </div>
          )}
        </>
      )}
      {failed && (
        <p role="alert" class="problem">
          {t('actionFailed')}
        </p>
      )}
      <nav class="actions" aria-label={t('extName')}>
        <button type="button" class="secondary" data-action="history-back" onClick={onClose}>
          {t('historyBack')}
        </button>
      </nav>
    </section>
  );
}
