import { useCallback, useEffect, useState } from 'preact/hooks';
import type { MessageKey } from '../../core/messages';
import type { ChecksRecord } from '../../core/probes/record';
import { parseChecksRecord } from '../../core/stored/checks';
import { parseWizardState } from '../../core/stored/wizard';
import { advanceStart, type WizardEvent, type WizardState } from '../../core/wizard-state';
import { logFailure } from '../../platform/log';
import { checksItem, lastProviderItem, type PopupStart, wizardItem } from '../../platform/storage';

export interface WizardHandle {
  state: WizardState;
  /** The latest automatic checks, kept up to date while the popup is open. */
  checks: ChecksRecord | null;
  /** A problem to show the user, as a message key; null when all is well. */
  problem: MessageKey | null;
  setProblem: (problem: MessageKey | null) => void;
  /** Applies the events, stores the result, and resolves once it is stored (or failed to be). */
  dispatch: (...events: WizardEvent[]) => Promise<WizardState>;
  rememberProvider: (providerId: string) => Promise<void>;
}

/** How events change the state: the first screen's transitions, or all of them once the check screens are loaded. */
export type WizardReducer = (state: WizardState, event: WizardEvent) => WizardState;

/**
 * The wizard state, starting from what was stored, saved on every change. `reducer`: core/wizard-state.ts's
 * `advanceStart` on the first paint; core/wizard.ts's `advance` (every transition) once the check screens have
 * loaded, which are the only screens that send answers.
 */
export function useWizard(start: PopupStart, reducer: WizardReducer = advanceStart): WizardHandle {
  const [state, setState] = useState(start.state);
  const [problem, setProblem] = useState<MessageKey | null>(null);
  const [checks, setChecks] = useState(start.checks);

  // The background script writes the checks' results while the popup is open.
  useEffect(() => checksItem.watch((value) => setChecks(parseChecksRecord(value))), []);
  // The other surface (the popup, or the panel beside the webmail) moves the check on: follow it.
  useEffect(() => wizardItem.watch((value) => setState(parseWizardState(value))), []);

  const dispatch = useCallback(
    async (...events: WizardEvent[]) => {
      const next = events.reduce(reducer, state);
      setState(next);
      try {
        await wizardItem.setValue(next);
      } catch (error) {
        logFailure('answers not stored', error);
        setProblem('saveFailed');
      }
      return next;
    },
    [state, reducer],
  );

  const rememberProvider = useCallback(async (providerId: string) => {
    try {
      await lastProviderItem.setValue(providerId);
    } catch (error) {
      // Only the picker's order depends on it: not worth interrupting a stressed user.
      logFailure('last provider not stored', error);
    }
  }, []);

  return { state, checks, problem, setProblem, dispatch, rememberProvider };
}
