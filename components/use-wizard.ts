import { useCallback, useEffect, useState } from 'preact/hooks';
import { advance, initialWizard, type WizardEvent, type WizardState } from '../core/wizard';
import type { MessageKey } from '../platform/i18n';
import { lastProviderItem, loadWizard, wizardItem } from '../platform/storage';

interface Loaded {
  state: WizardState;
  lastProviderId: string | null;
}

export interface WizardHandle extends Loaded {
  /** A problem to show the user, as a message key; null when all is well. */
  problem: MessageKey | null;
  setProblem: (problem: MessageKey | null) => void;
  /** Applies the events, stores the result, and resolves once it is stored (or failed to be). */
  dispatch: (...events: WizardEvent[]) => Promise<WizardState>;
  rememberProvider: (providerId: string) => Promise<void>;
}

/** The wizard state, loaded from and saved to storage; null until loaded. */
export function useWizard(): WizardHandle | null {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [problem, setProblem] = useState<MessageKey | null>(null);

  useEffect(() => {
    Promise.all([loadWizard(), lastProviderItem.getValue()]).then(
      ([state, lastProviderId]) => setLoaded({ state, lastProviderId }),
      // Storage unreadable: start fresh rather than show nothing.
      () => setLoaded({ state: initialWizard, lastProviderId: null }),
    );
  }, []);

  const dispatch = useCallback(
    async (...events: WizardEvent[]) => {
      const next = events.reduce(advance, loaded?.state ?? initialWizard);
      setLoaded((old) => ({ lastProviderId: old?.lastProviderId ?? null, state: next }));
      try {
        await wizardItem.setValue(next);
      } catch {
        setProblem('saveFailed');
      }
      return next;
    },
    [loaded],
  );

  const rememberProvider = useCallback(async (providerId: string) => {
    try {
      await lastProviderItem.setValue(providerId);
    } catch {
      // Only the picker's order depends on it: not worth interrupting a stressed user.
    }
  }, []);

  if (!loaded) return null;
  return { ...loaded, problem, setProblem, dispatch, rememberProvider };
}
