import type { ComponentChildren } from 'preact';
import type { Question } from '../core/decide';
import type { Provider } from '../core/provider';
import type { AnswerValue } from '../core/wizard';
import { type MessageKey, t } from '../platform/i18n';
import { StepHeading } from './step-heading';

const questions: Record<Question, { heading: MessageKey; intro?: MessageKey; answers: [AnswerValue, MessageKey][] }> = {
  outcome: {
    heading: 'outcomeHeading',
    answers: [
      ['works', 'outcomeWorks'],
      ['login-failed', 'outcomeLoginFailed'],
      ['inbox-failed', 'outcomeInboxFailed'],
      ['page-failed', 'outcomePageFailed'],
    ],
  },
  password: {
    heading: 'passwordHeading',
    intro: 'passwordIntro',
    answers: [
      ['password-sure', 'passwordSure'],
      ['password-unsure', 'passwordUnsure'],
    ],
  },
  internet: {
    heading: 'internetHeading',
    intro: 'internetIntro',
    answers: [
      ['internet-works', 'internetWorks'],
      ['internet-down', 'internetDown'],
    ],
  },
};

interface Props {
  question: Question;
  provider: Provider;
  onAnswer: (value: AnswerValue) => void;
  onReopen: () => void;
  /** The automatic checks, shown under the answers. */
  children?: ComponentChildren;
}

export function QuestionStep({ question, provider, onAnswer, onReopen, children }: Props) {
  const { heading, intro, answers } = questions[question];
  return (
    <section class="step" aria-labelledby="step-heading">
      <StepHeading>{t(heading, provider.name)}</StepHeading>
      {intro && <p class="intro">{t(intro)}</p>}
      <div class="answers">
        {answers.map(([value, label]) => (
          <button key={value} type="button" class="answer" data-outcome={value} onClick={() => onAnswer(value)}>
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
