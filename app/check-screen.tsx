// The screens after the webmail opened: the questions and the verdict, with the checks and the report; and the
// screen for a check left unanswered for over an hour. Loaded apart from the picker, so that the first screen of
// a stressed user carries only what it needs.

import { AdvisoryNotes } from '../components/advisory-notes';
import { useFeedAdvisories } from '../components/hooks/use-feed-advisories';
import { useNow } from '../components/hooks/use-now';
import { useWebmailTab } from '../components/hooks/use-webmail-tab';
import { NotifyPanel } from '../components/notify-panel';
import { ReportPanel } from '../components/report-panel';
import { StepHeading } from '../components/step-heading';
import { advisoriesFor, builtInAdvisories } from '../core/advisories';
import type { Step } from '../core/answers';
import { sentenceName } from '../core/catalogue/choose';
import { withDetails } from '../core/catalogue/details';
import type { Provider } from '../core/catalogue/provider';
import { checkCode } from '../core/check-code';
import { reportRecipient } from '../core/contacts';
import { entryOf } from '../core/history';
import type { Incident } from '../core/incidents/match';
import { conflictOf } from '../core/probes/evidence';
import { type ChecksRecord, currentChecks, evidenceOf } from '../core/probes/record';
import { reportChannel } from '../core/report-channel';
import type { Settings } from '../core/settings';
import { stillLoading } from '../core/stored/webmail-tab';
import { advance, isStale, screenOf } from '../core/wizard';
import {
  type OpenedState,
  type SuspiciousState,
  staleAfterMs,
  type WizardEvent,
  type WizardState,
} from '../core/wizard-state';
import { t } from '../platform/i18n';
import { ChecksPanel } from './checks-panel';

// The transitions that need the rule, for the app once this chunk is loaded (the first paint has only the first
// screen's).

import { ErrorBox } from './error-box';
import { IncidentNotice } from './incident-notice';
import { QuestionStep } from './question-step';
import { VerdictView } from './verdict-view';

/** The wizard's rules the popup's shell applies, loaded with these screens (core/wizard.ts is their home). */
export const wizardRules = { advance, isStale, screenOf };

/** Verdicts where this user's webmail works: an outage elsewhere on the provider is not theirs. */
const webmailWorksHere = (verdict: string) =>
  verdict === 'mail-client' ||
  verdict === 'recipient' ||
  verdict === 'internet' ||
  verdict === 'network' ||
  verdict === 'phishing';

export interface CheckScreenProps {
  screen: Step;
  /** The check was opened over an hour ago and is still unanswered: not resumed as current. */
  stale: boolean;
  state: OpenedState;
  checks: ChecksRecord | null;
  provider: Provider;
  catalogue: readonly Provider[];
  settings: Settings;
  dispatch: (...events: WizardEvent[]) => Promise<WizardState>;
  open: (url: string) => Promise<void>;
  /** Starts a new check of the provider: the webmail opens again. */
  openWebmail: (provider: Provider) => Promise<void>;
  /** The consultant's open incident on this provider, from their feed. */
  incident?: Incident | undefined;
  /** The popup, or the panel beside the webmail (it stays open: no need to find the icon again). */
  surface?: 'popup' | 'panel';
}

function StaleStep({
  provider,
  openedAt,
  onCheckNow,
}: {
  provider: Provider;
  openedAt: number;
  onCheckNow: () => void;
}) {
  const hours = Math.floor((Date.now() - openedAt) / staleAfterMs);
  return (
    <section class="step" aria-labelledby="step-heading" data-stale>
      <StepHeading>
        {hours < 2 ? t('staleHeadingOne', provider.name) : t('staleHeadingMany', [provider.name, String(hours)])}
      </StepHeading>
      <p class="intro">{t('staleIntro')}</p>
      <button type="button" class="primary" data-action="check-now" onClick={onCheckNow}>
        {t('staleCheckNow')}
      </button>
    </section>
  );
}

