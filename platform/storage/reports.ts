// The stored items the popup reads only after its first paint (the history screen, the report's name box) and the
// background writes: beside the others, in a module of their own so that the first paint does not carry them.
// Listed in ./index.ts's table.
import { storage } from '@wxt-dev/storage';
import type { HistoryEntry } from '../../core/history';

/**
 * Finished checks, newest first, at most 50 (read through loadHistory in platform/history.ts, which validates them:
 * the history's parser stays off the popup's first paint). Versioned: a change of shape adds a migration here
 * (`migrations: { 2: (v1) => … }`); parseHistory then drops whatever still does not fit, keeping the rest.
 */
export const historyItem = storage.defineItem<HistoryEntry[]>('local:history', { fallback: [], version: 1 });

/** The name the user typed once for the reports ("Sent by"): a consultant with many clients knows who wrote. */
export const personNameItem = storage.defineItem<string>('local:personName', { fallback: '' });

/**
 * When the user last cleared the history: a check answered before then is never recorded again (the background
 * re-reads the session's last check at every start of its worker, and brought a cleared check back: the review's L6).
 */
export const historyClearedAtItem = storage.defineItem<number | null>('local:historyClearedAt', { fallback: null });
