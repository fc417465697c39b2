// A real enterprise policy, as the consultant deploys it: a Chromium policy file naming the extension's id.
// Chromium reads /etc/chromium/policies/managed/ at start; CI runs as root, so the tests can write there.
import { accessSync, constants, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { chromiumExtensionId } from '../core/extension-ids';

/** Where the policy tests write their Chromium policy (Debian's Chromium reads this folder at start). */
export const policyDir = '/etc/chromium/policies/managed';
export const policyFile = `${policyDir}/webmail-first-e2e.json`;

export function canWritePolicies(): boolean {
  try {
    mkdirSync(policyDir, { recursive: true });
    accessSync(policyDir, constants.W_OK);
    return true;
  } catch {
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
