// A policy file left behind by an interrupted run would preconfigure every browser the other tests start:
// remove it (Chromium's and Firefox's) before the end-to-end tests, and after them.
import { rmSync } from 'node:fs';
import { removeFirefoxPolicy } from '../../tools/firefox';
import { policyFile } from '../../tools/policy-file';

export default function setup() {
  const clean = () => {
    rmSync(policyFile, { force: true });
    removeFirefoxPolicy();
  };
  clean();
  return clean;
}
