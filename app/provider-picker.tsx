import type { ComponentChildren, ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { StepHeading } from '../components/step-heading';
import type { ErrorReading } from '../core/answers';
import { openWebmailKey, sentenceName } from '../core/catalogue/choose';
import type { RecordType } from '../core/catalogue/dns';
import { pickerView } from '../core/catalogue/picker';
import type { Provider } from '../core/catalogue/provider';
import { lazy } from '../core/lazy';
import type { Consultant } from '../core/settings';
import type { MailErrorState } from '../core/wizard-state';
import { t } from '../platform/i18n';
import { logFailure } from '../platform/log';
import type { ErrorBoxProps } from './error-box';
import { ErrorBoxShell } from './error-box-shell';
import type { FinderDeadEndProps } from './finder-dead-end';
import type { OwnWebmailFormProps } from './own-webmail-form';

/** What the finder and the own-webmail box load on demand: not on the first paint, not before they are used. */
const finder = {
  detect: lazy(() => import('../core/catalogue/detect')),
  dns: lazy(() => import('../core/catalogue/dns')),
  message: lazy(() => import('./finder-message')),
  deadEnd: lazy(() => import('./finder-dead-end')),
  ownForm: lazy(() => import('./own-webmail-form')),
};

interface Props {
  /** In display order: the last choice first. */
  providers: readonly Provider[];
  /** The provider chosen so far (by the user, a policy or the last check); none for a new user. */
  selected: Provider | undefined;
  /** Whether the address finder may look up MX records (the administrator can turn it off). */
  lookups: boolean;
  /** The administrator locked the provider: no list, no box, only "Open webmail". */
  locked?: boolean;
  /** The extension's name as the user sees it (the administrator may brand it). */
  productName: string;
  /** Providers added by a policy or the options page: shown with their webmail's host, so none can pass for another. */
  customIds?: ReadonlySet<string>;
  /** "My provider isn't listed": the user's own webmail, added, or removed. */
  onAddOwn?: (provider: Provider) => void;
  onRemoveOwn?: () => void;
  hasOwn?: boolean;
  onSelect: (providerId: string, address?: string) => void;
  onOpen: (provider: Provider) => void;
  /** The consultant, when configured: named and shown where the finder or the list leaves the user alone. */
  consultant?: Consultant | undefined;
  /** The mail program's error, pasted here, and what to do with a reading. */
  error?: MailErrorState | null | undefined;
  onReadError?: (text: string, reading: ErrorReading | null) => void;
  /** For the verdict of an error that decides by itself: who is named, and the report's sender. */
  verdictFor?: ErrorBoxProps['verdictFor'];
  /** How to come back after the webmail opens: the toolbar icon, or the panel that opens beside it. */
  comeBack?: 'openWebmailHint' | 'openWebmailHintPanel' | 'openWebmailHintInPanel';
  /**
   * A notice for this screen (the consultant's known outage): after the heading and its line, so that a screen reader
   * moving on from the focused heading reads it.
   */
  notice?: ComponentChildren;
}

/**
 * The first screen: one box for a provider's name or an email address (a name filters the list, an address finds
 * its provider), the list, and the button that opens the chosen provider's webmail.
 */
export function ProviderPicker({
  providers,
  selected,
  lookups,
  locked = false,
  productName,
  customIds,
  onAddOwn,
  onRemoveOwn,
  hasOwn = false,
  onSelect,
  onOpen,
  consultant,
  error,
  onReadError,
  verdictFor,
  comeBack = 'openWebmailHint',
  notice,
}: Props) {
  const [query, setQuery] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean; doubt?: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const { address, matches, choice, autoSelect, typedDomain } = pickerView(providers, query, selected, locked);
  const openButton = useRef<HTMLButtonElement>(null);
  const box = useRef<HTMLInputElement>(null);

  // Typing a name narrows the list; the choice follows the first visible provider (core/catalogue/picker.ts).
  useEffect(() => {
    if (autoSelect) onSelect(autoSelect);
  }, [query]);

  const find = async () => {
    setBusy(true);
    setMessage({ text: t('detectLooking', typedDomain ?? ''), error: false });
    try {
      // Loaded on demand: the public suffix list (tldts) and DNS over HTTPS are not on the start-up path.
      const [{ detectProvider }, { resolveDns }, { nextStep }] = await Promise.all([
        finder.detect.load(),
        finder.dns.load(),
        finder.message.load(),
      ]);
      const detection = await detectProvider(query, {
        catalogue: providers,
        ...(lookups
          ? {
              lookup: (name: string, type: RecordType, timeoutMs?: number) =>
                resolveDns(name, type, timeoutMs ? { timeoutMs } : {}),
            }
          : {}),
      });
      const preset = providers.find((p) => p.id === verdictFor?.settings.provider);
      const next = nextStep(detection, typedDomain ?? '', preset);
      const differs = next.doubt;
      setMessage({ text: next.text, error: next.error, doubt: differs });
      // A domain that receives no mail, a forwarder, a spam filter, an unknown provider: the way on to a person.
      const { deadEnd } = next;
      if (deadEnd) {
        const { FinderDeadEnd } = await finder.deadEnd.load();
        setDeadEnd(() => ({ Component: FinderDeadEnd, detection: deadEnd }));
      } else setDeadEnd(null);
      // A service the list does not carry: the box for its webmail opens, named after it, with a proposal to confirm.
      if (detection.kind === 'no-webmail') await showOwnForm(detection.name, detection.proposal);
      // A doubt keeps the consultant's provider chosen: the user asks before opening another webmail.
      if (next.found && 'provider' in detection && !differs) {
        setQuery('');
        onSelect(detection.provider.id, detection.address);
        // The next step is one key away: Enter opens the provider's webmail.
        openButton.current?.focus();
      }
    } catch (error) {
      logFailure('address finder failed', error);
      setMessage({ text: t('actionFailed'), error: true });
    } finally {
      setBusy(false);
    }
  };

  const open = () => {
    if (choice) onOpen(choice);
    else {
      setMessage({ text: t('chooseProviderFirst'), error: true });
      box.current?.focus();
    }
  };

  // "My provider isn't listed": its form is loaded on the click (off the first paint).
  const [OwnForm, setOwnForm] = useState<ComponentType<OwnWebmailFormProps> | null>(null);
  const [deadEnd, setDeadEnd] = useState<{
    Component: ComponentType<FinderDeadEndProps>;
    detection: FinderDeadEndProps['detection'];
  } | null>(null);
  const [ownName, setOwnName] = useState<string | undefined>(undefined);
  const [proposal, setProposal] = useState<string | undefined>(undefined);
  const showOwnForm = async (name?: string, proposed?: string) => {
    const { OwnWebmailForm } = await finder.ownForm.load();
    setOwnName(name);
    setProposal(proposed);
    setOwnForm(() => OwnWebmailForm);
  };
  const addOwn = (provider: Provider) => {
    setOwnForm(null);
    setQuery('');
    setMessage({ text: t('webmailUrlAdded', provider.name), error: false });
    onAddOwn?.(provider);
    openButton.current?.focus();
  };

  // Short names in sentences: "Open Outlook.com webmail", not "Open Outlook.com (Hotmail, Live) webmail".
  const openLabel = choice ? t(openWebmailKey(choice.name), sentenceName(choice.name)) : t('openWebmailChoose');

  return (
    <div class="step">
      <StepHeading>
        {locked && choice ? t('pickHeadingLocked', sentenceName(choice.name)) : t('pickHeading')}
      </StepHeading>
      <p class="intro">{t('pickIntro')}</p>
      {notice}
      {locked && choice && customIds?.has(choice.id) && (
        // A custom provider named by a policy: where it really leads, even when the list is locked to it.
        <p class="host" data-provider-host>
          {new URL(choice.webmailUrl).hostname}
        </p>
      )}
      <form
        aria-busy={busy}
        // Our own messages say what is wrong, in the user's language; the browser's bubble would not.
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!locked && address) void find();
          else open();
        }}
      >
        {!locked && (
          <>
            <label for="provider-search" class="field-label">
              {t('searchLabel')}
            </label>
            <div class="row">
              <input
                ref={box}
                id="provider-search"
                type="search"
                data-input="email"
                autoComplete="email"
                spellcheck={false}
                placeholder={t('searchPlaceholder')}
                value={query}
                aria-describedby="picker-status"
                onInput={(event) => {
                  setQuery(event.currentTarget.value);
                  setMessage(null);
                }}
              />
              {address && (
                <button type="submit" class="secondary" data-action="find-provider" disabled={busy}>
                  {t('findProvider')}
                </button>
              )}
            </div>
            <p
              id="picker-status"
              role="status"
              class={message?.error ? 'problem-soft' : 'muted'}
              {...(message?.doubt ? { 'data-finder-doubt': 'preset' } : {})}
            >
              {message?.text ??
                (address ? t('searchAddressHint') : matches.length === 0 ? t('noProviderMatches', query) : '')}
            </p>
            {OwnForm && (
              <OwnForm
                // A new finding, a new form (its box filled with the new proposal).
                key={`${ownName}:${proposal}`}
                // A guess from the customer's domain (webmail.<domain>) would mislead for a known service.
                domain={ownName ? undefined : typedDomain}
                name={ownName}
                proposal={proposal}
                onAdd={addOwn}
                onInvalid={() => setMessage({ text: t('webmailUrlInvalid'), error: true })}
                consultant={consultant}
              />
            )}
            {deadEnd && (
              <deadEnd.Component
                detection={deadEnd.detection}
                consultant={consultant}
                settings={verdictFor?.settings}
                productName={productName}
              />
            )}
            {matches.length > 0 && (
              <fieldset class="providers">
                <legend class="visually-hidden">{t('providerListLabel')}</legend>
                {matches.map((provider) => (
                  <label key={provider.id} class="provider">
                    <input
                      type="radio"
                      name="provider"
                      value={provider.id}
                      data-provider={provider.id}
                      checked={provider.id === choice?.id}
                      onChange={() => {
                        setMessage(null);
                        onSelect(provider.id);
                      }}
                    />
                    <span>{provider.name}</span>
                    {provider.hint && (
                      <span class="provider-hint" data-provider-hint={provider.hint}>
                        {t(`providerHint_${provider.hint}`)}
                      </span>
                    )}
                    {customIds?.has(provider.id) && (
                      <span class="host" data-provider-host>
                        {new URL(provider.webmailUrl).hostname}
                      </span>
                    )}
                  </label>
                ))}
              </fieldset>
            )}
            {matches.some((provider) => provider.pec) && (
              <p class="hint" data-pec-hint>
                {t('pickPecHint')}
              </p>
            )}
          </>
        )}
        {!locked && !OwnForm && (
          <button type="button" class="link" data-action="other-provider" onClick={() => void showOwnForm()}>
            {t('otherProvider')}
          </button>
        )}
        {!locked && hasOwn && (
          <button type="button" class="link" data-action="remove-own-provider" onClick={() => onRemoveOwn?.()}>
            {t('removeOwnProvider')}
          </button>
        )}
        {/*
          The hint and the button stay in view at the bottom of a short popup (a list above them may scroll past):
          the main action is never below the fold. The hint comes before the button, tied to it: the popup closes
          when the webmail opens, and it says how to come back.
        */}
        <div class="open-bar">
          <p class="hint" id="open-webmail-hint">
            {t(comeBack)}
          </p>
          <button
            ref={openButton}
            type="button"
            class={choice ? 'primary' : 'primary waiting'}
            data-action="open-webmail"
            aria-describedby="open-webmail-hint"
            onClick={open}
          >
            {openLabel}
          </button>
        </div>
        {onReadError && (
          <ErrorBoxShell error={error} onRead={onReadError} verdictFor={verdictFor}>
            {error?.reading && !error.reading.decisive && <p class="hint">{t('errorReadingNext')}</p>}
          </ErrorBoxShell>
        )}
      </form>
    </div>
  );
}