export function CheckScreen({
  screen,
  stale,
  state,
  checks,
  provider: listed,
  catalogue,
  settings,
  dispatch,
  open,
  openWebmail,
  incident,
  surface = 'popup',
}: CheckScreenProps) {
  // The catalogue's details for the verdicts (status and password pages, mail-program settings, who holds such a
  // mailbox) load with these screens.
  const provider = withDetails(listed);
  const run = currentChecks(state, checks);
  const evidence = evidenceOf(state, checks);
  const entry = entryOf(state, checks, evidence, catalogue);
  const webmailTab = useWebmailTab();
  // Ticks while checks are pending (to notice checks that never finish) and while the webmail tab loads (its minute).
  const now = useNow(!run?.results || webmailTab?.status === 'loading');
  const tabLoading =
    screen.kind === 'question' && screen.question === 'outcome' && stillLoading(webmailTab, state.openedAt, now);
  const productName = settings.branding?.productName;

  // On a verdict after the sign-in page (a refused login, a failing inbox), the probes only saw the site open.
  const tried =
    screen.kind === 'verdict' &&
    state.answers.outcome !== undefined &&
    state.answers.outcome !== 'works' &&
    state.answers.outcome !== 'page-failed';
  const checksPanel = (
    <ChecksPanel
      tried={tried}
      consultant={settings.consultant?.name ?? t('consultantFallback')}
      provider={provider}
      checks={run}
      requestedAt={state.checkRequestedAt}
      now={now}
      onCheckAgain={() => void dispatch({ type: 'check-again', at: Date.now() })}
    />
  );

  const recipient = screen.kind === 'verdict' ? reportRecipient(screen.verdict, settings, screen.reason) : undefined;
  // Dated changes that explain this check (the built-in ones and the consultant's), for its provider and symptom.
  const feedAdvisories = useFeedAdvisories(settings.incidentFeedUrl);
  const advisories = advisoriesFor(
    [...builtInAdvisories, ...feedAdvisories],
    {
      providerId: provider.id,
      reason: screen.kind === 'verdict' ? screen.reason : undefined,
      reader: state.answers.outcome === 'works' ? state.answers.second : undefined,
      readingId: state.error?.reading?.id,
      errorText: state.error?.text,
    },
    now,
  );

  return (
    <>
      {stale && (
        <StaleStep provider={provider} openedAt={state.openedAt} onCheckNow={() => void openWebmail(provider)} />
      )}
      {!stale && screen.kind === 'question' && (
        <QuestionStep
          key={screen.question}
          question={screen.question}
          provider={provider}
          suggestion={screen.suggestion}
          // What the checks showed when the user answered goes with the answer: a fact they establish is taken.
          onAnswer={(answer) => void dispatch({ ...answer, at: Date.now(), evidence })}
          onAccept={() => void dispatch({ type: 'accept-checks', at: Date.now(), evidence })}
          onReopen={() => void open(provider.webmailUrl)}
          surface={surface}
          tabLoading={tabLoading}
          page={state.page}
        >
          <AdvisoryNotes advisories={advisories} />
          {checksPanel}
        </QuestionStep>
      )}
      {!stale && screen.kind === 'verdict' && entry && (
        <VerdictView
          key={screen.verdict}
          verdict={screen.verdict}
          reason={screen.reason}
          provider={provider}
          answeredAt={entry.answeredAt ?? entry.at}
          code={checkCode(entry.at)}
          settings={settings}
          conflict={conflictOf(state.answers, evidence)}
          errorText={state.error?.text}
          probes={run?.outside?.state}
          neighbours={run?.neighbours}
          page={state.page}
          incident={incident !== undefined}
          onTyped={(answer) => void dispatch({ type: 'second', answer, at: Date.now() })}
          onReader={
            screen.reason === 'webmail-works' && state.answers.outcome === 'works' && state.answers.second === undefined
              ? (answer) => void dispatch({ type: 'second', answer, at: Date.now() })
              : undefined
          }
        >
          {incident &&
            // The notice stands on the verdicts that share the outage; where the webmail works it would contradict
            // the verdict ("no need to call" on "call your technician"): one line says the outage is elsewhere.
            (webmailWorksHere(screen.verdict) ? (
              <p class="note" data-incident-elsewhere>
                {t('incidentOtherVerdict', sentenceName(provider.name))}
              </p>
            ) : (
              <IncidentNotice incident={incident} consultant={settings.consultant} />
            ))}
          <AdvisoryNotes advisories={advisories} />
          {(screen.verdict === 'mail-client' || screen.reason === 'error-reading' || state.error) && (
            <ErrorBox
              error={state.error}
              noConsultant={!settings.consultant?.name}
              // Read on the verdict: the verdict follows the reading in place (data-verdict changes).
              onRead={(text, reading) => void dispatch({ type: 'read-error', text, reading, at: Date.now() })}
            />
          )}
          {checksPanel}
          <NotifyPanel entry={entry} verdict={screen.verdict} settings={settings} />
          <ReportPanel
            entry={entry}
            from={{ productName, client: settings.clientName, consultant: settings.consultant?.name }}
            to={recipient}
            channel={reportChannel(screen.verdict, { ...provider, name: sentenceName(provider.name) })}
          />
        </VerdictView>
      )}
      <CheckActions dispatch={dispatch} back={!stale} />
    </>
  );
}

