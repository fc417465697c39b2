import { useCallback, useState } from 'preact/hooks';
import { advance, type WizardEvent, type WizardState } from '../core/wizard';
import type { MessageKey } from '../platform/i18n';
import { lastProviderItem, type PopupStart, wizardItem } from '../platform/storage';

export interface WizardHandle {
  state: WizardState;
  /** A problem to show the user, as a message key; null when all is well. */
  problem: MessageKey | null;
  setProblem: (problem: MessageKey | null) => void;
  /** Applies the events, stores the result, and resolves once it is stored (or failed to be). */
  dispatch: (...events: WizardEvent[]) => Promise<WizardState>;
  rememberProvider: (providerId: string) => Promise<void>;
}

/** The wizard state, starting from what was stored, saved on every change. */
export function useWizard(start: PopupStart): WizardHandle {
  const [state, setState] = useState(start.state);
  const [problem, setProblem] = useState<MessageKey | null>(null);

  const dispatch = useCallback(
    async (...events: WizardEvent[]) => {
      const next = events.reduce(advance, state);
      setState(next);
      try {
        await wizardItem.setValue(next);
      } catch {
        setProblem('saveFailed');
      }
      return next;
    },
    [state],
  );

  const rememberProvider = useCallback(async (providerId: string) => {
    try {
      await lastProviderItem.setValue(providerId);
    } catch {
      // Only the picker's order depends on it: not worth interrupting a stressed user.
    }
  }, []);

  return { state, problem, setProblem, dispatch, rememberProvider };
}
