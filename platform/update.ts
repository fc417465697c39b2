// After an update in place, once: the stored items' migrations run and the options page gets a note of the new
// version (entrypoints/background.ts calls it at every start of the background).
import { browser } from 'wxt/browser';
import { parseVersion } from '../core/stored/values';
import { logFailure } from './log';
import { hasStoredData, installedVersionItem, whatsNewItem } from './storage/options';
import { historyItem } from './storage/reports';

/**
 * After an update in place, once: the stored items' migrations run, and the options page gets a note of the new
 * version. Told from the version this profile last ran (`installedVersion`), not from `runtime.onInstalled`:
 * Chrome reports an unpacked or command-line reload as "install" although the data stays, and a worker that starts
 * late misses the event. Data stored by a release that did not record its version (0.1.0) counts as an update too.
 */
export async function announceUpdate(current?: string): Promise<void> {
  try {
    const version = current ?? browser.runtime.getManifest().version;
    const last = parseVersion(await installedVersionItem.getValue());
    if (last === version) return;
    const before = last ?? ((await hasStoredData()) ? 'earlier' : null);
    if (before !== null) {
      await historyItem.migrate();
      await whatsNewItem.setValue({ version, ...(last ? { from: last } : {}) });
    }
    await installedVersionItem.setValue(version);
  } catch (error) {
    logFailure('the update could not be recorded', error);
  }
}
