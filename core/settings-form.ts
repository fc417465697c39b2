// The options page's form, as plain strings and flags, to and from settings. Pure.

import type { Provider } from './catalogue/provider';
import { fold } from './fold';
import { withHttps } from './guards';
import { consultantFields, type Settings, type SettingsKey, technicianFields } from './settings';
import { settingOf } from './settings-defaults';

/** The custom-provider fields the form shows; the others (imap, mx…) are kept as they came. */
export const customProviderFields = ['name', 'webmailUrl', 'domains', 'statusUrl', 'passwordResetUrl'] as const;
export type CustomProviderField = (typeof customProviderFields)[number];

export interface CustomProviderDraft {
  /** Kept from the stored or imported provider; empty: made from the name. */
  id: string;
  name: string;
  webmailUrl: string;
  /** Mailbox domains, separated by commas or spaces. */
  domains: string;
  statusUrl: string;
  passwordResetUrl: string;
  /** What the form does not show (imap, pop3, smtp, mx, notes…), kept as it came. */
  rest: Record<string, unknown>;
}

export const emptyCustomProvider: CustomProviderDraft = {
  id: '',
  name: '',
  webmailUrl: '',
  domains: '',
  statusUrl: '',
  passwordResetUrl: '',
  rest: {},
};

function customProviderDraft(provider: Provider): CustomProviderDraft {
  const { id, name, webmailUrl, domains, statusUrl, passwordResetUrl, ...rest } = provider;
  return {
    id,
    name,
    webmailUrl,
    domains: (domains ?? []).join(', '),
    statusUrl: statusUrl ?? '',
    passwordResetUrl: passwordResetUrl ?? '',
    rest,
  };
}