/** *Back* (to the last question) and *Start over*, under every question and verdict. */
function CheckActions({
  dispatch,
  back,
}: {
  dispatch: (...events: WizardEvent[]) => Promise<WizardState>;
  back: boolean;
}) {
  return (
    <nav class="actions" aria-label={t('actionsLabel')}>
      {back && (
        <button type="button" class="secondary" data-action="back" onClick={() => void dispatch({ type: 'back' })}>
          {t('back')}
        </button>
      )}
      <button type="button" class="secondary" data-action="restart" onClick={() => void dispatch({ type: 'restart' })}>
        {t('restart')}
      </button>
    </nav>
  );
}

export interface SuspiciousScreenProps {
  state: SuspiciousState;
  /** The provider, when one is chosen: its webmail (to change the password there) and its help. */
  provider: Provider | undefined;
  settings: Settings;
  dispatch: (...events: WizardEvent[]) => Promise<WizardState>;
  /** Opens a page in a new tab (the real webmail, to change the password there): no check starts. */
  open: (url: string) => Promise<void>;
}

/** The provider a suspicious email is about, when none is chosen: the verdict names no provider. */
const anyProvider: Provider = { id: '', name: '', webmailUrl: '', audience: 'business' } as unknown as Provider;

/**
 * A suspicious email reported on the first screen: the phishing verdict, which never says the mailbox has a problem,
 * and asks whether a password was typed on the email's page (then: change it in the real webmail, the consultant).
 */
export function SuspiciousScreen({ state, provider, settings, dispatch, open }: SuspiciousScreenProps) {
  const step = screenOf(state);
  if (step.kind !== 'verdict') return null;
  const listed = provider ? withDetails(provider) : anyProvider;
  return (
    <>
      <VerdictView
        key={step.reason}
        verdict={step.verdict}
        reason={step.reason}
        provider={listed}
        answeredAt={state.at}
        code={checkCode(state.at)}
        settings={settings}
        onTyped={(answer) => void dispatch({ type: 'second', answer, at: Date.now() })}
      >
        {provider && step.reason === 'phishing-typed' && (
          <button
            type="button"
            class="primary"
            data-action="open-real-webmail"
            onClick={() => void open(provider.webmailUrl)}
          >
            {t('openRealWebmail', sentenceName(provider.name))}
          </button>
        )}
      </VerdictView>
      <CheckActions dispatch={dispatch} back />
    </>
  );
}
