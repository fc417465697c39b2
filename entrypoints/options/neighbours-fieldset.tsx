// The neighbours: probes on other Italian networks (on by default), and the consultant's neighbours' topic, where each
// check posts a minimal event and reads how many other clients failed on the same provider. A test event, and the
// last poll's count.
import { useState } from 'preact/hooks';
import { useStoredItem } from '../../components/hooks/use-stored-item';
import { shortWhen } from '../../core/dates';
import type { MessageKey } from '../../core/messages';
import type { Settings } from '../../core/settings';
import type { SettingsDraft } from '../../core/settings-form';
import { type NeighboursLast, parseNeighboursLast } from '../../core/stored/neighbours';
import type { ValidationError } from '../../core/validation-messages';
import { consentToSend } from '../../platform/data-consent';
import { t, uiLanguage } from '../../platform/i18n';
import { logFailure } from '../../platform/log';
import { sendTestEvent } from '../../platform/neighbours';
import { neighboursLastItem } from '../../platform/storage/neighbours';
import { CheckField, SecretField, TextField } from './fields';

interface Props {
  draft: SettingsDraft;
  update: (change: Partial<SettingsDraft>) => void;
  errorsFor: (field: string) => ValidationError[];
  isManaged: (key: 'outsideChecks' | 'neighbours') => boolean;
  /** The settings as on screen, validated (undefined, with the errors shown, when they are not valid). */
  validated: () => Settings | undefined;
}

export function NeighboursFieldset({ draft, update, errorsFor, isManaged, validated }: Props) {
  const [stored, setLast] = useStoredItem(neighboursLastItem, parseNeighboursLast, "the neighbours' last result");
  const last = stored ?? null;
  const [testing, setTesting] = useState(false);
  const managed = isManaged('neighbours');

  const sendTest = async () => {
    const topic = validated()?.neighbours;
    if (!topic?.url || !(await consentToSend())) return;
    setTesting(true);
    try {
      const result = await sendTestEvent({ url: topic.url, token: topic.token });
      setLast({ kind: 'test', at: Date.now(), ok: result.ok, ...(result.status ? { status: result.status } : {}) });
    } catch (error) {
      logFailure('the test event could not be sent', error);
    } finally {
      setTesting(false);
    }
  };

  return (
    <fieldset data-section="neighbours">
      <legend>{t('optionsNeighboursSection')}</legend>
      <CheckField
        setting="outsideChecks"
        label={t('optionsOutsideChecks')}
        checked={draft.outsideChecks}
        managed={isManaged('outsideChecks')}
        onChange={(outsideChecks) => update({ outsideChecks })}
      />
      <p class="hint">{t('optionsOutsideChecksHint')}</p>
      <TextField
        id="opt-neighbours-url"
        label={t('optionsNeighboursUrl')}
        type="url"
        spellcheck={false}
        value={draft.neighboursUrl}
        onInput={(neighboursUrl) => update({ neighboursUrl })}
        errors={errorsFor('neighbours.url')}
        managed={managed}
      />
      <SecretField
        id="opt-neighbours-token"
        label={t('optionsNeighboursToken')}
        value={draft.neighboursToken}
        onInput={(neighboursToken) => update({ neighboursToken })}
        errors={errorsFor('neighbours.token')}
        managed={managed}
      />
      <p class="hint">{t('optionsNeighboursHint')}</p>
      {draft.neighboursUrl && (
        <div class="toolbar">
          <button
            type="button"
            class="secondary"
            data-action="send-neighbour-test"
            disabled={testing}
            onClick={() => void sendTest()}
          >
            {t('optionsNeighboursTest')}
          </button>
        </div>
      )}
      <p
        role="status"
        class={last?.kind === 'test' && !last.ok ? 'problem' : 'muted'}
        data-neighbours-last={lastState(last)}
      >
        {last ? lastText(last) : ''}
      </p>
    </fieldset>
  );
}

const lastState = (last: NeighboursLast | null) =>
  last === null ? 'none' : last.kind === 'test' ? (last.ok ? 'sent' : 'failed') : String(last.reading?.count ?? 0);

function lastText(last: NeighboursLast): string {
  const when = shortWhen(last.at, uiLanguage());
  if (last.kind === 'test') {
    const key: MessageKey = last.ok ? 'optionsNeighboursTestSent' : 'optionsNeighboursTestFailed';
    return t(key, [when, last.status ? String(last.status) : '—']);
  }
  if (last.reading?.state !== 'counted') return t('optionsNeighboursPollFailed', when);
  return t('optionsNeighboursPolled', [when, String(last.reading.count)]);
}