/** An id from a name: "Posta Studio Rossi" → "posta-studio-rossi" (accents folded, at most 40 characters). */
export function idFromName(name: string): string {
  return fold(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

/** A custom provider from its form row, for the validator (which says what is wrong, field by field). */
function customProviderFrom(row: CustomProviderDraft, taken: Set<string>): Record<string, unknown> {
  let id = row.id || idFromName(row.name) || 'provider';
  for (let n = 2; !row.id && taken.has(id); n++) id = `${idFromName(row.name).slice(0, 36) || 'provider'}-${n}`;
  taken.add(id);
  const domains = row.domains
    .split(/[\s,;]+/)
    .map((d) => d.trim())
    .filter(Boolean);
  return {
    ...row.rest,
    id,
    name: row.name.trim(),
    webmailUrl: withHttps(row.webmailUrl),
    ...(domains.length ? { domains } : {}),
    ...(row.statusUrl.trim() ? { statusUrl: withHttps(row.statusUrl) } : {}),
    ...(row.passwordResetUrl.trim() ? { passwordResetUrl: withHttps(row.passwordResetUrl) } : {}),
  };
}

export interface SettingsDraft {
  provider: string;
  lockProvider: boolean;
  detection: boolean;
  /** Keep the questions in the popup: no side panel beside the webmail (`surface: "popup"`). */
  popupOnly: boolean;
  hiddenProviders: string[];
  consultant: Record<(typeof consultantFields)[number], string>;
  technician: Record<(typeof technicianFields)[number], string>;
  reportEmail: string;
  clientName: string;
  incidentFeedUrl: string;
  /** The country calling code for numbers written without one ("39"; empty: Italy). */
  phoneCountryCode: string;
  productName: string;
  color: string;
  /** Custom providers, one form row each. */
  customProviders: CustomProviderDraft[];
  /** The consultant's channel: its kind ('' for none) and the fields that kind uses. */
  notifyKind: string;
  notifyUrl: string;
  notifyToken: string;
  notifyChatId: string;
  /** Send without a click: for the deployment files (a policy's alone; never saved on this computer). */
  notifyAuto: boolean;
  /** Globalping's probes from other Italian networks (on by default). */
  outsideChecks: boolean;
  /** The neighbours' topic: its ntfy address and token. */
  neighboursUrl: string;
  neighboursToken: string;
}

const fields = <K extends string>(keys: readonly K[], from: Partial<Record<K, string>> | undefined) =>
  Object.fromEntries(keys.map((k) => [k, from?.[k] ?? ''])) as Record<K, string>;

export function draftFrom(settings: Settings): SettingsDraft {
  return {
    provider: settings.provider ?? '',
    lockProvider: settingOf(settings, 'lockProvider'),
    detection: settingOf(settings, 'detection'),
    popupOnly: settingOf(settings, 'surface') === 'popup',
    hiddenProviders: [...settingOf(settings, 'hiddenProviders')],
    consultant: fields(consultantFields, settings.consultant),
    technician: fields(technicianFields, settings.technician),
    reportEmail: settings.reportEmail ?? '',
    clientName: settings.clientName ?? '',
    incidentFeedUrl: settings.incidentFeedUrl ?? '',
    phoneCountryCode: settings.phoneCountryCode ?? '',
    productName: settings.branding?.productName ?? '',
    color: settings.branding?.color ?? '',
    customProviders: (settings.customProviders ?? []).map(customProviderDraft),
    notifyKind: settings.notify?.kind ?? '',
    notifyUrl: settings.notify?.url ?? '',
    notifyToken: settings.notify?.token ?? '',
    notifyChatId: settings.notify?.chatId ?? '',
    notifyAuto: settings.notify?.auto === true,
    outsideChecks: settingOf(settings, 'outsideChecks'),
    neighboursUrl: settings.neighbours?.url ?? '',
    neighboursToken: settings.neighbours?.token ?? '',
  };
}

/** The form fields each setting fills. */
const draftFieldsOf: Record<SettingsKey, readonly (keyof SettingsDraft)[]> = {
  provider: ['provider'],
  lockProvider: ['lockProvider'],
  detection: ['detection'],
  surface: ['popupOnly'],
  hiddenProviders: ['hiddenProviders'],
  consultant: ['consultant'],
  technician: ['technician'],
  reportEmail: ['reportEmail'],
  clientName: ['clientName'],
  incidentFeedUrl: ['incidentFeedUrl'],
  phoneCountryCode: ['phoneCountryCode'],
  branding: ['productName', 'color'],
  customProviders: ['customProviders'],
  notify: ['notifyKind', 'notifyUrl', 'notifyToken', 'notifyChatId', 'notifyAuto'],
  outsideChecks: ['outsideChecks'],
  neighbours: ['neighboursUrl', 'neighboursToken'],
};

/**
 * The draft with the policy's values in the fields it sets, the user's edits elsewhere kept: for a policy that
 * is read after the form is on screen.
 */
export function withManagedFields(
  draft: SettingsDraft,
  settings: Settings,
  keys: readonly SettingsKey[],
): SettingsDraft {
  const fromPolicy = draftFrom(settings);
  const fields = keys.flatMap((key) => draftFieldsOf[key] ?? []);
  return { ...draft, ...Object.fromEntries(fields.map((field) => [field, fromPolicy[field]])) };
}

/** Only the filled fields: an empty field is "not set", never an error. */
function filled(record: Record<string, string>): Record<string, string> | undefined {
  const entries = Object.entries(record)
    .map(([k, v]) => [k, v.trim()] as const)
    .filter(([, v]) => v !== '');
  return entries.length ? Object.fromEntries(entries) : undefined;
}

/**
 * The draft as raw settings for the validator. Defaults are left out (detection on, provider not locked), so
 * they stay defaults; websites typed without https:// get it. `builtInIds`: ids a custom provider may not take.
 */
export function settingsFrom(draft: SettingsDraft, builtInIds: readonly string[] = []): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  if (draft.provider) input.provider = draft.provider;
  if (draft.lockProvider) input.lockProvider = true;
  if (!draft.detection) input.detection = false;
  if (draft.popupOnly) input.surface = 'popup';
  if (draft.hiddenProviders.length) input.hiddenProviders = draft.hiddenProviders;
  const consultant = filled(draft.consultant);
  if (consultant?.website) consultant.website = withHttps(consultant.website);
  if (consultant) input.consultant = consultant;
  const technician = filled(draft.technician);
  if (technician) input.technician = technician;
  if (draft.reportEmail.trim()) input.reportEmail = draft.reportEmail.trim();
  if (draft.clientName.trim()) input.clientName = draft.clientName.trim();
  if (draft.incidentFeedUrl.trim()) input.incidentFeedUrl = withHttps(draft.incidentFeedUrl);
  if (draft.phoneCountryCode.trim()) input.phoneCountryCode = draft.phoneCountryCode.trim();
  const branding = filled({ productName: draft.productName, color: draft.color });
  if (branding) input.branding = branding;
  if (draft.notifyKind) {
    // Only the fields the kind uses: a Telegram channel keeps no stale webhook address.
    const telegram = draft.notifyKind === 'telegram';
    const notify: Record<string, unknown> = {
      kind: draft.notifyKind,
      ...filled(
        telegram
          ? { token: draft.notifyToken, chatId: draft.notifyChatId }
          : {
              url: draft.notifyUrl && withHttps(draft.notifyUrl),
              ...(draft.notifyKind === 'ntfy' ? { token: draft.notifyToken } : {}),
            },
      ),
    };
    if (draft.notifyAuto) notify.auto = true;
    input.notify = notify;
  }
  if (!draft.outsideChecks) input.outsideChecks = false;
  const neighbours = filled({
    url: draft.neighboursUrl && withHttps(draft.neighboursUrl),
    token: draft.neighboursToken,
  });
  if (neighbours) input.neighbours = neighbours;
  if (draft.customProviders.length) {
    const taken = new Set([...builtInIds, ...draft.customProviders.map((row) => row.id).filter(Boolean)]);
    input.customProviders = draft.customProviders.map((row) => customProviderFrom(row, taken));
  }
  return input;
}
