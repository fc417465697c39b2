// The screens after the webmail opened: the questions and the verdict, with the checks and the report.
// Loaded apart from the picker, so that the first screen of a stressed user carries only what it needs.
import type { Step } from '../core/decide';
import { entryOf } from '../core/history';
import type { Provider } from '../core/provider';
import type { Settings } from '../core/settings';
import { type ChecksRecord, currentChecks, evidenceOf, type WizardEvent, type WizardState } from '../core/wizard';
import { t } from '../platform/i18n';
import { ChecksPanel } from './checks-panel';
import { QuestionStep } from './question-step';
import { reportOf } from './report-of';
import { ReportPanel } from './report-panel';
import { useNow } from './use-now';
import { VerdictView } from './verdict-view';

export interface CheckScreenProps {
  screen: Step;
  state: WizardState;
  checks: ChecksRecord | null;
  provider: Provider;
  catalogue: readonly Provider[];
  settings: Settings;
  dispatch: (...events: WizardEvent[]) => Promise<WizardState>;
  open: (url: string) => Promise<void>;
}

export function CheckScreen({
  screen,
  state,
  checks,
  provider,
  catalogue,
  settings,
  dispatch,
  open,
}: CheckScreenProps) {
  const run = currentChecks(state, checks);
  const entry = entryOf(state, checks, evidenceOf(state, checks), catalogue);
  // Ticks only while checks are pending, to notice checks that never finish.
  const now = useNow(!run?.results);
  const { consultant, technician, reportEmail } = settings;

  const checksPanel = (
    <ChecksPanel
      provider={provider}
      checks={run}
      requestedAt={state.checkRequestedAt}
      now={now}
      onCheckAgain={() => void dispatch({ type: 'check-again', at: Date.now() })}
    />
  );

  return (
    <>
      {screen.kind === 'question' && (
        <QuestionStep
          key={screen.question}
          question={screen.question}
          provider={provider}
          onAnswer={(value) => void dispatch({ type: 'answer', value })}
          onReopen={() => void open(provider.webmailUrl)}
        >
          {checksPanel}
        </QuestionStep>
      )}
      {screen.kind === 'verdict' && entry && (
        <VerdictView
          key={screen.verdict}
          verdict={screen.verdict}
          reason={screen.reason}
          provider={provider}
          checkedAt={entry.at}
          {...(consultant ? { consultant } : {})}
          {...(technician ? { technician } : {})}
        >
          {checksPanel}
          <ReportPanel
            {...reportOf(entry)}
            to={{
              ...(consultant?.name ? { name: consultant.name } : {}),
              ...((reportEmail ?? consultant?.email) ? { email: reportEmail ?? consultant?.email } : {}),
              ...(consultant?.whatsapp ? { whatsapp: consultant.whatsapp } : {}),
            }}
          />
        </VerdictView>
      )}
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
    </>
  );
}
