import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { StepHeading } from '../components/step-heading';
import type { PageReading, Question, Suggestion } from '../core/answers';
import type { Provider } from '../core/catalogue/provider';
import { acceptKeys, answerOfHook, hookValue, questionTexts, suggestionKeys } from '../core/texts';
import type { Answer } from '../core/wizard-state';
import { t } from '../platform/i18n';

interface Props {
  question: Question;
  provider: Provider;
  /** What the probes found, offered (never applied by itself: the screen does not change under the user). */
  suggestion?: Suggestion | undefined;
  onAnswer: (answer: Answer) => void;
  onAccept: () => void;
  onReopen: () => void;
  /** The automatic probes, shown under the answers. */
  children?: ComponentChildren;
  /** In the panel beside the page, "come back" needs no icon: the panel stays. */
  surface?: 'popup' | 'panel';
  /**
   * The check's webmail tab is still loading: the question says so, and "the page does not open" waits until it
   * finished or a minute passed (a slow line is not an outage).
   */
  tabLoading?: boolean;
  /** What the webmail page showed, read on the icon click (`data-page-reading`). */
  page?: PageReading | undefined;
}

/** The answers that say the page did not open: they wait while the tab is still loading. */
const waitsForTheTab = new Set(['page-failed', 'page-notice']);

/** Providers whose mail programs use a password of their own (app or client passwords), per the catalogue. */
const ownProgramPassword = (provider: Provider) =>
  (provider.notes ?? []).some((note) => note === 'appPassword' || note === 'clientPassword');

export function QuestionStep({
  question,
  provider,
  suggestion,
  onAnswer,
  onAccept,
  onReopen,
  children,
  surface = 'popup',
  tabLoading = false,
  page,
}: Props) {
  const texts = questionTexts(question);
  const loadingNote = useId();
  return (
    <section
      class="step"
      aria-labelledby="step-heading"
      data-question={question}
      {...(tabLoading ? { 'data-tab-loading': '' } : {})}
      {...(page ? { 'data-page-reading': page.id } : {})}
    >
      <StepHeading>{t(texts.heading, provider.name)}</StepHeading>
      {texts.intro && (
        <p class="intro">
          {t(
            surface === 'panel' && texts.intro === 'internetIntro' ? 'internetIntroPanel' : texts.intro,
            provider.name,
          )}
        </p>
      )}
      {question === 'password' && page?.kind === 'credentials' && (
        <p class="note" data-page-says="credentials">
          {t('pageSaysCredentials')}
        </p>
      )}
      {question === 'password' && ownProgramPassword(provider) && (
        <p class="intro" data-program-password>
          {t('passwordIntroOwnPassword', provider.name)}
        </p>
      )}
      <div role="status">
        {tabLoading && (
          <p class="note" id={loadingNote} data-tab-loading-note>
            {t('tabLoading')}
          </p>
        )}
        {suggestion && (
          <div class="suggestion" data-suggestion={suggestion.verdict ?? 'next'}>
            <p>{t(suggestionKeys[suggestion.fact], provider.name)}</p>
            <button type="button" class="secondary" data-action="see-verdict" onClick={onAccept}>
              {t(acceptKeys[suggestion.fact])}
            </button>
          </div>
        )}
      </div>
      <div class="answers">
        {texts.answers.map(([hook, label]) => {
          const waits = tabLoading && waitsForTheTab.has(hook);
          return (
            <button
              key={hook}
              type="button"
              class="answer"
              {...{ [texts.hook]: hookValue(hook) }}
              disabled={waits}
              {...(waits ? { 'aria-describedby': loadingNote } : {})}
              onClick={() => onAnswer(answerOfHook(hook))}
            >
              {t(label)}
            </button>
          );
        })}
      </div>
      {question === 'outcome' && (
        <button type="button" class="link" data-action="reopen-webmail" onClick={onReopen}>
          {t('reopenWebmail')}
        </button>
      )}
      {children}
    </section>
  );
}
