import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useIncidents } from '../components/hooks/use-incidents';
import { useOnline } from '../components/hooks/use-online';
import { useSettings } from '../components/hooks/use-settings';
import { useWizard } from '../components/hooks/use-wizard';
import { builtInProviders } from '../core/catalogue/built-in';
import { pickerOrder, preselectedProvider } from '../core/catalogue/choose';
import { ownProviderId } from '../core/catalogue/own-provider';
import type { Provider } from '../core/catalogue/provider';
import { effectiveCatalogue, usableBrandColor } from '../core/effective-settings';
import { openIncidentFor } from '../core/incidents/match';
import { lazy } from '../core/lazy';
import { currentChecks, elsewhereUp, evidenceOf, outageKnown } from '../core/probes/record';
import { settingOf } from '../core/settings-defaults';
import type { Screen } from '../core/wizard';
import { openTab } from '../platform/browser-ui';
import { rememberStage } from '../platform/first-screen';
import { t } from '../platform/i18n';
import { logFailure } from '../platform/log';
import { openWebmailTab } from '../platform/open-webmail';
import { panelAvailable } from '../platform/panel-available';
import type { PopupStart } from '../platform/storage';
import { ownProviderItem } from '../platform/storage';
import type { HistoryViewProps } from './history-view';
import type { IncidentNoticeProps } from './incident-notice';
import { loadCheckScreen, loadedCheckScreen } from './lazy-screens';
import { ProviderPicker } from './provider-picker';

/** What the app loads after its first paint, each when it is needed (core/lazy.ts: a failed load is tried again). */
const later = {
  incidentNotice: lazy(() => import('./incident-notice')),
  pageReading: lazy(() => import('../platform/page-reading')),
  sidePanel: lazy(() => import('../platform/side-panel')),
  history: lazy(() => import('./history-view')),
};

/** Where the app shows: the toolbar popup, or the panel beside the page (side panel, Firefox's sidebar). */
export type Surface = 'popup' | 'panel';
type SidePanelModule = typeof import('../platform/side-panel');

