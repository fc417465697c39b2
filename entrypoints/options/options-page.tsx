import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { LoadedSettings } from '../../core/effective-settings';
import { effectiveCatalogue } from '../../core/effective-settings';
import { chromiumExtensionId as chromiumId, firefoxExtensionId as firefoxId } from '../../core/extension-ids';
import {
  chromiumUpdateManifest,
  type DeployTarget,
  firefoxPoliciesJson,
  firefoxUpdateManifest,
  folderUrl,
  hostedFiles,
  type InstallMode,
  isChromiumId,
  linuxPolicyJson,
  macMobileconfig,
  stableUuid,
  utf16le,
  windowsRegFile,
} from '../../core/policy-files';
import { isSafeWebUrl } from '../../core/provider';
import { builtInProviders } from '../../core/providers';
import { type Settings, type SettingsKey, settingsKeys, validateSettings } from '../../core/settings';
import {
  type CustomProviderDraft,
  type CustomProviderField,
  consultantFields,
  customProviderFields,
  draftFrom,
  emptyCustomProvider,
  type SettingsDraft,
  settingsFrom,
  technicianFields,
  withManagedFields,
} from '../../core/settings-form';
import { parseValidationError } from '../../core/validation-messages';
import { copyText, downloadFile } from '../../platform/browser-ui';
import { extensionVersion } from '../../platform/environment';
import { type MessageKey, t } from '../../platform/i18n';
import { logFailure } from '../../platform/log';
import { saveLocalSettings } from '../../platform/settings';
import { IncidentWriter } from './incident-writer';

const builtInIds = builtInProviders.map((p) => p.id);

const contactLabels: Record<string, MessageKey> = {
  name: 'optionsName',
  phone: 'contactPhone',
  email: 'contactEmail',
  whatsapp: 'contactWhatsapp',
  website: 'contactWebsite',
  hours: 'contactHours',
};

/** An error string ("consultant.email: …") in the user's words. */
function errorText(error: string): string {
  const { code } = parseValidationError(error);
  return t(`settingsError_${code}`);
}

/** The field an error belongs to: its path up to the field the form shows. */
function fieldOf(error: string): string {
  const { path } = parseValidationError(error);
  const [key, sub, field] = path.split('.');
  if (key === 'consultant' || key === 'technician') return `${key}.${sub}`;
  if (key === 'customProviders' && sub !== undefined) {
    // A field the form does not show (the id, imap…) is told under the provider's name.
    const shown = (customProviderFields as readonly string[]).includes(field ?? '') ? field : 'name';
    return `customProviders.${sub}.${shown}`;
  }
  if (key === 'branding') return sub ?? 'branding';
  return key ?? '';
}

interface FieldProps {
  id: string;
  label: string;
  errors: string[];
  managed: boolean;
  children: (attrs: {
    id: string;
    disabled: boolean;
    'aria-invalid': boolean;
    'aria-describedby'?: string;
  }) => ComponentChildren;
}

function Field({ id, label, errors, managed, children }: FieldProps) {
  const errorId = `${id}-error`;
  return (
    <div class="field" data-field={id} {...(managed ? { 'data-managed': '' } : {})}>
      <label for={id}>
        {label}
        {managed && <span class="managed">{t('optionsManaged')}</span>}
      </label>
      {children({
        id,
        disabled: managed,
        'aria-invalid': errors.length > 0,
        ...(errors.length ? { 'aria-describedby': errorId } : {}),
      })}
      {errors.length > 0 && (
        <p id={errorId} class="field-error">
          {errors
            .map((e) =>
              e.startsWith('customProviders.')
                ? t('optionsErrorAt', [parseValidationError(e).path, errorText(e)])
                : errorText(e),
            )
            .join(' ')}
        </p>
      )}
    </div>
  );
}

interface CheckProps {
  setting: 'lockProvider' | 'detection';
  label: string;
  checked: boolean;
  managed: boolean;
  onChange: (checked: boolean) => void;
}

function CheckField({ setting, label, checked, managed, onChange }: CheckProps) {
  return (
    <label class="check">
      <input
        type="checkbox"
        data-setting={setting}
        checked={checked}
        disabled={managed}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      {label}
      {managed && <span class="managed">{t('optionsManaged')}</span>}
    </label>
  );
}

