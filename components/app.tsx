import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { defaultProviderId, findProvider, pickerOrder } from '../core/catalogue';
import { effectiveCatalogue, usableBrandColor } from '../core/effective-settings';
import type { Provider } from '../core/provider';
import { builtInProviders } from '../core/providers';
import { evidenceOf, screenOf } from '../core/wizard';
import { openTab } from '../platform/browser-ui';
import { t } from '../platform/i18n';
import type { PopupStart } from '../platform/storage';
import type { HistoryViewProps } from './history-view';
import { loadCheckScreen, loadedCheckScreen } from './lazy-screens';
import { ProviderPicker } from './provider-picker';
import { useSettings } from './use-settings';
import { useWizard } from './use-wizard';

interface Props {
  start: PopupStart;
  catalogue?: readonly Provider[];
}

export function App({ start, catalogue: builtIn = builtInProviders }: Props) {
  const { state, checks, problem, setProblem, dispatch, rememberProvider } = useWizard(start);
  const { loaded, pending } = useSettings(start.settings);
  const { settings } = loaded;
  const catalogue = effectiveCatalogue(builtIn, settings);
  // A preset provider comes first; a locked one is the only choice.
  const locked = settings.lockProvider ? findProvider(settings.provider, catalogue) : undefined;
  const lastProviderId = settings.provider ?? start.lastProviderId;
  const brandColor = usableBrandColor(settings);
  const productName = settings.branding?.productName;
  useEffect(() => {
    // Branding from the administrator: the colour only when it keeps AA contrast, the name in the title.
    document.documentElement.style.setProperty('--brand', brandColor ?? null);
    document.title = productName ?? t('extName');
  }, [brandColor, productName]);
  // The history screen is loaded on demand: it is not on the start-up path of a stressed user.
  const [History, setHistory] = useState<ComponentType<HistoryViewProps> | null>(null);
  const [, setRenders] = useState(0);
  const rerender = () => setRenders((n) => n + 1);

  const provider =
    locked ??
    findProvider(state.providerId, catalogue) ??
    findProvider(lastProviderId, catalogue) ??
    findProvider(defaultProviderId, catalogue) ??
    (catalogue[0] as Provider);

  // A stored state naming a provider that no longer exists (or a check without one) goes back to the picker.
  const evidence = evidenceOf(state, checks);
  const screen = state.providerId === provider.id ? screenOf(state, evidence) : ({ kind: 'pick' } as const);

  const open = async (url: string) => {
    setProblem(null);
    try {
      await openTab(url);
    } catch {
      setProblem('openFailed');
    }
  };

  const openWebmail = async (target: Provider) => {
    // Store the state before the tab opens: the popup closes as soon as the new tab takes the focus.
    await Promise.all([
      dispatch(...(state.providerId === target.id ? [] : [{ type: 'choose', providerId: target.id } as const]), {
        type: 'open',
        at: Date.now(),
      }),
      rememberProvider(target.id),
    ]);
    await open(target.webmailUrl);
  };

  if (History) {
    return (
      <History
        catalogue={catalogue}
        onClose={() => setHistory(null)}
        onRecheck={(providerId) => {
          setHistory(null);
          void dispatch({ type: 'restart' }, { type: 'choose', providerId });
        }}
      />
    );
  }

  const Screens = loadedCheckScreen();
  if (screen.kind !== 'pick' && !Screens) {
    void loadCheckScreen().then(rerender);
    return null;
  }

  return (
    <>
      {screen.kind === 'pick' && (
        <>
          <ProviderPicker
            key="pick"
            providers={locked ? [locked] : pickerOrder(lastProviderId, catalogue)}
            selected={provider}
            locked={locked !== undefined}
            lookups={settings.detection !== false}
            onSelect={(providerId, address) => void dispatch({ type: 'choose', providerId, address })}
            onOpen={() => void openWebmail(provider)}
          />
          <nav class="actions" aria-label={t('extName')}>
            <button
              type="button"
              class="secondary"
              data-action="history"
              onClick={() => void import('./history-view').then((m) => setHistory(() => m.HistoryView))}
            >
              {t('historyButton')}
            </button>
          </nav>
        </>
      )}
      {screen.kind !== 'pick' && Screens && (
        <Screens.CheckScreen
          screen={screen}
          state={state}
          checks={checks}
          provider={provider}
          catalogue={catalogue}
          settings={settings}
          dispatch={dispatch}
          open={open}
        />
      )}
      {pending && screen.kind === 'pick' && (
        <p role="status" class="muted" data-settings-pending>
          {t('settingsLoading')}
        </p>
      )}
      {problem && (
        <p role="alert" class="problem">
          {t(problem)}
        </p>
      )}
    </>
  );
}
