// A policy file left behind by an interrupted run would preconfigure every browser the other tests start:
// remove it before the end-to-end tests, and after them.
import { rmSync } from 'node:fs';
import { policyFile } from './policy-file';

export default function setup() {
  rmSync(policyFile, { force: true });
  return () => rmSync(policyFile, { force: true });
}
