// axe-core, the accessibility rules both engines' tests run on every screen (Firefox: tools/firefox.ts evaluates
// the same source and call).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

export const axeSource = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core (WCAG 2.1 A/AA, WCAG 2.2 AA and best practices) on the page it is evaluated in, after axeSource:
 * the violations as "rule: targets" lines. The same in both engines (Firefox: tools/firefox.ts).
 */
export const axeRun = `axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  }).then((results) => results.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`;

/** axe-core on a Chromium page; the violations, empty when clean. */
export async function axeViolations(page: Page): Promise<string[]> {
  // page.evaluate goes through the DevTools protocol, so the extension page's CSP does not block axe.
  await page.evaluate(axeSource);
  return page.evaluate(axeRun) as Promise<string[]>;
}
