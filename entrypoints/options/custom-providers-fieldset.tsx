// The consultant's own providers, one small fieldset each: name, webmail, domains, status and password pages.

import type { MessageKey } from '../../core/messages';
import {
  type CustomProviderDraft,
  type CustomProviderField,
  customProviderFields,
  emptyCustomProvider,
} from '../../core/settings-form';
import type { ValidationError } from '../../core/validation-messages';
import { t } from '../../platform/i18n';
import { TextField } from './fields';

const labels: Record<CustomProviderField, MessageKey> = {
  name: 'optionsCustomProviderName',
  webmailUrl: 'optionsCustomProviderWebmail',
  domains: 'optionsCustomProviderDomains',
  statusUrl: 'optionsCustomProviderStatus',
  passwordResetUrl: 'optionsCustomProviderPassword',
};

interface CustomProvidersFieldsetProps {
  rows: readonly CustomProviderDraft[];
  onChange: (rows: CustomProviderDraft[]) => void;
  errorsFor: (field: string) => ValidationError[];
  managed: boolean;
}

export function CustomProvidersFieldset({ rows, onChange, errorsFor, managed }: CustomProvidersFieldsetProps) {
  const edit = (index: number, field: CustomProviderField, value: string) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, [field]: value } : row)));
  return (
    <fieldset>
      <legend>{t('optionsCustomProviders')}</legend>
      <p class="hint">{t('optionsCustomProvidersHint')}</p>
      {rows.map((row, index) => {
        const title = row.name.trim() || t('optionsCustomProviderNew');
        return (
          <fieldset key={index} class="custom-provider" data-custom-provider={index}>
            <legend>{title}</legend>
            {customProviderFields.map((field) => (
              <TextField
                key={field}
                id={`opt-cp-${index}-${field}`}
                label={t(labels[field])}
                type={field === 'name' || field === 'domains' ? 'text' : 'url'}
                spellcheck={false}
                value={row[field]}
                onInput={(value) => edit(index, field, value)}
                errors={errorsFor(`customProviders.${index}.${field}`)}
                managed={managed}
              />
            ))}
            {!managed && (
              <button
                type="button"
                class="secondary"
                data-action="remove-custom-provider"
                onClick={() => onChange(rows.filter((_, i) => i !== index))}
              >
                {t('optionsCustomProviderRemove', title)}
              </button>
            )}
          </fieldset>
        );
      })}
      {!managed && (
        <button
          type="button"
          class="secondary"
          data-action="add-custom-provider"
          onClick={() => onChange([...rows, { ...emptyCustomProvider }])}
        >
          {t('optionsCustomProviderAdd')}
        </button>
      )}
    </fieldset>
  );
}
