// The consultant's channel: which service receives "Tell my consultant now", its address or bot, whether managed
// machines send by themselves (deployment files only), a test message, and the channel's last result.
import { useState } from 'preact/hooks';
import { useStoredItem } from '../../components/hooks/use-stored-item';
import { failureText } from '../../components/notify-texts';
import { shortWhen } from '../../core/dates';
import type { MessageKey } from '../../core/messages';
import { type NotifyKind, notifyKinds, readyChannel } from '../../core/notify/channel';
import type { ChannelReach } from '../../core/ntfy';
import type { Settings } from '../../core/settings';
import type { SettingsDraft } from '../../core/settings-form';
import { type NotifyLast, parseNotifyLast } from '../../core/stored/outbox';
import type { ValidationError } from '../../core/validation-messages';
import { consentToSend } from '../../platform/data-consent';
import { t, uiLanguage } from '../../platform/i18n';
import { logFailure } from '../../platform/log';
import { channelReach, sendRequest } from '../../platform/notify-delivery';
import { buildTestMessage } from '../../platform/notify-message';
import { notifyLastItem } from '../../platform/storage/notify';

import { CheckField, Field, SecretField, TextField } from './fields';

const kindLabels: Record<NotifyKind, MessageKey> = {
  webhook: 'optionsNotifyWebhook',
  ntfy: 'optionsNotifyNtfy',
  teams: 'optionsNotifyTeams',
  telegram: 'optionsNotifyTelegram',
};

const urlHints: Partial<Record<NotifyKind, MessageKey>> = {
  webhook: 'optionsNotifyWebhookHint',
  ntfy: 'optionsNotifyNtfyHint',
  teams: 'optionsNotifyTeamsHint',
};

type Last = NotifyLast | null;

/** What the test found the credentials can do (reading them back, as anyone at a client could). */
const reachTexts: Record<ChannelReach, MessageKey> = {
  reads: 'optionsNotifyReachReads',
  'post-only': 'optionsNotifyReachPostOnly',
  unknown: 'optionsNotifyReachUnknown',
};

interface Props {
  draft: SettingsDraft;
  update: (change: Partial<SettingsDraft>) => void;
  errorsFor: (field: string) => ValidationError[];
  managed: boolean;
  /** The channel as on screen, validated (undefined, with the errors shown, when it is not valid). */
  validatedNotify: () => Settings | undefined;
}

export function NotifyFieldset({ draft, update, errorsFor, managed, validatedNotify }: Props) {
  const [stored, setLast] = useStoredItem(notifyLastItem, parseNotifyLast, "the last message's result");
  const last: Last = stored ?? null;
  const [testing, setTesting] = useState(false);
  const [reach, setReach] = useState<ChannelReach | null>(null);
  const [coolingUntil, setCoolingUntil] = useState(0);
  const kind = draft.notifyKind as NotifyKind | '';

  const sendTest = async () => {
    const settings = validatedNotify();
    const channel = readyChannel(settings?.notify);
    if (!settings || !channel) return;
    if (!(await consentToSend())) return;
    setTesting(true);
    // On a managed computer, one test a minute: anyone at the keyboard can press it, and each lands on the consultant's
    // phone. The consultant setting a channel on their own computer tests as often as they like.
    if (managed) {
      setCoolingUntil(Date.now() + 60_000);
      setTimeout(() => setCoolingUntil(0), 60_000);
    }
    try {
      const { message } = await buildTestMessage(channel, settings);
      const [result, canRead] = await Promise.all([sendRequest(message.request), channelReach(channel)]);
      setLast({ at: Date.now(), test: true, host: message.host, result });
      setReach(canRead);
    } catch (error) {
      logFailure('the test message could not be sent', error);
    } finally {
      setTesting(false);
    }
  };

  return (
    <fieldset data-section="notify">
      <legend>{t('optionsNotifySection')}</legend>
      <p class="hint">{t('optionsNotifyIntro')}</p>
      <Field id="opt-notify-kind" label={t('optionsNotifyKind')} errors={errorsFor('notify.kind')} managed={managed}>
        {(attributes) => (
          <select
            {...attributes}
            value={kind}
            // Another service, other credentials: a Telegram bot token never becomes an ntfy access token.
            onChange={(event) =>
              update({ notifyKind: event.currentTarget.value, notifyUrl: '', notifyToken: '', notifyChatId: '' })
            }
          >
            <option value="">{t('optionsNotifyNone')}</option>
            {notifyKinds.map((k) => (
              <option key={k} value={k}>
                {t(kindLabels[k])}
              </option>
            ))}
          </select>
        )}
      </Field>
      {kind && kind !== 'telegram' && (
        <>
          <TextField
            id="opt-notify-url"
            label={t('optionsNotifyUrl')}
            type="url"
            value={draft.notifyUrl}
            onInput={(notifyUrl) => update({ notifyUrl })}
            errors={errorsFor('notify.url')}
            managed={managed}
          />
          {urlHints[kind] && <p class="hint">{t(urlHints[kind] as MessageKey)}</p>}
        </>
      )}
      {(kind === 'ntfy' || kind === 'telegram') && (
        <SecretField
          id="opt-notify-token"
          label={t(kind === 'telegram' ? 'optionsNotifyBotToken' : 'optionsNotifyNtfyToken')}
          value={draft.notifyToken}
          onInput={(notifyToken) => update({ notifyToken })}
          errors={errorsFor('notify.token')}
          managed={managed}
        />
      )}
      {kind === 'telegram' && (
        <>
          <TextField
            id="opt-notify-chat"
            label={t('optionsNotifyChatId')}
            value={draft.notifyChatId}
            onInput={(notifyChatId) => update({ notifyChatId })}
            errors={errorsFor('notify.chatId')}
            managed={managed}
            spellcheck={false}
          />
          <p class="hint">{t('optionsNotifyTelegramHint')}</p>
        </>
      )}
      {kind && (
        <>
          <CheckField
            setting="notify.auto"
            label={t('optionsNotifyAuto')}
            checked={draft.notifyAuto}
            managed={managed}
            onChange={(notifyAuto) => update({ notifyAuto })}
          />
          <p class="hint">{t('optionsNotifyAutoHint')}</p>
          <div class="toolbar">
            <button
              type="button"
              class="secondary"
              data-action="send-test"
              disabled={testing || coolingUntil > 0}
              onClick={() => void sendTest()}
            >
              {t('optionsNotifyTest')}
            </button>
          </div>
        </>
      )}
      <p role="status" class={last && !last.result.ok ? 'problem' : 'muted'} data-notify-last={lastState(last)}>
        {testing ? t('optionsNotifyTesting') : last ? lastText(last) : ''}
      </p>
      {reach && !testing && (
        <p class={reach === 'reads' ? 'problem' : 'muted'} data-notify-reach={reach}>
          {t(reachTexts[reach])}
        </p>
      )}
    </fieldset>
  );
}

const lastState = (last: Last) => (last === null ? 'none' : last.result.ok ? 'sent' : 'failed');

function lastText(last: NonNullable<Last>): string {
  const when = shortWhen(last.at, uiLanguage());
  if (last.result.ok) return t(last.test ? 'optionsNotifyTestSent' : 'optionsNotifyLastSent', [when, last.host]);
  const why = failureText(last.result.failure, last.host);
  const text = t(last.test ? 'optionsNotifyTestFailed' : 'optionsNotifyLastFailed', [when, why]);
  // A service that receives the message but does not let a browser read its answer looks unreachable.
  return last.test && last.result.failure.kind === 'unreachable' ? `${text} ${t('optionsNotifyCorsHint')}` : text;
}
