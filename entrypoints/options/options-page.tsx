// The options page, composed: the policy's errors, the settings form (provider, consultant, technician, branding,
// custom providers; save, export, import), the consultant's incident feed writer and the deployment section.
// State and rules live in useDraftSettings; each section only shows it and reports edits.
import type { LoadedSettings } from '../../core/effective-settings';
import { consultantFields, technicianFields, withoutSecrets } from '../../core/settings';
import { downloadFile } from '../../platform/browser-ui';
import { extensionVersion } from '../../platform/environment';
import { t, uiLanguage } from '../../platform/i18n';
import { ContactFieldset } from './contact-fieldset';
import { CustomProvidersFieldset } from './custom-providers-fieldset';
import { DeploySection } from './deploy-section';
import { ErrorList, PolicyErrors } from './error-list';
import { TextField } from './fields';
import { IncidentWriter } from './incident-writer';
import { NeighboursFieldset } from './neighbours-fieldset';
import { NotifyFieldset } from './notify-fieldset';
import { ProviderFieldset } from './provider-fieldset';
import { useDraftSettings } from './use-draft-settings';
import { WhatsNew } from './whats-new';

interface OptionsPageProps {
  /** What the page paints from at once: the last validated copy, or the user's own settings on a first run. */
  initial: LoadedSettings;
  /** The fresh read, policy included: its fields are marked when it lands. */
  fresh: Promise<LoadedSettings>;
}

export function OptionsPage({ initial, fresh }: OptionsPageProps) {
  const form = useDraftSettings(initial, fresh);
  const { loaded, draft, update, isManaged, errorsFor, status } = form;

  /** One of the page's single text settings, with its errors and the policy's mark. */
  const setting = (
    key: 'reportEmail' | 'clientName' | 'incidentFeedUrl' | 'phoneCountryCode',
    label: string,
    type: 'text' | 'email' | 'url' = 'text',
  ) => (
    <TextField
      id={`opt-${key}`}
      label={label}
      type={type}
      value={draft[key]}
      onInput={(value) => update({ [key]: value })}
      errors={errorsFor(key)}
      managed={isManaged(key)}
    />
  );

  return (
    <div class="options-page">
      <h1>{t('optionsTitle')}</h1>
      <WhatsNew />
      <p class="intro">{t('optionsIntro')}</p>
      {form.policyPending && (
        <p role="status" class="muted" data-policy-pending>
          {t('optionsLoadingPolicy')}
        </p>
      )}
      {loaded.managedErrors.length > 0 && (
        <PolicyErrors
          errors={loaded.managedErrors}
          onCopied={(ok) => form.setStatus({ text: t(ok ? 'copyDone' : 'copyFailed'), error: !ok })}
        />
      )}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void form.save();
        }}
      >
        <ProviderFieldset
          draft={draft}
          update={update}
          catalogue={form.catalogue}
          isManaged={isManaged}
          errorsFor={errorsFor}
        />
        <ContactFieldset
          person="consultant"
          legend={t('optionsConsultantSection')}
          fields={consultantFields}
          value={draft.consultant}
          onChange={(consultant) => update({ consultant })}
          errorsFor={errorsFor}
          managed={isManaged('consultant')}
        >
          {setting('reportEmail', t('optionsReportEmail'), 'email')}
          {setting('clientName', t('optionsClientName'))}
          {setting('incidentFeedUrl', t('optionsIncidentFeedUrl'), 'url')}
          {setting('phoneCountryCode', t('optionsPhoneCountryCode'))}
          <p class="hint">{t('optionsPhoneCountryCodeHint')}</p>
        </ContactFieldset>
        <ContactFieldset
          person="technician"
          legend={t('optionsTechnicianSection')}
          fields={technicianFields}
          value={draft.technician}
          onChange={(technician) => update({ technician })}
          errorsFor={errorsFor}
          managed={isManaged('technician')}
        />
        <NotifyFieldset
          draft={draft}
          update={update}
          errorsFor={errorsFor}
          managed={isManaged('notify')}
          validatedNotify={() => form.validated()?.settings}
        />
        <NeighboursFieldset
          draft={draft}
          update={update}
          errorsFor={errorsFor}
          isManaged={isManaged}
          validated={() => form.validated()?.settings}
        />
        <fieldset>
          <legend>{t('optionsBrandingSection')}</legend>
          <TextField
            id="opt-productName"
            label={t('optionsProductName')}
            value={draft.productName}
            onInput={(productName) => update({ productName })}
            errors={errorsFor('productName')}
            managed={isManaged('branding')}
          />
          <TextField
            id="opt-color"
            label={t('optionsColor')}
            value={draft.color}
            onInput={(color) => update({ color })}
            errors={errorsFor('color')}
            managed={isManaged('branding')}
          />
        </fieldset>
        <CustomProvidersFieldset
          rows={draft.customProviders}
          onChange={(customProviders) => update({ customProviders })}
          errorsFor={errorsFor}
          managed={isManaged('customProviders')}
        />

        <div class="toolbar">
          <button type="submit" class="primary" data-action="save-settings">
            {t('optionsSave')}
          </button>
          <button
            type="button"
            class="secondary"
            data-action="export-settings"
            onClick={() => {
              const valid = form.validated();
              if (valid) {
                downloadFile(
                  'webmail-first-settings.json',
                  'application/json',
                  `${JSON.stringify(withoutSecrets(valid.settings), null, 2)}\n`,
                );
                if (valid.settings.notify?.token) form.setStatus({ text: t('optionsExportNoToken'), error: false });
              }
            }}
          >
            {t('optionsExport')}
          </button>
          <label class="secondary button-link" for="opt-import">
            {t('optionsImport')}
          </label>
          <input
            id="opt-import"
            class="visually-hidden"
            type="file"
            accept=".json,application/json"
            data-action="import-settings"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) void form.importFile(file);
              event.currentTarget.value = '';
            }}
          />
        </div>
        <p role="status" data-status class={status?.error ? 'problem' : 'muted'}>
          {status?.text ?? ''}
        </p>
        {form.importChanges.length > 0 && (
          <div data-import-changes>
            <p>{t('optionsImportChanges')}</p>
            <ul>
              {form.importChanges.map((change) => (
                <li key={change}>{change}</li>
              ))}
            </ul>
          </div>
        )}
        {form.importErrors.length > 0 && (
          <div data-import-errors>
            <p>{t('optionsImportErrors')}</p>
            <ErrorList errors={form.importErrors} />
          </div>
        )}
      </form>

      <IncidentWriter catalogue={form.catalogue} />
      <DeploySection open={loaded.managedKeys.length === 0} validated={form.validated} />
      <footer class="about">
        {/* The version a client runs: what a consultant asks for on the phone (it is in every report too). */}
        <p data-version={extensionVersion()}>{t('optionsVersion', extensionVersion())}</p>
        <p>
          <a href={`privacy-${uiLanguage() === 'it' ? 'it' : 'en'}.html`} target="_blank" rel="noreferrer" data-privacy>
            {t('privacyLink')}
          </a>
        </p>
      </footer>
    </div>
  );
}
