// "What does your mail program say?": the mail program's own error, pasted or typed, read on this machine (the text
// never leaves it). On the first screen and on the mail-program verdict. The decoder loads on the first reading.
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';
import type { ErrorReading, ReadingVerdict } from '../core/answers';
import type { Provider } from '../core/catalogue/provider';
import { lazy } from '../core/lazy';
import type { MailErrorEntry } from '../core/mail-errors';
import type { MessageKey } from '../core/messages';
import type { Settings } from '../core/settings';
import type { MailErrorState } from '../core/wizard-state';
import { t, uiLanguage } from '../platform/i18n';
import { logFailure } from '../platform/log';
import { ErrorVerdict } from './inline-verdict';

type Decoder = typeof import('../core/mail-errors');
const decoderModule = lazy(() => import('../core/mail-errors'));

/** Whose side a reading is, in a sentence. */
const sideKeys = {
  'mail-client': 'errorReadingSide_mailClient',
  password: 'errorReadingSide_password',
  account: 'errorReadingSide_account',
  recipient: 'errorReadingSide_recipient',
  'mail-service': 'errorReadingSide_mailService',
  internet: 'errorReadingSide_internet',
} as const satisfies Record<ReadingVerdict, MessageKey>;

export interface ErrorBoxProps {
  error: MailErrorState | null | undefined;
  onRead: (text: string, reading: ErrorReading | null) => void;
  /** Shown under the reading (the first screen's next step). */
  children?: ComponentChildren;
  /** On the first screen: an error that decides by itself shows its verdict here, for this provider and settings. */
  verdictFor?: { provider: Provider | undefined; settings: Settings; productName: string };
  /** No consultant is configured: a mailbox's side is fixed with the provider, not "your consultant". */
  noConsultant?: boolean;
}

/** The box, open: on the verdict (the check screens' chunk). */
export function ErrorBox(props: ErrorBoxProps) {
  return (
    <details class="error-box" data-error-box open>
      <summary>{t('errorBoxSummary')}</summary>
      <ErrorBoxBody {...props} />
    </details>
  );
}

/** What is inside the box: loaded on demand on the first screen (error-box-shell.tsx), where it starts folded. */
export function ErrorBoxBody({ error, onRead, children, verdictFor, noConsultant }: ErrorBoxProps) {
  const id = useId();
  const [text, setText] = useState(error?.text ?? '');
  const [decoder, setDecoder] = useState<Decoder | null>(null);
  const [problem, setProblem] = useState<'errorBoxEmpty' | 'actionFailed' | null>(null);
  const load = async (): Promise<Decoder | null> => {
    if (decoder) return decoder;
    try {
      const loaded = await decoderModule.load();
      setDecoder(loaded);
      return loaded;
    } catch (failure) {
      logFailure('the error reader could not be loaded', failure);
      setProblem('actionFailed');
      return null;
    }
  };
  // A reading kept from before (the popup closed and opened again): its words need the decoder.
  useEffect(() => {
    if (error?.reading) void load();
  }, [error?.reading?.id]);

  const read = async () => {
    const loaded = await load();
    if (!loaded) return;
    const clean = loaded.cleanErrorText(text);
    if (clean === '') {
      setProblem('errorBoxEmpty');
      return;
    }
    setProblem(null);
    const found = loaded.readMailError(clean);
    onRead(clean, found ? loaded.readingOf(found.entry, found.match) : null);
  };
  const entry: MailErrorEntry | undefined =
    error?.reading && decoder ? decoder.mailErrors.find((e) => e.id === error.reading?.id) : undefined;

  return (
    <>
      <label for={`${id}-text`} class="field-label">
        {t('errorBoxLabel')}
      </label>
      <textarea
        id={`${id}-text`}
        data-input="error-text"
        rows={3}
        maxLength={2000}
        spellcheck={false}
        value={text}
        onInput={(event) => setText(event.currentTarget.value)}
      />
      <div class="row">
        <button type="button" class="secondary" data-action="read-error" onClick={() => void read()}>
          {t('errorBoxRead')}
        </button>
        {error && (
          <button
            type="button"
            class="link"
            data-action="clear-error"
            onClick={() => {
              setText('');
              onRead('', null);
            }}
          >
            {t('errorClear')}
          </button>
        )}
      </div>
      <div role="status">
        {problem && <p class="problem-soft">{t(problem)}</p>}
        {error && !error.reading && (
          <p class="note" data-error-reading="unknown">
            {/* Before the webmail test: whoever the verdict will name; on a verdict: the report has it. */}
            {t(verdictFor ? 'errorUnknownBeforeTest' : 'errorUnknown')}
          </p>
        )}
        {error?.reading && entry && (
          <div class="note" data-error-reading={entry.id}>
            <p>{decoder?.meaningOf(entry, uiLanguage())}</p>
            <p>
              {t(
                entry.verdict === 'account' && (noConsultant ?? !verdictFor?.settings.consultant?.name)
                  ? 'errorReadingSide_accountAlone'
                  : sideKeys[entry.verdict],
              )}
            </p>
          </div>
        )}
      </div>
      {children}
      {verdictFor && error?.reading?.decisive && (
        <ErrorVerdict {...verdictFor} error={{ text: error.text, reading: error.reading }} />
      )}
    </>
  );
}
