// The consultant's side of the incident feed: write incidents, resolve them, download the file to publish.
import { useState } from 'preact/hooks';
import { useStoredItem } from '../../components/hooks/use-stored-item';
import type { Provider } from '../../core/catalogue/provider';
import { incidentFeedJson, parseIncidentFeed } from '../../core/incidents/feed';
import type { Incident } from '../../core/incidents/match';
import { parseIncidentDrafts } from '../../core/stored/incidents';
import { downloadFile } from '../../platform/browser-ui';
import { t } from '../../platform/i18n';
import { logFailure } from '../../platform/log';
import { incidentDraftItem } from '../../platform/storage/options';
import { TextField } from './fields';

const newIncident = (providerId: string): Incident => ({
  id: `inc-${Date.now().toString(36)}`,
  providers: [providerId],
  status: 'open',
  since: new Date().toISOString(),
  message: { it: '', en: '' },
});

export function IncidentWriter({ catalogue }: { catalogue: readonly Provider[] }) {
  const [drafts, save] = useStoredItem(incidentDraftItem, parseIncidentDrafts, 'the incident drafts');
  const incidents = drafts ?? [];
  const [status, setStatus] = useState<string>('');
  const change = (index: number, patch: Partial<Incident>) =>
    save(incidents.map((incident, i) => (i === index ? { ...incident, ...patch } : incident)));

  const download = () => {
    // Only what a client would accept: the same checks as the reader's.
    const valid = parseIncidentFeed({ incidents }) ?? [];
    try {
      downloadFile('incidents.json', 'application/json', incidentFeedJson(valid));
      setStatus(t('incidentDownloaded', [String(valid.length), String(incidents.length - valid.length)]));
    } catch (error) {
      logFailure('the incident feed could not be downloaded', error);
      setStatus(t('actionFailed'));
    }
  };

  return (
    <details class="deploy" data-incident-writer>
      <summary>
        <h2>{t('incidentWriterHeading')}</h2>
      </summary>
      <p class="intro">{t('incidentWriterIntro')}</p>
      {incidents.map((incident, index) => (
        <fieldset key={incident.id} class="custom-provider" data-incident-draft={incident.id}>
          <legend>
            {incident.ticket || incident.id} · {t(incident.status === 'open' ? 'incidentOpen' : 'incidentResolved')}
          </legend>
          <div class="field">
            <label for={`inc-${index}-provider`}>{t('optionsProvider')}</label>
            <select
              id={`inc-${index}-provider`}
              value={incident.providers[0]}
              onChange={(e) => change(index, { providers: [e.currentTarget.value] })}
            >
              {catalogue.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
          <TextField
            id={`inc-${index}-ticket`}
            label={t('incidentTicketLabel')}
            value={incident.ticket ?? ''}
            onInput={(ticket) => change(index, { ticket })}
          />
          {(['it', 'en'] as const).map((language) => (
            <TextField
              key={language}
              id={`inc-${index}-${language}`}
              label={t(language === 'it' ? 'incidentMessageIt' : 'incidentMessageEn')}
              value={incident.message[language] ?? ''}
              onInput={(text) => change(index, { message: { ...incident.message, [language]: text } })}
            />
          ))}
          <div class="toolbar">
            <button
              type="button"
              class="secondary"
              data-action="toggle-incident"
              onClick={() => change(index, { status: incident.status === 'open' ? 'resolved' : 'open' })}
            >
              {t(incident.status === 'open' ? 'incidentResolve' : 'incidentReopen')}
            </button>
            <button
              type="button"
              class="secondary"
              data-action="remove-incident"
              onClick={() => save(incidents.filter((_, i) => i !== index))}
            >
              {t('incidentRemove')}
            </button>
          </div>
        </fieldset>
      ))}
      <div class="toolbar">
        <button
          type="button"
          class="secondary"
          data-action="add-incident"
          onClick={() => save([...incidents, newIncident(catalogue[0]?.id ?? 'aruba')])}
        >
          {t('incidentAdd')}
        </button>
        <button type="button" class="secondary" data-action="download-incidents" onClick={download}>
          {t('incidentDownload')}
        </button>
      </div>
      <p role="status" class="muted" data-incident-status>
        {status}
      </p>
    </details>
  );
}
