import { useEffect, useState } from 'preact/hooks';
import { filterProviders } from '../core/catalogue';
import type { Provider } from '../core/provider';
import { t } from '../platform/i18n';
import { StepHeading } from './step-heading';

interface Props {
  /** In display order: the last choice first. */
  providers: readonly Provider[];
  selected: Provider;
  onSelect: (providerId: string) => void;
  onOpen: () => void;
}

export function ProviderPicker({ providers, selected, onSelect, onOpen }: Props) {
  const [query, setQuery] = useState('');
  const matches = filterProviders(providers, query);

  // Typing narrows the list; keep the choice on a visible provider so that Enter opens what the user sees.
  useEffect(() => {
    const first = matches[0];
    if (first && !matches.includes(selected)) onSelect(first.id);
  }, [query]);

  return (
    <form
      class="step"
      onSubmit={(event) => {
        event.preventDefault();
        onOpen();
      }}
    >
      <StepHeading>{t('pickHeading')}</StepHeading>
      <p class="intro">{t('pickIntro')}</p>
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
      <button type="submit" class="primary" data-action="open-webmail">
        {t('openWebmail', selected.name)}
      </button>
      <p class="hint">{t('openWebmailHint')}</p>
    </form>
  );
}
