// The options page's field widgets, with named props: a labelled field with its errors and the policy's mark,
// a text input in it, a checkbox.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { unsafeTextCharacters } from '../../core/guards';
import type { ValidationError } from '../../core/validation-messages';
import { t } from '../../platform/i18n';
import { errorAt, errorText } from './error-text';

export interface FieldAttributes {
  id: string;
  disabled: boolean;
  'aria-invalid': boolean;
  'aria-describedby'?: string;
}

interface FieldProps {
  id: string;
  label: string;
  errors: readonly ValidationError[];
  /** Set by policy: shown, marked, not editable. */
  managed: boolean;
  /** The control, given the attributes that tie it to the label and the errors. */
  children: (attributes: FieldAttributes) => ComponentChildren;
}

export function Field({ id, label, errors, managed, children }: FieldProps) {
  const errorId = `${id}-error`;
  return (
    <div class="field" data-field={id} {...(managed ? { 'data-managed': '' } : {})}>
      <label for={id}>
        {label}
        {managed && <span class="managed">{t('optionsManaged')}</span>}
      </label>
      {children({
        id,
        disabled: managed,
        'aria-invalid': errors.length > 0,
        ...(errors.length ? { 'aria-describedby': errorId } : {}),
      })}
      {errors.length > 0 && (
        <p id={errorId} class="field-error">
          {/* A custom provider's error says which field of which provider (the id is not on the form). */}
          {errors.map((e) => (e.path.startsWith('customProviders.') ? errorAt(e) : errorText(e))).join(' ')}
        </p>
      )}
    </div>
  );
}

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  /** None for a field no validator checks (the deployment's). */
  errors?: readonly ValidationError[];
  /** Set by policy (never for the deployment's fields). */
  managed?: boolean;
  type?: 'text' | 'email' | 'url' | 'tel';
  spellcheck?: boolean;
}

const noErrors: readonly ValidationError[] = [];

export function TextField({
  id,
  label,
  value,
  onInput,
  errors = noErrors,
  managed = false,
  type = 'text',
  spellcheck,
}: TextFieldProps) {
  const [pasteRefused, setPasteRefused] = useState(false);
  return (
    <Field id={id} label={label} errors={errors} managed={managed}>
      {(attributes) => (
        <>
          <input
            {...attributes}
            type={type}
            {...(spellcheck === undefined ? {} : { spellcheck })}
            value={value}
            onInput={(event) => {
              setPasteRefused(false);
              onInput(event.currentTarget.value);
            }}
            // A one-line box drops the line breaks of pasted text without a word: "https://studio.example/\r\nVerdetto:
            // falso" became one address with the rest in its path. Such a paste is refused and said, never repaired.
            onPaste={(event) => {
              const pasted = event.clipboardData?.getData('text') ?? '';
              if (!unsafeTextCharacters.test(pasted.trim())) return;
              event.preventDefault();
              setPasteRefused(true);
            }}
          />
          {pasteRefused && (
            <p role="alert" class="field-error" data-paste-refused>
              {t('optionsPasteRefused')}
            </p>
          )}
        </>
      )}
    </Field>
  );
}

/** A text field's props; `value` is the secret as the draft holds it, never put on the page. */
type SecretFieldProps = Omit<TextFieldProps, 'type' | 'spellcheck'>;

/**
 * A token: a password box that never holds the saved value. Saved or set by policy, the box is empty and says so
 * ("saved, not shown" / "set by your administrator"): the value is in no field, no attribute and no text of the page,
 * so a screenshot, a screen share or a look over the shoulder does not carry it (the review's H1). Typing replaces it;
 * *Forget* removes it.
 */
export function SecretField({ id, label, value, onInput, errors = noErrors, managed = false }: SecretFieldProps) {
  const [typing, setTyping] = useState(false);
  const saved = value !== '' && !typing;
  return (
    <Field id={id} label={label} errors={errors} managed={managed}>
      {(attributes) => (
        <div class="secret" data-secret={managed ? 'managed' : saved ? 'saved' : 'typed'}>
          <input
            {...attributes}
            type="password"
            autocomplete="off"
            spellcheck={false}
            value={saved || managed ? '' : value}
            placeholder={managed && value ? t('optionsSecretManaged') : saved ? t('optionsSecretSaved') : ''}
            onInput={(event) => {
              setTyping(true);
              onInput(event.currentTarget.value);
            }}
          />
          {saved && !managed && (
            <button
              type="button"
              class="secondary"
              data-action="forget-secret"
              onClick={() => {
                setTyping(true);
                onInput('');
              }}
            >
              {t('optionsSecretForget')}
            </button>
          )}
        </div>
      )}
    </Field>
  );
}

interface CheckFieldProps {
  setting: 'lockProvider' | 'detection' | 'surface' | 'notify.auto' | 'outsideChecks';
  label: string;
  checked: boolean;
  managed: boolean;
  onChange: (checked: boolean) => void;
}

export function CheckField({ setting, label, checked, managed, onChange }: CheckFieldProps) {
  return (
    <label class="check">
      <input
        type="checkbox"
        data-setting={setting}
        checked={checked}
        disabled={managed}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      {label}
      {managed && <span class="managed">{t('optionsManaged')}</span>}
    </label>
  );
}
