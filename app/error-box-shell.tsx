// The mail program's error box on the first screen: only its folded summary is on the first paint; what is inside
// (the text box, the reader's words) loads when the box is opened, or at once when an error was pasted before.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { lazy } from '../core/lazy';
import { t } from '../platform/i18n';
import { logFailure } from '../platform/log';
import type { ErrorBoxProps } from './error-box';

const errorBox = lazy(() => import('./error-box'));

const LoadFailed = () => <p class="problem-soft">{t('actionFailed')}</p>;

export function ErrorBoxShell(props: ErrorBoxProps) {
  const [Body, setBody] = useState<ComponentType<ErrorBoxProps> | null>(null);
  const load = () => {
    if (Body) return;
    errorBox
      .load()
      .then((m) => setBody(() => m.ErrorBoxBody))
      .catch((error: unknown) => {
        // A chunk that did not load says so where the box would be, never a dead control.
        logFailure('error box', error);
        setBody(() => LoadFailed);
      });
  };
  useEffect(() => {
    if (props.error) load();
  }, [props.error != null]);
  return (
    <details
      class="error-box"
      data-error-box
      open={props.error != null}
      onToggle={(event) => {
        if (event.currentTarget.open) load();
      }}
    >
      <summary>{t('errorBoxSummary')}</summary>
      {Body && <Body {...props} />}
    </details>
  );
}
