import { useEffect, useRef, useState } from 'preact/hooks';
import { filterProviders } from '../core/catalogue';
import type { Provider } from '../core/provider';
import { t } from '../platform/i18n';
import { EmailFinder } from './email-finder';
import { StepHeading } from './step-heading';

interface Props {
  /** In display order: the last choice first. */
  providers: readonly Provider[];
  selected: Provider;
  /** Whether the email finder may look up MX records (the administrator can turn it off). */
  lookups: boolean;
  /** The administrator locked the provider: no list, no search, only "Open webmail". */
  locked?: boolean;
  onSelect: (providerId: string, address?: string) => void;
  onOpen: () => void;
}

export function ProviderPicker({ providers, selected, lookups, locked = false, onSelect, onOpen }: Props) {
  const [query, setQuery] = useState('');
  const matches = filterProviders(providers, query);
  const openButton = useRef<HTMLButtonElement>(null);

  // Typing narrows the list; keep the choice on a visible provider so that Enter opens what the user sees.
  useEffect(() => {
    const first = matches[0];
    if (first && !matches.includes(selected)) onSelect(first.id);
  }, [query]);

  return (
    <div class="step">
      <StepHeading>{t('pickHeading')}</StepHeading>
      <p class="intro">{t('pickIntro')}</p>
      {!locked && (
        <EmailFinder
          catalogue={providers}
          lookups={lookups}
          onFound={(provider, address) => {
            setQuery('');
            onSelect(provider.id, address);
            // The next step is one key away: Enter opens the provider's webmail.
            openButton.current?.focus();
          }}
        />
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onOpen();
        }}
      >
        {!locked && (
          <>
            <label for="provider-search" class="field-label">
              {t('searchLabel')}
            </label>
            <input
              id="provider-search"
              type="search"
              autoComplete="off"
              spellcheck={false}
              placeholder={t('searchPlaceholder')}
              value={query}
              onInput={(event) => setQuery(event.currentTarget.value)}
            />
            <fieldset class="providers">
              <legend class="visually-hidden">{t('providerListLabel')}</legend>
              {matches.map((provider) => (
                <label key={provider.id} class="provider">
                  <input
                    type="radio"
                    name="provider"
                    value={provider.id}
                    data-provider={provider.id}
                    checked={provider.id === selected.id}
                    onChange={() => onSelect(provider.id)}
                  />
                  <span>{provider.name}</span>
                </label>
              ))}
              {matches.length === 0 && (
                <p role="status" class="empty">
                  {t('noProviderMatches', query)}
                </p>
              )}
            </fieldset>
          </>
        )}
        <button ref={openButton} type="submit" class="primary" data-action="open-webmail">
          {t('openWebmail', selected.name)}
        </button>
        <p class="hint">{t('openWebmailHint')}</p>
      </form>
    </div>
  );
}
