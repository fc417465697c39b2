// "Tell my consultant now": on the verdicts that are the consultant's to handle, when the consultant set a channel.
// A preview of exactly what is sent, a confirmation, then the message's fate as the background reports it: sent at
// 10:42, or waiting to be sent again (with the reason and the next try), never lost. With `notify.auto` (a policy's
// alone) the background sends it without a click and this says so.
import { useId, useRef, useState } from 'preact/hooks';
import type { VerdictId } from '../core/answers';
import { shortTime } from '../core/dates';
import type { HistoryEntry } from '../core/history';
import type { MessageKey } from '../core/messages';
import { mayNotify, notifiesItself, readyChannel } from '../core/notify/channel';
import { messageFor, type OutboxItem } from '../core/notify/outbox';
import type { Settings } from '../core/settings';
import { consentToSend } from '../platform/data-consent';
import { t, uiLanguage } from '../platform/i18n';
import { logFailure } from '../platform/log';
import { queueMessage, retryMessage } from '../platform/notify';
import { type BuiltMessage, buildMessage } from '../platform/notify-message';
import { ConfirmActions } from './confirm-actions';
import { useOutbox } from './hooks/use-outbox';
import { usePerson } from './hooks/use-person';
import { failureText, givenUpText, kindNames } from './notify-texts';

interface Props {
  entry: HistoryEntry;
  verdict: VerdictId;
  settings: Settings;
}

export function NotifyPanel({ entry, verdict, settings }: Props) {
  const channel = readyChannel(settings.notify);
  const outbox = useOutbox();
  const [person] = usePerson();
  const [preview, setPreview] = useState<BuiltMessage | null>(null);
  const [problem, setProblem] = useState(false);
  const [declined, setDeclined] = useState(false);
  const headingId = useId();
  // The button that was clicked goes away: the focus moves to what replaces it (ConfirmActions takes it on the preview).
  const section = useRef<HTMLElement>(null);
  if (!channel || !mayNotify(verdict, entry.reason) || outbox === null) return null;
  const name = settings.consultant?.name ?? t('consultantFallback');
  const item = messageFor(outbox, entry.at);
  const automatic = channel.auto === true && notifiesItself(verdict, entry.reason);

  const showPreview = () =>
    void buildMessage(entry, channel, settings, { person, automatic: false })
      .then((built) => {
        setProblem(false);
        setPreview(built);
      })
      .catch((error: unknown) => {
        logFailure('the message to the consultant could not be written', error);
        setProblem(true);
      });
  const confirm = (built: BuiltMessage) =>
    // Firefox asks its consent for what the channel sends, from this click, the first time (platform/data-consent.ts).
    void consentToSend()
      .then((allowed) => {
        setDeclined(!allowed);
        return allowed ? queueMessage(built.item) : null;
      })
      .then((queued) => {
        if (!queued) return;
        setPreview(null);
        // The message's fate shows here: the focus stays in the box, not lost to the page's top.
        section.current?.focus();
      })
      .catch((error: unknown) => {
        logFailure('the message to the consultant could not be queued', error);
        setProblem(true);
      });

  return (
    <section ref={section} tabIndex={-1} class="notify" aria-labelledby={headingId} data-notify={channel.kind}>
      <h2 id={headingId}>{t('notifyHeading')}</h2>
      {!item && !preview && <p class="muted">{t('notifyIntro', name)}</p>}
      {item && !(item.status === 'failed' && preview) ? (
        <ItemStatus item={item} name={name} onSendAgain={showPreview} />
      ) : preview ? (
        <div data-notify-preview>
          <p>{t('notifyPreviewIntro', [name, preview.message.host, kindNames[preview.message.kind]])}</p>
          <label for={`${headingId}-text`} class="visually-hidden">
            {t('notifyPreviewLabel')}
          </label>
          <textarea id={`${headingId}-text`} data-notify-text readOnly rows={8} value={preview.message.preview} />
          <ConfirmActions
            yes={{ label: t('notifyConfirm'), action: 'confirm-notify', onClick: () => confirm(preview) }}
            no={{ label: t('notifyCancel'), action: 'cancel-notify', onClick: () => setPreview(null) }}
          />
        </div>
      ) : automatic ? (
        // The policy sends this verdict by itself: a second, clicked message would not be what was sent.
        <p role="status" data-notify-status="automatic-pending">
          {t('notifyAutomaticPending', name)}
        </p>
      ) : (
        <button type="button" class="primary" data-action="notify-consultant" onClick={showPreview}>
          {t('notifyButton', name)}
        </button>
      )}
      {problem && (
        <p role="alert" class="problem">
          {t('notifyNotQueued')}
        </p>
      )}
      {declined && (
        <p role="alert" class="problem" data-notify-status="declined">
          {t('notifyDeclined')}
        </p>
      )}
    </section>
  );
}

interface ItemStatusProps {
  item: OutboxItem;
  name: string;
  /** *Send again*, for a message given up: written anew for the current channel, previewed, then confirmed. */
  onSendAgain: () => void;
}

function ItemStatus({ item, name, onSendAgain }: ItemStatusProps) {
  const time = (at: number) => shortTime(at, uiLanguage());
  const code = item.code;
  if (item.status === 'failed') {
    return (
      <div data-notify-status="not-delivered" data-notify-why={item.givenUp ?? 'expired'}>
        <p role="alert" class="problem">
          {t('notifyNotDelivered', [name, givenUpText(item)])}
        </p>
        <button type="button" class="secondary" data-action="notify-again" onClick={onSendAgain}>
          {t('notifySendAgain')}
        </button>
      </div>
    );
  }
  if (item.status === 'sent' && item.sentAt !== undefined) {
    const key: MessageKey = item.automatic ? 'notifySentAutomatic' : 'notifySent';
    return (
      <p role="status" class="notify-sent" data-notify-status="sent">
        {t(key, [name, time(item.sentAt), code])}
      </p>
    );
  }
  if (item.attempts === 0 || item.status === 'sending') {
    return (
      <p role="status" data-notify-status="sending">
        {t('notifySending', item.host)}
      </p>
    );
  }
  const retry = () =>
    void retryMessage(item.id).catch((error: unknown) => logFailure('the message could not be sent again', error));
  return (
    <div data-notify-status="waiting">
      <p role="status" class="problem-soft">
        {t('notifyWaiting', [failureText(item.lastFailure, item.host), time(item.nextAt)])}
      </p>
      <button type="button" class="secondary" data-action="retry-notify" onClick={retry}>
        {t('notifyRetryNow')}
      </button>
    </div>
  );
}