/** Each setting's name on this page, for the list of what an import changes. */
const settingLabels: Record<SettingsKey, MessageKey> = {
  provider: 'optionsProvider',
  lockProvider: 'optionsLockProvider',
  detection: 'optionsDetection',
  hiddenProviders: 'optionsHidden',
  consultant: 'optionsConsultantSection',
  technician: 'optionsTechnicianSection',
  reportEmail: 'optionsReportEmail',
  clientName: 'optionsClientName',
  incidentFeedUrl: 'optionsIncidentFeedUrl',
  phoneCountryCode: 'optionsPhoneCountryCode',
  branding: 'optionsBrandingSection',
  customProviders: 'optionsCustomProviders',
};

type DeployFormat = 'windows' | 'mac' | 'linux' | 'firefox' | 'updates-xml' | 'updates-json';

const deployButtons: readonly (readonly [DeployFormat, MessageKey])[] = [
  ['windows', 'deployWindows'],
  ['mac', 'deployMac'],
  ['linux', 'deployLinux'],
  ['firefox', 'deployFirefox'],
  ['updates-xml', 'deployUpdatesXml'],
  ['updates-json', 'deployUpdatesJson'],
];

interface OptionsPageProps {
  /** What the page paints from at once: the last validated copy, or the user's own settings on a first run. */
  initial: LoadedSettings;
  /** The fresh read, policy included: its fields are marked when it lands. */
  fresh: Promise<LoadedSettings>;
}

