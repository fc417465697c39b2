// A real enterprise policy, as the consultant deploys it: a Chromium policy file naming the extension's id.
// Chromium reads /etc/chromium/policies/managed/ at start; CI runs as root, so the tests can write there.
import { accessSync, constants, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { chromiumExtensionId } from '../core/extension-ids';

/** Where the policy tests write their Chromium policy (Debian's Chromium reads this folder at start). */
export const policyDir = '/etc/chromium/policies/managed';
export const policyFile = `${policyDir}/webmail-first-e2e.json`;

/**
 * Whether the policy tests can run here (root, or a writable policy folder). Elsewhere they are skipped, except where
 * WEBMAIL_FIRST_POLICY_TESTS=required (CI, .ci/run): there a skip would pass without testing, so the file fails.
 */
export function canWritePolicies(): boolean {
  try {
    mkdirSync(policyDir, { recursive: true });
    accessSync(policyDir, constants.W_OK);
    return true;
  } catch (error) {
    if (process.env.WEBMAIL_FIRST_POLICY_TESTS === 'required') {
      throw new Error(`the policy tests are required here, but ${policyDir} is not writable (run as root)`, {
        cause: error,
      });
    }
    return false;
  }
}

/** Writes the extension's settings as a managed policy, read by every Chromium started after. */
export function writePolicy(settings: unknown): void {
  writeFileSync(policyFile, JSON.stringify({ '3rdparty': { extensions: { [chromiumExtensionId]: settings } } }));
}

export function removePolicy(): void {
  rmSync(policyFile, { force: true });
}
