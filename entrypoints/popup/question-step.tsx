import type { ComponentChildren } from 'preact';
import { StepHeading } from '../../components/step-heading';
import type { Question, Suggestion } from '../../core/answers';
import type { Provider } from '../../core/catalogue/provider';
import { answerOfHook, questionTexts, suggestionKeys } from '../../core/texts';
import type { Answer } from '../../core/wizard-state';
import { t } from '../../platform/i18n';

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
}

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
}: Props) {
  const texts = questionTexts(question);
  return (
    <section class="step" aria-labelledby="step-heading" data-question={question}>
      <StepHeading>{t(texts.heading, provider.name)}</StepHeading>
      {texts.intro && (
        <p class="intro">
          {t(
            surface === 'panel' && texts.intro === 'internetIntro' ? 'internetIntroPanel' : texts.intro,
            provider.name,
          )}
        </p>
      )}
      {question === 'password' && ownProgramPassword(provider) && (
        <p class="intro" data-program-password>
          {t('passwordIntroOwnPassword', provider.name)}
        </p>
      )}
      <div role="status">
        {suggestion && (
          <div class="suggestion" data-suggestion={suggestion.verdict}>
            <p>{t(suggestionKeys[suggestion.fact], provider.name)}</p>
            <button type="button" class="secondary" data-action="see-verdict" onClick={onAccept}>
              {t('seeVerdict')}
            </button>
          </div>
        )}
      </div>
      <div class="answers">
        {texts.answers.map(([hook, label]) => (
          <button
            key={hook}
            type="button"
            class="answer"
            {...{ [texts.hook]: hook }}
            onClick={() => onAnswer(answerOfHook(hook))}
          >
            {t(label)}
          </button>
        ))}
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
