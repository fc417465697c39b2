// A list of errors with where each is: the policy's (with a copy button for the consultant) and an import's.
import type { ValidationError } from '../../core/validation-messages';
import { copyText } from '../../platform/browser-ui';
import { t } from '../../platform/i18n';
import { errorAt } from './error-text';

export function ErrorList({ errors }: { errors: readonly ValidationError[] }) {
  return (
    <ul>
      {errors.map((e) => {
        const line = errorAt(e);
        return <li key={line}>{line}</li>;
      })}
    </ul>
  );
}

interface PolicyErrorsProps {
  errors: readonly ValidationError[];
  onCopied: (ok: boolean) => void;
}

/** What the policy got wrong, told to whoever opens the page, ready to send to the consultant. */
export function PolicyErrors({ errors, onCopied }: PolicyErrorsProps) {
  return (
    <div role="alert" class="problem-soft" data-policy-errors>
      <p>{t('optionsPolicyErrors')}</p>
      <ErrorList errors={errors} />
      <button
        type="button"
        class="secondary"
        data-action="copy-policy-errors"
        onClick={() => void copyText(errors.map(errorAt).join('\n')).then(onCopied)}
      >
        {t('optionsCopyPolicyErrors')}
      </button>
    </div>
  );
}