export function OptionsPage({ initial, fresh }: OptionsPageProps) {
  const [loaded, setLoaded] = useState(initial);
  const [policyPending, setPolicyPending] = useState(true);
  const managedKeys = loaded.managedKeys as string[];
  const [draft, setDraft] = useState<SettingsDraft>(() => draftFrom(initial.settings));
  const touched = useRef(false);
  const [errors, setErrors] = useState<string[]>(initial.localErrors);
  useEffect(() => {
    void fresh
      .then((next) => {
        setLoaded(next);
        // Untouched, the form shows the fresh settings; touched, the user's edits stay outside the policy's fields.
        setDraft((old) =>
          touched.current ? withManagedFields(old, next.settings, next.managedKeys) : draftFrom(next.settings),
        );
        if (!touched.current) setErrors(next.localErrors);
      })
      .catch((error: unknown) => logFailure('settings could not be read', error))
      .finally(() => setPolicyPending(false));
  }, [fresh]);
  const [importErrors, setImportErrors] = useState<string[]>([]);
  const [importChanges, setImportChanges] = useState<string[]>([]);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  // Settings only by default: a file that installs needs an id or an address that really serves the extension,
  // and a wrong one makes the browser remove it.
  const [mode, setMode] = useState<InstallMode>('settings-only');
  const [deployStatus, setDeployStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [chromeStoreId, setChromeStoreId] = useState('');
  const [edgeStoreId, setEdgeStoreId] = useState('');
  const [hostUrl, setHostUrl] = useState('');
  const [firefoxUrl, setFirefoxUrl] = useState('');

  const isManaged = (key: SettingsKey) => managedKeys.includes(key);
  const errorsFor = (field: string) => errors.filter((e) => fieldOf(e) === field);
  const update = (change: Partial<SettingsDraft>) => {
    touched.current = true;
    setDraft((old) => ({ ...old, ...change }));
  };
  // The providers to choose from follow the custom providers as typed (the valid ones).
  const typedCustom = validateSettings(
    { customProviders: settingsFrom(draft, builtInIds).input.customProviders },
    builtInIds,
  ).settings.customProviders;
  const catalogue = effectiveCatalogue(builtInProviders, typedCustom ? { customProviders: typedCustom } : {});

  /** Validates the form; the settings when valid, else shows the errors and returns undefined. */
  const validated = (): { input: Record<string, unknown>; settings: Settings } | undefined => {
    const { input, errors: formErrors } = settingsFrom(draft, builtInIds);
    const result = validateSettings(input, builtInIds);
    const all = [...formErrors, ...result.errors];
    setErrors(all);
    if (all.length > 0) {
      setStatus({ text: t('optionsNotSaved'), error: true });
      // The first wrong field takes the focus, once the messages are on screen.
      setTimeout(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
      return undefined;
    }
    return { input, settings: result.settings };
  };

  const save = async () => {
    const valid = validated();
    if (!valid) return;
    try {
      setLoaded(await saveLocalSettings(valid.input, loaded));
      setStatus({ text: t('optionsSaved'), error: false });
    } catch (error) {
      logFailure('the settings could not be saved', error);
      setStatus({ text: t('optionsSaveFailed'), error: true });
    }
  };

  const importFile = async (file: File) => {
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
      // Not JSON: the user's file, not a failure of ours; the message says so.
      setStatus({ text: t('optionsImportNotJson'), error: true });
      return;
    }
    const result = validateSettings(json, builtInIds);
    // What the policy sets stays as the policy says; the file fills the rest.
    const kept = Object.fromEntries(managedKeys.map((key) => [key, loaded.settings[key as SettingsKey]]));
    touched.current = true;
    const imported = { ...result.settings, ...kept } as Settings;
    // What the file would change, said before anything is saved; custom providers with their webmail's host, so
    // that a look-alike shows for what it is.
    const changed = settingsKeys.filter(
      (key) => JSON.stringify(imported[key] ?? null) !== JSON.stringify(loaded.settings[key] ?? null),
    );
    setImportChanges(
      changed.map((key) =>
        key === 'customProviders'
          ? `${t(settingLabels[key])}: ${(imported.customProviders ?? [])
              .map((p) => `${p.name} (${new URL(p.webmailUrl).hostname})`)
              .join(', ')}`
          : t(settingLabels[key]),
      ),
    );
    setDraft(draftFrom(imported));
    setErrors([]);
    setImportErrors(result.errors);
    setStatus({
      text: result.errors.length ? t('optionsImportedWithErrors', String(result.errors.length)) : t('optionsImported'),
      error: false,
    });
  };

  /** The install target as typed, or the message that says what is missing. */
  const deployTarget = (format: DeployFormat): DeployTarget | MessageKey => {
    const typedHost = hostUrl.trim();
    // "www.ferriconsulenza.it/webmail-first" gets its https://.
    const host = typedHost && !/^[a-z]+:/i.test(typedHost) ? `https://${typedHost}` : typedHost;
    const storeIdsOk = isChromiumId(chromeStoreId.trim()) && isChromiumId(edgeStoreId.trim());
    if (mode === 'store' && format !== 'firefox' && !storeIdsOk) return 'deployNeedsStoreIds';
    if (mode === 'self-hosted' && !isSafeWebUrl(host)) return 'deployNeedsHost';
    const firefoxInstallUrl = mode === 'self-hosted' ? folderUrl(host) + hostedFiles.xpi : firefoxUrl.trim();
    if (mode === 'store' && format === 'firefox' && !isSafeWebUrl(firefoxInstallUrl)) return 'deployFirefoxNeedsUrl';
    return {
      mode,
      chromeId: mode === 'store' ? chromeStoreId.trim() : chromiumId,
      edgeId: mode === 'store' ? edgeStoreId.trim() : chromiumId,
      ...(mode === 'self-hosted' ? { hostUrl: folderUrl(host) } : {}),
      firefoxId,
      ...(mode !== 'settings-only' && firefoxInstallUrl ? { firefoxInstallUrl } : {}),
      profileUuid: stableUuid(`${chromiumId}:profile`),
      payloadUuid: stableUuid(`${chromiumId}:chrome`),
      extensionPayloadUuid: stableUuid(`${chromiumId}:settings`),
    };
  };

  const deploy = (format: DeployFormat) => {
    // The file carries what is on screen, checked first: never settings the consultant did not see.
    const valid = validated();
    if (!valid) {
      setDeployStatus({ text: t('optionsNotSaved'), error: true });
      return;
    }
    const target = deployTarget(format);
    if (typeof target === 'string') {
      setDeployStatus({ text: t(target), error: true });
      return;
    }
    const { settings } = valid;
    const version = extensionVersion();
    const files: Record<DeployFormat, () => [string, string, string | Uint8Array<ArrayBuffer>]> = {
      windows: () => ['webmail-first.reg', 'text/plain', utf16le(windowsRegFile(settings, target))],
      mac: () => ['webmail-first.mobileconfig', 'application/x-apple-aspen-config', macMobileconfig(settings, target)],
      linux: () => ['webmail-first.json', 'application/json', linuxPolicyJson(settings, target)],
      firefox: () => ['policies.json', 'application/json', firefoxPoliciesJson(settings, target)],
      'updates-xml': () => [hostedFiles.updatesXml, 'application/xml', chromiumUpdateManifest(target, version)],
      'updates-json': () => [hostedFiles.updatesJson, 'application/json', firefoxUpdateManifest(target, version)],
    };
    const [name, type, content] = files[format]();
    try {
      downloadFile(name, type, content);
      setDeployStatus({ text: t('deployDone', name), error: false });
    } catch (error) {
      logFailure('the download failed', error);
      setDeployStatus({ text: t('actionFailed'), error: true });
    }
  };

  const textField = (
    id: string,
    label: string,
    key: SettingsKey,
    value: string,
    onInput: (value: string) => void,
    type = 'text',
    errorKey = key as string,
  ) => (
    <Field id={id} label={label} errors={errorsFor(errorKey)} managed={isManaged(key)}>
      {(attrs) => (
        <input {...attrs} type={type} value={value} onInput={(event) => onInput(event.currentTarget.value)} />
      )}
    </Field>
  );

  const customLabels: Record<CustomProviderField, MessageKey> = {
    name: 'optionsCustomProviderName',
    webmailUrl: 'optionsCustomProviderWebmail',
    domains: 'optionsCustomProviderDomains',
    statusUrl: 'optionsCustomProviderStatus',
    passwordResetUrl: 'optionsCustomProviderPassword',
  };
  const customField = (
    index: number,
    row: CustomProviderDraft,
    field: CustomProviderField,
    onInput: (value: string) => void,
  ) => {
    const id = `opt-cp-${index}-${field}`;
    return (
      <Field
        key={field}
        id={id}
        label={t(customLabels[field])}
        errors={errorsFor(`customProviders.${index}.${field}`)}
        managed={isManaged('customProviders')}
      >
        {(attrs) => (
          <input
            {...attrs}
            type={field === 'name' || field === 'domains' ? 'text' : 'url'}
            spellcheck={false}
            value={row[field]}
            onInput={(event) => onInput(event.currentTarget.value)}
          />
        )}
      </Field>
    );
  };

  return (
    <div class="options-page">
      <h1>{t('optionsTitle')}</h1>
      <p class="intro">{t('optionsIntro')}</p>
      {policyPending && (
        <p role="status" class="muted" data-policy-pending>
          {t('optionsLoadingPolicy')}
        </p>
      )}
      {loaded.managedErrors.length > 0 && (
        <div role="alert" class="problem-soft" data-policy-errors>
          <p>{t('optionsPolicyErrors')}</p>
          <ul>
            {loaded.managedErrors.map((e) => (
              <li key={e}>{t('optionsErrorAt', [parseValidationError(e).path, errorText(e)])}</li>
            ))}
          </ul>
          <button
            type="button"
            class="secondary"
            data-action="copy-policy-errors"
            onClick={() =>
              void copyText(
                loaded.managedErrors
                  .map((e) => t('optionsErrorAt', [parseValidationError(e).path, errorText(e)]))
                  .join('\n'),
              ).then((ok) => setStatus({ text: t(ok ? 'copyDone' : 'copyFailed'), error: !ok }))
            }
          >
            {t('optionsCopyPolicyErrors')}
          </button>
        </div>
      )}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <fieldset>
          <legend>{t('optionsProviderSection')}</legend>
          <Field
            id="opt-provider"
            label={t('optionsProvider')}
            errors={errorsFor('provider')}
            managed={isManaged('provider')}
          >
            {(attrs) => (
              <select {...attrs} value={draft.provider} onChange={(e) => update({ provider: e.currentTarget.value })}>
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
            <p key={e} class="field-error">
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
                    onChange={(e) =>
                      update({
                        hiddenProviders: e.currentTarget.checked
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

        <fieldset>
          <legend>{t('optionsConsultantSection')}</legend>
          {consultantFields.map((f) =>
            textField(
              `opt-consultant-${f}`,
              t(contactLabels[f] as MessageKey),
              'consultant',
              draft.consultant[f],
              (value) => update({ consultant: { ...draft.consultant, [f]: value } }),
              f === 'email' ? 'email' : f === 'website' ? 'url' : f === 'phone' || f === 'whatsapp' ? 'tel' : 'text',
              `consultant.${f}`,
            ),
          )}
          {textField(
            'opt-reportEmail',
            t('optionsReportEmail'),
            'reportEmail',
            draft.reportEmail,
            (value) => update({ reportEmail: value }),
            'email',
          )}
          {textField(
            'opt-clientName',
            t('optionsClientName'),
            'clientName',
            draft.clientName,
            (value) => update({ clientName: value }),
            'text',
          )}
          {textField(
            'opt-incidentFeedUrl',
            t('optionsIncidentFeedUrl'),
            'incidentFeedUrl',
            draft.incidentFeedUrl,
            (value) => update({ incidentFeedUrl: value }),
            'url',
          )}
          {textField(
            'opt-phoneCountryCode',
            t('optionsPhoneCountryCode'),
            'phoneCountryCode',
            draft.phoneCountryCode,
            (value) => update({ phoneCountryCode: value }),
            'text',
          )}
          <p class="hint">{t('optionsPhoneCountryCodeHint')}</p>
        </fieldset>

        <fieldset>
          <legend>{t('optionsTechnicianSection')}</legend>
          {technicianFields.map((f) =>
            textField(
              `opt-technician-${f}`,
              t(contactLabels[f] as MessageKey),
              'technician',
              draft.technician[f],
              (value) => update({ technician: { ...draft.technician, [f]: value } }),
              f === 'email' ? 'email' : f === 'phone' || f === 'whatsapp' ? 'tel' : 'text',
              `technician.${f}`,
            ),
          )}
        </fieldset>

        <fieldset>
          <legend>{t('optionsBrandingSection')}</legend>
          {textField(
            'opt-productName',
            t('optionsProductName'),
            'branding',
            draft.productName,
            (value) => update({ productName: value }),
            'text',
            'productName',
          )}
          {textField(
            'opt-color',
            t('optionsColor'),
            'branding',
            draft.color,
            (value) => update({ color: value }),
            'text',
            'color',
          )}
        </fieldset>

        <fieldset>
          <legend>{t('optionsCustomProviders')}</legend>
          <p class="hint">{t('optionsCustomProvidersHint')}</p>
          {draft.customProviders.map((row, index) => (
            <fieldset key={index} class="custom-provider" data-custom-provider={index}>
              <legend>{row.name.trim() || t('optionsCustomProviderNew')}</legend>
              {customProviderFields.map((field) =>
                customField(index, row, field, (value) =>
                  update({
                    customProviders: draft.customProviders.map((r, i) => (i === index ? { ...r, [field]: value } : r)),
                  }),
                ),
              )}
              {!isManaged('customProviders') && (
                <button
                  type="button"
                  class="secondary"
                  data-action="remove-custom-provider"
                  onClick={() => update({ customProviders: draft.customProviders.filter((_, i) => i !== index) })}
                >
                  {t('optionsCustomProviderRemove', row.name.trim() || t('optionsCustomProviderNew'))}
                </button>
              )}
            </fieldset>
          ))}
          {!isManaged('customProviders') && (
            <button
              type="button"
              class="secondary"
              data-action="add-custom-provider"
              onClick={() => update({ customProviders: [...draft.customProviders, { ...emptyCustomProvider }] })}
            >
              {t('optionsCustomProviderAdd')}
            </button>
          )}
        </fieldset>

        <div class="toolbar">
          <button type="submit" class="primary" data-action="save-settings">
            {t('optionsSave')}
          </button>
          <button
            type="button"
            class="secondary"
            data-action="export-settings"
            onClick={() => {
              const valid = validated();
              if (valid)
                downloadFile(
                  'webmail-first-settings.json',
                  'application/json',
                  `${JSON.stringify(valid.settings, null, 2)}\n`,
                );
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
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) void importFile(file);
              e.currentTarget.value = '';
            }}
          />
        </div>
        <p role="status" data-status class={status?.error ? 'problem' : 'muted'}>
          {status?.text ?? ''}
        </p>
        {importChanges.length > 0 && (
          <div data-import-changes>
            <p>{t('optionsImportChanges')}</p>
            <ul>
              {importChanges.map((change) => (
                <li key={change}>{change}</li>
              ))}
            </ul>
          </div>
        )}
        {importErrors.length > 0 && (
          <div data-import-errors>
            <p>{t('optionsImportErrors')}</p>
            <ul>
              {importErrors.map((e) => (
                <li key={e}>{t('optionsErrorAt', [parseValidationError(e).path, errorText(e)])}</li>
              ))}
            </ul>
          </div>
        )}
      </form>

      <IncidentWriter catalogue={catalogue} />
      <details class="deploy" open={managedKeys.length === 0} data-deploy>
        <summary>
          <h2 id="deploy-heading">{t('deployConsultantSummary')}</h2>
        </summary>
        <p class="intro">{t('deployIntro')}</p>
        <fieldset>
          <legend>{t('deployMode')}</legend>
          {(
            [
              ['settings-only', 'deployModeSettingsOnly'],
              ['store', 'deployModeStore'],
              ['self-hosted', 'deployModeSelfHosted'],
            ] as const
          ).map(([value, label]) => (
            <label key={value} class="check">
              <input
                type="radio"
                name="deploy-mode"
                data-deploy-mode={value}
                checked={mode === value}
                onChange={() => setMode(value)}
              />
              {t(label)}
            </label>
          ))}
        </fieldset>
        {mode === 'store' && (
          <>
            <div class="field">
              <label for="opt-chrome-store-id">{t('deployChromeStoreId')}</label>
              <input
                id="opt-chrome-store-id"
                spellcheck={false}
                value={chromeStoreId}
                onInput={(e) => setChromeStoreId(e.currentTarget.value)}
              />
            </div>
            <div class="field">
              <label for="opt-edge-store-id">{t('deployEdgeStoreId')}</label>
              <input
                id="opt-edge-store-id"
                spellcheck={false}
                value={edgeStoreId}
                onInput={(e) => setEdgeStoreId(e.currentTarget.value)}
              />
            </div>
            <div class="field">
              <label for="opt-firefox-url">{t('deployFirefoxUrl')}</label>
              <input
                id="opt-firefox-url"
                type="url"
                value={firefoxUrl}
                onInput={(e) => setFirefoxUrl(e.currentTarget.value)}
              />
            </div>
          </>
        )}
        {mode === 'self-hosted' && (
          <div class="field">
            <label for="opt-host-url">{t('deployHostUrl')}</label>
            <input id="opt-host-url" type="url" value={hostUrl} onInput={(e) => setHostUrl(e.currentTarget.value)} />
          </div>
        )}
        <div class="toolbar">
          {deployButtons
            .filter(([format]) => mode === 'self-hosted' || !format.startsWith('updates-'))
            .map(([format, label]) => (
              <button
                key={format}
                type="button"
                class="secondary"
                data-action="download-policy"
                data-format={format}
                onClick={() => deploy(format)}
              >
                {t(label)}
              </button>
            ))}
        </div>
        <p role="status" data-deploy-status class={deployStatus?.error ? 'problem' : 'muted'}>
          {deployStatus?.text ?? ''}
        </p>
        <h3>{t('deployStepsHeading')}</h3>
        <ol class="deploy-steps">
          {mode === 'self-hosted' && <li>{t('deployStepSelfHosted')}</li>}
          <li>{t('deployStepWindows')}</li>
          <li>{t('deployStepMac')}</li>
          <li>{t('deployStepLinux')}</li>
          <li>{t('deployStepFirefox')}</li>
          <li>{t('deployStepCheck')}</li>
        </ol>
      </details>
    </div>
  );
}
