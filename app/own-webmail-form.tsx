// "My provider isn't listed": the address of the user's own webmail. Loaded when asked for.
import { useEffect, useRef, useState } from 'preact/hooks';
import { ContactCard } from '../components/contact-card';
import { ownProviderFrom, suggestedWebmail } from '../core/catalogue/own-provider';
import type { Provider } from '../core/catalogue/provider';
import { contactOf } from '../core/contacts';
import type { Consultant } from '../core/settings';
import { t } from '../platform/i18n';

export interface OwnWebmailFormProps {
  /** The domain of the address typed in the box, for a guess shown (never opened by itself). */
  domain: string | undefined;
  /** The service the finder recognised without knowing its webmail (Email.it): the provider's name. */
  name?: string | undefined;
  /** Its webmail as a source gives it (IONOS Germany) or on the customer's domain (SiteGround): filled in, to confirm. */
  proposal?: string | undefined;
  onAdd: (provider: Provider) => void;
  onInvalid: () => void;
  /** Who knows the webmail's address when the user does not: the consultant, when configured. */
  consultant?: Consultant | undefined;
}

export function OwnWebmailForm({ domain, name, proposal, onAdd, onInvalid, consultant }: OwnWebmailFormProps) {
  const known = contactOf('consultant', { ...(consultant ? { consultant } : {}) });
  // Proposed, never opened: the user checks it and presses the button.
  const [webmail, setWebmail] = useState(proposal ?? '');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const suggestion = domain ? suggestedWebmail(domain) : undefined;
  const add = () => {
    const provider = ownProviderFrom(webmail, name);
    if (provider) onAdd(provider);
    else onInvalid();
  };
  return (
    <div class="own-webmail">
      <label for="webmail-url" class="field-label">
        {t('webmailUrlLabel')}
      </label>
      <div class="row">
        <input
          ref={input}
          id="webmail-url"
          type="url"
          data-input="webmail-url"
          {...(proposal ? { 'data-webmail-proposal': proposal } : {})}
          spellcheck={false}
          placeholder={t('webmailUrlPlaceholder')}
          value={webmail}
          onInput={(event) => setWebmail(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            add();
          }}
        />
        <button type="button" class="secondary" data-action="add-own-provider" onClick={add}>
          {t('webmailUrlAdd')}
        </button>
      </div>
      {suggestion && (
        <p class="hint" data-webmail-suggestion>
          {t('webmailUrlSuggestion', suggestion)}
        </p>
      )}
      <div class="ask" data-ask-consultant>
        <p class="muted">
          {known?.name
            ? t('webmailUrlAskConsultant', known.name)
            : known
              ? t('webmailUrlAskConsultantUnnamed')
              : t('webmailUrlAskNobody')}
        </p>
        {known && <ContactCard contact={known} />}
      </div>
    </div>
  );
}
