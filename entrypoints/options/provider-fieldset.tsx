// The provider section: the preset provider, locking it, the address finder's lookups, providers to hide.
import type { Provider } from '../../core/catalogue/provider';
import type { SettingsDraft } from '../../core/settings-form';
import { t } from '../../platform/i18n';
import { errorText } from './error-text';
import { CheckField, Field } from './fields';
import type { DraftSettings } from './use-draft-settings';

interface ProviderFieldsetProps {
  draft: SettingsDraft;
  update: (change: Partial<SettingsDraft>) => void;
  catalogue: readonly Provider[];
  isManaged: DraftSettings['isManaged'];
  errorsFor: DraftSettings['errorsFor'];
}

export function ProviderFieldset({ draft, update, catalogue, isManaged, errorsFor }: ProviderFieldsetProps) {
  return (
    <fieldset>
      <legend>{t('optionsProviderSection')}</legend>
      <Field
        id="opt-provider"
        label={t('optionsProvider')}
        errors={errorsFor('provider')}
        managed={isManaged('provider')}
      >
        {(attributes) => (
          <select
            {...attributes}
            value={draft.provider}
            onChange={(event) => update({ provider: event.currentTarget.value })}
          >
            <option value="">{t('optionsProviderNone')}</option>
            {catalogue.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <CheckField
        setting="lockProvider"
        label={t('optionsLockProvider')}
        checked={draft.lockProvider}
        managed={isManaged('lockProvider')}
        onChange={(checked) => update({ lockProvider: checked })}
      />
      {errorsFor('lockProvider').map((e) => (
        <p key={e.code} class="field-error">
          {errorText(e)}
        </p>
      ))}
      <CheckField
        setting="detection"
        label={t('optionsDetection')}
        checked={draft.detection}
        managed={isManaged('detection')}
        onChange={(checked) => update({ detection: checked })}
      />
      <CheckField
        setting="surface"
        label={t('optionsPopupOnly')}
        checked={draft.popupOnly}
        managed={isManaged('surface')}
        onChange={(checked) => update({ popupOnly: checked })}
      />
      <details>
        <summary>{t('optionsHidden')}</summary>
        <div class="hidden-list">
          {catalogue.map((p) => (
            <label key={p.id} class="check">
              <input
                type="checkbox"
                data-hidden-provider={p.id}
                checked={draft.hiddenProviders.includes(p.id)}
                disabled={isManaged('hiddenProviders')}
                onChange={(event) =>
                  update({
                    hiddenProviders: event.currentTarget.checked
                      ? [...draft.hiddenProviders, p.id]
                      : draft.hiddenProviders.filter((id) => id !== p.id),
                  })
                }
              />
              {p.name}
            </label>
          ))}
        </div>
      </details>
    </fieldset>
  );
}
