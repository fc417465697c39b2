// The first screen rendered at build time (tools/first-screen/) and shown by public/first-screen.js before any module
// loads: what the app reads as it takes the markup over (what the user typed and did meanwhile), and the stage it
// leaves for the next popup's first paint (the picker, or nothing while a check is under way).
import type { WizardState } from '../core/wizard-state';
import { logFailure } from './log';

/** What the user did on the first screen before the app was there. */
export interface EarlyInput {
  /** The text in the box. */
  typed: string;
  /** In order: a control's hook (`[data-action="…"]`, `[data-provider="…"]`) clicked, or "submit" (Enter). */
  done: string[];
}

declare global {
  /** Set by public/first-screen.js: what was typed and done, and the end of its keeping. */
  var webmailFirstTakeOver: (() => EarlyInput) | undefined;
}

const stageKey = 'webmail-first:stage';

/** Read once, as the app takes over: nothing when the page had no first screen (the options page, a test). */
export function takeOverFirstScreen(): EarlyInput {
  const early = globalThis.webmailFirstTakeOver?.();
  globalThis.webmailFirstTakeOver = undefined;
  return early ?? { typed: '', done: [] };
}

/** For the next first paint: whether a check is under way (its screens come with the app, the picker must not flash). */
export function rememberStage(stage: WizardState['stage']): void {
  try {
    localStorage.setItem(stageKey, stage === 'choosing' ? 'pick' : 'check');
  } catch (error) {
    // Refused storage costs only the flash of the picker when the popup reopens mid-check.
    logFailure('the stage was not kept for the next first paint', error);
  }
}

const settle = () => new Promise((done) => setTimeout(done, 0));

/**
 * Does again, on the app's controls, what the user did before it took over: the text typed (as an input, so the list
 * narrows), then each click and Enter in order, each after the app has answered the one before.
 */
export async function replayEarlyInput(root: HTMLElement, early: EarlyInput): Promise<void> {
  const box = root.querySelector('input[type="search"]');
  if (early.typed && box instanceof HTMLInputElement) {
    box.value = early.typed;
    box.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
  }
  for (const step of early.done) {
    if (step === 'submit') root.querySelector('form')?.requestSubmit();
    else (root.querySelector(step) as HTMLElement | null)?.click();
    await settle();
  }
}
