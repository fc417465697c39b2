// Firefox's built-in consent for data an extension transmits: the categories the consultant's channel sends are
// optional in the manifest (core/data-sent.ts) and asked for here, from the click that sends (a user gesture), once:
// Firefox remembers the answer. Chrome and Edge have no such consent (the store form declares it): always yes there.
// A message the policy sends by itself (`notify.auto`) is the organisation's decision, as its policy is its consent.
import { browser } from 'wxt/browser';
import { firefoxDataCollection } from '../core/data-sent';
import { logFailure } from './log';

type DataPermissions = { data_collection?: string[] };
interface PermissionsWithData {
  request: (permissions: DataPermissions) => Promise<boolean>;
}

/** True when the user allows sending (asked in Firefox at the first send; always true elsewhere). */
export async function consentToSend(): Promise<boolean> {
  if (import.meta.env.BROWSER !== 'firefox') return true;
  try {
    const permissions = browser.permissions as unknown as PermissionsWithData;
    return await permissions.request({ data_collection: firefoxDataCollection().optional });
  } catch (error) {
    // A Firefox without the consent API (before 140) shows the manifest's declaration at install: nothing to ask.
    logFailure('the data consent could not be asked', error);
    return true;
  }
}

/**
 * Whether a send without a click may go (the neighbours' event after each check): in Firefox only once the consent was
 * given, or when the setting is the organisation's policy; elsewhere always.
 */
export async function canSendData(managed: boolean): Promise<boolean> {
  if (import.meta.env.BROWSER !== 'firefox' || managed) return true;
  try {
    const permissions = browser.permissions as unknown as {
      contains: (permissions: DataPermissions) => Promise<boolean>;
    };
    return await permissions.contains({ data_collection: firefoxDataCollection().optional });
  } catch {
    return true;
  }
}
