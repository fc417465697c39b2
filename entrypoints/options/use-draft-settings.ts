// The options page's state: the settings as loaded, the draft being edited, its errors, and what saving and
// importing do. The page's sections only show it and report edits.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { builtInProviders } from '../../core/catalogue/built-in';
import type { Provider } from '../../core/catalogue/provider';
import { effectiveCatalogue, type LoadedSettings } from '../../core/effective-settings';
import { importChanges as changesOfImport } from '../../core/import-changes';
import type { MessageKey } from '../../core/messages';
import {
  type Settings,
  type SettingsKey,
  settingsLimits,
  settingsTable,
  validateSettings,
  withoutPolicyOnly,
} from '../../core/settings';
import { draftFrom, type SettingsDraft, settingsFrom, withManagedFields } from '../../core/settings-form';
import type { ValidationError } from '../../core/validation-messages';
import { consentToSend } from '../../platform/data-consent';
import { plural, t } from '../../platform/i18n';
import { logFailure } from '../../platform/log';
import { saveLocalSettings } from '../../platform/settings';
import { fieldOf } from './error-text';

export const builtInIds = builtInProviders.map((p) => p.id);

/** Each setting's name on this page, for the list of what an import changes. */
const settingLabels: Record<SettingsKey, MessageKey> = {
  provider: 'optionsProvider',
  lockProvider: 'optionsLockProvider',
  detection: 'optionsDetection',
  surface: 'optionsPopupOnly',
  hiddenProviders: 'optionsHidden',
  consultant: 'optionsConsultantSection',
  technician: 'optionsTechnicianSection',
  reportEmail: 'optionsReportEmail',
  clientName: 'optionsClientName',
  incidentFeedUrl: 'optionsIncidentFeedUrl',
  phoneCountryCode: 'optionsPhoneCountryCode',
  branding: 'optionsBrandingSection',
  customProviders: 'optionsCustomProviders',
  notify: 'optionsNotifySection',
  outsideChecks: 'optionsOutsideChecks',
  neighbours: 'optionsNeighboursSection',
};

export interface Status {
  text: string;
  error: boolean;
}

export interface DraftSettings {
  loaded: LoadedSettings;
  /** True until the fresh read (policy included) lands. */
  policyPending: boolean;
  draft: SettingsDraft;
  update: (change: Partial<SettingsDraft>) => void;
  isManaged: (key: SettingsKey) => boolean;
  /** The errors of one field of the form (`consultant.email`, `customProviders.0.webmailUrl`, `provider`). */
  errorsFor: (field: string) => ValidationError[];
  /** The providers to choose from: built-in ones and the custom ones as typed (the valid ones). */
  catalogue: Provider[];
  /** Validates the form: the settings when valid, else the errors shown, the first wrong field focused. */
  validated: () => { input: Record<string, unknown>; settings: Settings } | undefined;
  save: () => Promise<void>;
  importFile: (file: File) => Promise<void>;
  importErrors: ValidationError[];
  /** What an import changed, in the page's words, said before anything is saved. */
  importChanges: string[];
  status: Status | null;
  setStatus: (status: Status | null) => void;
}

export function useDraftSettings(initial: LoadedSettings, fresh: Promise<LoadedSettings>): DraftSettings {
  const [loaded, setLoaded] = useState(initial);
  const [policyPending, setPolicyPending] = useState(true);
  const [draft, setDraftState] = useState<SettingsDraft>(() => draftFrom(initial.settings));
  // The draft as last changed, ahead of the next render: a Save pressed right after typing (Enter after a paste, a
  // script filling the form) validates what was typed, not the render before it.
  const latest = useRef(draft);
  const setDraft = (next: SettingsDraft | ((old: SettingsDraft) => SettingsDraft)) => {
    latest.current = typeof next === 'function' ? next(latest.current) : next;
    setDraftState(latest.current);
  };
  const touched = useRef(false);
  const [errors, setErrors] = useState<ValidationError[]>(initial.localErrors);
  const [importErrors, setImportErrors] = useState<ValidationError[]>([]);
  const [importChanges, setImportChanges] = useState<string[]>([]);
  const [status, setStatus] = useState<Status | null>(null);
  const managedKeys: readonly string[] = loaded.managedKeys;

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

  const update = (change: Partial<SettingsDraft>) => {
    touched.current = true;
    setDraft((old) => ({ ...old, ...change }));
  };

  // Validated again only when the custom providers change, not on every keystroke elsewhere on the page.
  const catalogue = useMemo(() => {
    const typed = settingsFrom(draft, builtInIds).customProviders;
    const valid = validateSettings({ customProviders: typed }, builtInIds).settings.customProviders;
    return effectiveCatalogue(builtInProviders, valid ? { customProviders: valid } : {});
  }, [draft.customProviders]);

  const validated = () => {
    const input = settingsFrom(latest.current, builtInIds);
    // The form is this computer's own settings: Telegram is allowed here (never in the files made from it: core/deploy.ts).
    const result = validateSettings(input, builtInIds, settingsTable, { telegram: true });
    setErrors(result.errors);
    if (result.errors.length > 0) {
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
    // Said at once: a Save pressed after "Not saved" must not leave that line up while the browser stores the settings.
    setStatus({ text: t('optionsSaving'), error: false });
    // A neighbours' topic set here posts each check's event by itself: Firefox's data consent is asked now, from the
    // Save click (a policy's topic is the organisation's consent). Declined, the topic is saved and nothing is posted.
    const consent =
      valid.settings.neighbours?.url && !managedKeys.includes('neighbours') ? consentToSend() : Promise.resolve(true);
    try {
      const allowed = await consent;
      // Sending without a click is a policy's alone: it goes into the deployment files, never into this computer's settings.
      setLoaded(await saveLocalSettings(withoutPolicyOnly(valid.input), loaded));
      setStatus({ text: allowed ? t('optionsSaved') : t('optionsSavedNoConsent'), error: !allowed });
    } catch (error) {
      logFailure('the settings could not be saved', error);
      setStatus({ text: t('optionsSaveFailed'), error: true });
    }
  };

  const importFile = async (file: File) => {
    // Over the settings' limit, the file is not even read (a 2 GB file would hang the page first).
    if (file.size > settingsLimits.bytes * 2) {
      setStatus({ text: t('settingsError_tooLarge'), error: true });
      return;
    }
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
    // What the file would change, every value said before anything is saved (core/import-changes.ts).
    setImportChanges(changesOfImport(loaded.settings, imported, (key) => t(settingLabels[key])));
    setDraft(draftFrom(imported));
    setErrors([]);
    setImportErrors(result.errors);
    setStatus({
      text: result.errors.length ? plural('optionsImportedWithErrors', result.errors.length) : t('optionsImported'),
      error: false,
    });
  };

  return {
    loaded,
    policyPending,
    draft,
    update,
    isManaged: (key) => managedKeys.includes(key),
    errorsFor: (field) => errors.filter((e) => fieldOf(e) === field),
    catalogue,
    validated,
    save,
    importFile,
    importErrors,
    importChanges,
    status,
    setStatus,
  };
}
