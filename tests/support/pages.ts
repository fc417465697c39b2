// The extension's pages by their public hooks (docs/hooks.md): the one place an end-to-end test learns a hook's
// selector. `hook` builds the selectors (for the PageDriver of ./driver.ts, a CDP expression, a wait in the side
// panel's window); `ui(page)` gives Playwright locators on them for the Chromium-only files. A hook renamed is
// renamed here, and tests/unit/architecture.test.ts keeps the e2e files from spelling one out themselves.
import type { Locator, Page } from 'playwright-core';
import { followUps } from '../../core/answers';
import { type AnswerHook, hookValue, questionTexts } from '../../core/texts';

/** An answer's button as the screens draw it: its question's hook attribute (core/texts.ts), its value. */
function answerSelector(value: string): string {
  const row = Object.values(followUps).find((f) => (f.answers as readonly string[]).includes(value));
  const attribute = row ? questionTexts(row.question).hook : 'data-outcome';
  return `[${attribute}="${hookValue(value as AnswerHook)}"]`;
}

/** `{ reason: 'page-down' }` → `[data-reason="page-down"]`: more hooks on the same element. */
const also = (attributes: Record<string, string> = {}) =>
  Object.entries(attributes)
    .map(([name, value]) => `[data-${name}="${value}"]`)
    .join('');

export const hook = {
  /** A button or link by what it does: `open-webmail`, `restart`, `save-settings`… */
  action: (name: string, attributes?: Record<string, string>) => `[data-action="${name}"]${also(attributes)}`,
  /** A provider's choice (a radio) in the picker; without an id, any of them. */
  provider: (id?: string) => (id ? `[data-provider="${id}"]` : '[data-provider]'),
  /** The provider chosen in the picker. */
  chosenProvider: '[data-provider]:checked',
  /**
   * An answer's button, by the answer's name: `data-outcome`, `data-warning` for what the webmail said, `data-notice`
   * for the message shown instead of the webmail (`notice-maintenance` → `data-notice="maintenance"`). Without a value,
   * any answer of the question on screen (but what the webmail said and the notices).
   */
  answer: (value?: string) => (value === undefined ? '[data-outcome]' : answerSelector(value)),
  /** The verdict shown (any, without an id), with more of its hooks: `{ reason: 'page-down' }`. */
  verdict: (id?: string, attributes?: Record<string, string>) =>
    `[data-verdict${id ? `="${id}"` : ''}]${also(attributes)}`,
};

/** Where a page object looks: a whole page, or a part of one (a verdict, a dialog). */
type Scope = Page | Locator;

/** A page of the extension (popup, side panel, options) by its hooks, as Playwright locators. */
export function ui(scope: Scope) {
  const verdict = (id?: string, attributes?: Record<string, string>) => scope.locator(hook.verdict(id, attributes));
  return {
    action: (name: string, attributes?: Record<string, string>) => scope.locator(hook.action(name, attributes)),
    provider: (id?: string) => scope.locator(hook.provider(id)),
    chosenProvider: () => scope.locator(hook.chosenProvider),
    /** The host line under a provider of one's own in the picker. */
    providerHost: (id: string) => scope.locator(`${hook.provider(id)} ~ [data-provider-host]`),
    answerButton: (value?: string) => scope.locator(hook.answer(value)),
    /** Gives the answers in order, each once its button is there. */
    async answer(...values: string[]) {
      for (const value of values) await scope.locator(hook.answer(value)).click();
    },
    verdict,
    /** The report text box of the verdict shown (or of the one named). */
    report: (id?: string) => verdict(id).locator('[data-report]'),
    /** What the automatic checks found, once they reported. */
    evidence: () => scope.locator('[data-checks] [data-evidence]'),
    heading: () => scope.locator('h1'),
  };
}
