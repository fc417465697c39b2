// Golden files: what a public contract looks like today (the policy files a consultant deploys, the answers'
// hooks automation clicks), kept in tests/unit/golden/ so that a change to it shows as a diff to review.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

/** Compares with a golden file; `UPDATE_GOLDEN=1 npx vitest run --project unit` rewrites them (review the diff). */
export function expectGolden(name: string, actual: string) {
  const file = new URL(`./golden/${name}`, import.meta.url);
  if (process.env.UPDATE_GOLDEN) {
    mkdirSync(new URL('.', file), { recursive: true });
    writeFileSync(file, actual);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