export function App({ start, surface = 'popup' }: { start: PopupStart; surface?: Surface }) {
  // Every transition once the check screens are loaded (they send the answers); the first screen's until then.
  const Screens = loadedCheckScreen();
  const { state, checks, problem, setProblem, dispatch, rememberProvider } = useWizard(
    start,
    Screens?.wizardRules.advance,
  );
  const { loaded, pending } = useSettings(start.settings);
  const { settings } = loaded;
  const online = useOnline();
  const incidents = useIncidents(settings.incidentFeedUrl);
  const [ownProvider, setOwnProvider] = useState(start.ownProvider);
  const catalogue = [...(ownProvider ? [ownProvider] : []), ...effectiveCatalogue(builtInProviders, settings)];
  const provider = preselectedProvider(
    {
      chosenId: state.providerId,
      presetId: settings.provider,
      locked: settings.lockProvider,
      lastId: start.lastProviderId,
    },
    catalogue,
  );
  const locked = settings.lockProvider && provider?.id === settings.provider;
  const incident = openIncidentFor(incidents, provider?.id);
  // The notice (and the contact card it carries) is loaded only when there is an incident to show.
  const [Notice, setNotice] = useState<ComponentType<IncidentNoticeProps> | null>(null);
  useEffect(() => {
    if (incident && !Notice) void later.incidentNotice.load().then((m) => setNotice(() => m.IncidentNotice));
  }, [incident]);
  // The next popup's first paint: the picker in the HTML, or nothing while a check is under way (public/first-screen.js).
  useEffect(() => rememberStage(state.stage), [state.stage]);
  const brandColor = usableBrandColor(settings);
  const productName = settings.branding?.productName ?? t('extName');
  useEffect(() => {
    // Branding from the administrator: the colour only when it keeps AA contrast, the name in the title.
    document.documentElement.style.setProperty('--brand', brandColor ?? null);
    document.title = productName;
  }, [brandColor, productName]);
  // The history screen is loaded on demand: it is not on the start-up path of a stressed user.
  const [History, setHistory] = useState<ComponentType<HistoryViewProps> | null>(null);
  const [, setRenders] = useState(0);
  const rerender = () => setRenders((n) => n + 1);

  // A stored state naming a provider that no longer exists (or a check without one) goes back to the picker.
  const evidence = evidenceOf(state, checks);
  const inCheck = provider !== undefined && state.providerId === provider.id && state.stage === 'opened';
  const suspicious = state.stage === 'suspicious';
  // A check in progress needs the check screens (and the rule they carry): loaded before the first render when the
  // popup reopens mid-check, and right after "Open the webmail" otherwise.
  const screen: Screen =
    inCheck && Screens
      ? Screens.wizardRules.screenOf(
          state,
          evidence,
          outageKnown(currentChecks(state, checks), evidence) || incident !== undefined,
          elsewhereUp(currentChecks(state, checks)) && incident === undefined,
        )
      : inCheck
        ? { kind: 'question', question: 'outcome' }
        : suspicious
          ? { kind: 'verdict', verdict: 'phishing', reason: 'phishing' }
          : { kind: 'pick' };
  const stale = inCheck && Screens?.wizardRules.isStale(state, Date.now()) === true;

  // What the checks found is offered, never taken by itself, even when the popup reopens: the user has not seen it
  // (the texts review: a proxy that blocks the checks would otherwise send a working webmail to the consultant).

  // The popup opened from the toolbar icon in the middle of a check: when the check's webmail tab is in front, what
  // the page shows is read once (activeTab, on this click: platform/page-reading.ts) and offered on the question.
  useEffect(() => {
    if (surface !== 'popup' || state.stage !== 'opened' || state.page) return;
    const openedAt = state.openedAt;
    void later.pageReading
      .load()
      .then((m) => m.readWebmailPage(openedAt))
      .then((reading) => (reading ? dispatch({ type: 'page-read', reading, openedAt }) : undefined))
      .catch((error: unknown) => logFailure('the webmail page was not read', error));
  }, []);

  const open = async (url: string) => {
    setProblem(null);
    try {
      await openTab(url);
    } catch (error) {
      logFailure('tab not opened', error);
      setProblem('openFailed');
    }
  };

  // From the popup, the questions move to the panel beside the webmail, unless the consultant keeps the popup only
  // (policy `surface: "popup"`) or the browser has no panel.
  // Loaded right after the first paint: it must be ready before the click, which cannot await it.
  const [panel, setPanel] = useState<SidePanelModule | null>(null);
  useEffect(() => {
    if (surface !== 'popup') return;
    later.sidePanel
      .load()
      .then((m) => {
        m.preparePanel();
        setPanel(m);
      })
      .catch((error: unknown) => logFailure('side panel not prepared', error));
  }, []);
  const toPanel = surface === 'popup' && settingOf(settings, 'surface') === 'panel' && panelAvailable();

  const openWebmail = async (target: Provider) => {
    // The panel opens first, inside the click (a user gesture is needed, and it lasts until the first await).
    if (toPanel) void panel?.openPanel();
    // Store the state before the tab opens: the popup closes as soon as the new tab takes the focus.
    const at = Date.now();
    await Promise.all([
      dispatch(...(state.providerId === target.id ? [] : [{ type: 'choose', providerId: target.id } as const]), {
        type: 'open',
        at,
      }),
      rememberProvider(target.id),
    ]);
    // Opened by the background, which follows the tab's loading (the question waits for it: a slow line is not an
    // outage).
    setProblem(null);
    try {
      await openWebmailTab(target.webmailUrl, at);
    } catch (error) {
      logFailure('tab not opened', error);
      setProblem('openFailed');
    }
  };

  if (History) {
    return (
      <History
        catalogue={catalogue}
        settings={settings}
        onClose={() => setHistory(null)}
        onRecheck={(providerId) => {
          setHistory(null);
          void dispatch({ type: 'restart' }, { type: 'choose', providerId });
        }}
      />
    );
  }

  // The check screens, loaded; a failed load shows its message below (never a blank popup).
  if (screen.kind !== 'pick' && !Screens && problem !== 'screensFailed') {
    void loadCheckScreen().then(rerender, () => setProblem('screensFailed'));
    return null;
  }

  return (
    <>
      {screen.kind === 'pick' && (
        <>
          {!online && (
            <p role="alert" class="problem" data-offline>
              {t('offlineNotice')}
            </p>
          )}
          <ProviderPicker
            key="pick"
            providers={locked && provider ? [provider] : pickerOrder(start.lastProviderId, catalogue)}
            selected={provider}
            locked={locked}
            lookups={settingOf(settings, 'detection')}
            productName={productName}
            customIds={new Set([...(settings.customProviders ?? []).map((p) => p.id), ownProviderId])}
            hasOwn={ownProvider !== null}
            onAddOwn={(own) => {
              setOwnProvider(own);
              void ownProviderItem.setValue(own).catch((error: unknown) => logFailure('own webmail not kept', error));
              void dispatch({ type: 'choose', providerId: own.id });
            }}
            onRemoveOwn={() => {
              setOwnProvider(null);
              void ownProviderItem
                .setValue(null)
                .catch((error: unknown) => logFailure('own webmail not removed', error));
              if (state.providerId === ownProviderId) void dispatch({ type: 'restart' });
            }}
            onSelect={(providerId, address) => void dispatch({ type: 'choose', providerId, address })}
            onOpen={(target) => void openWebmail(target)}
            comeBack={
              surface === 'panel' ? 'openWebmailHintInPanel' : toPanel ? 'openWebmailHintPanel' : 'openWebmailHint'
            }
            consultant={settings.consultant}
            error={state.error}
            onReadError={(text, reading) => void dispatch({ type: 'read-error', text, reading, at: Date.now() })}
            verdictFor={{ provider, settings, productName }}
            notice={incident && Notice && <Notice incident={incident} consultant={settings.consultant} />}
          />
          <p class="suspicious-way-in">
            <button
              type="button"
              class="link"
              data-action="suspicious-mail"
              onClick={() => void dispatch({ type: 'suspicious', at: Date.now() })}
            >
              {t('suspiciousMail')}
            </button>
          </p>
          {pending && (
            <p role="status" class="muted" data-settings-pending>
              {t('settingsLoading')}
            </p>
          )}
          {loaded.managedErrors.length > 0 && (
            <p class="muted" data-config-problem>
              {t('configProblem')}
            </p>
          )}
          <nav class="actions" aria-label={t('actionsLabel')}>
            <button
              type="button"
              class="secondary"
              data-action="history"
              onClick={() => void later.history.load().then((m) => setHistory(() => m.HistoryView))}
            >
              {t('historyButton')}
            </button>
          </nav>
        </>
      )}
      {suspicious && state.stage === 'suspicious' && Screens && (
        <Screens.SuspiciousScreen
          state={state}
          provider={provider}
          settings={settings}
          dispatch={dispatch}
          open={open}
        />
      )}
      {screen.kind !== 'pick' && state.stage === 'opened' && Screens && provider && (
        <Screens.CheckScreen
          screen={screen}
          stale={stale}
          state={state}
          checks={checks}
          provider={provider}
          catalogue={catalogue}
          settings={settings}
          dispatch={dispatch}
          open={open}
          openWebmail={openWebmail}
          incident={incident}
          surface={surface}
        />
      )}
      {problem && (
        <p role="alert" class="problem">
          {t(problem)}
        </p>
      )}
    </>
  );
}
