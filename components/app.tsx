import { defaultProviderId, findProvider, pickerOrder } from '../core/catalogue';
import type { Provider } from '../core/provider';
import { builtInProviders } from '../core/providers';
import { currentChecks, evidenceOf, screenOf } from '../core/wizard';
import { openTab } from '../platform/browser-ui';
import { t } from '../platform/i18n';
import type { PopupStart } from '../platform/storage';
import { ChecksPanel } from './checks-panel';
import { ProviderPicker } from './provider-picker';
import { QuestionStep } from './question-step';
import { useNow } from './use-now';
import { useWizard } from './use-wizard';
import { VerdictView } from './verdict-view';

interface Props {
  start: PopupStart;
  catalogue?: readonly Provider[];
}

export function App({ start, catalogue = builtInProviders }: Props) {
  const { state, checks, problem, setProblem, dispatch, rememberProvider } = useWizard(start);
  const { lastProviderId } = start;

  const provider =
    findProvider(state.providerId, catalogue) ??
    findProvider(lastProviderId, catalogue) ??
    findProvider(defaultProviderId, catalogue) ??
    catalogue[0];
  if (!provider) return null;

  // A stored state naming a provider that no longer exists (or a check without one) goes back to the picker.
  const evidence = evidenceOf(state, checks);
  const screen = state.providerId === provider.id ? screenOf(state, evidence) : ({ kind: 'pick' } as const);
  const checking = screen.kind !== 'pick' && !currentChecks(state, checks)?.results;
  // Ticks only while checks are pending, to notice checks that never finish.
  const now = useNow(checking);
  const checksPanel = (
    <ChecksPanel
      provider={provider}
      checks={currentChecks(state, checks)}
      requestedAt={state.checkRequestedAt}
      now={now}
      onCheckAgain={() => void dispatch({ type: 'check-again', at: Date.now() })}
    />
  );

  const openWebmail = async (target: Provider) => {
    setProblem(null);
    // Store the state before the tab opens: the popup closes as soon as the new tab takes the focus.
    await Promise.all([
      dispatch({ type: 'choose', providerId: target.id }, { type: 'open', at: Date.now() }),
      rememberProvider(target.id),
    ]);
    try {
      await openTab(target.webmailUrl);
    } catch {
      setProblem('openFailed');
    }
  };

  const reopen = async () => {
    setProblem(null);
    try {
      await openTab(provider.webmailUrl);
    } catch {
      setProblem('openFailed');
    }
  };

  return (
    <>
      {screen.kind === 'pick' && (
        <ProviderPicker
          key="pick"
          providers={pickerOrder(lastProviderId, catalogue)}
          selected={provider}
          lookups={true}
          onSelect={(providerId) => void dispatch({ type: 'choose', providerId })}
          onOpen={() => void openWebmail(provider)}
        />
      )}
      {screen.kind === 'question' && (
        <QuestionStep
          key={screen.question}
          question={screen.question}
          provider={provider}
          onAnswer={(value) => void dispatch({ type: 'answer', value })}
          onReopen={() => void reopen()}
        >
          {checksPanel}
        </QuestionStep>
      )}
      {screen.kind === 'verdict' && state.openedAt !== null && (
        <VerdictView
          key={screen.verdict}
          verdict={screen.verdict}
          reason={screen.reason}
          provider={provider}
          checkedAt={state.openedAt}
        >
          {checksPanel}
        </VerdictView>
      )}
      {problem && (
        <p role="alert" class="problem">
          {t(problem)}
        </p>
      )}
      {screen.kind !== 'pick' && (
        <nav class="actions" aria-label={t('extName')}>
          {screen.kind === 'question' && (
            <button type="button" class="secondary" data-action="back" onClick={() => void dispatch({ type: 'back' })}>
              {t('back')}
            </button>
          )}
          <button
            type="button"
            class="secondary"
            data-action="restart"
            onClick={() => void dispatch({ type: 'restart' })}
          >
            {t('restart')}
          </button>
        </nav>
      )}
    </>
  );
}
