import { useState } from 'preact/hooks';
import type { Detection } from '../core/detect';
import { resolveDns } from '../core/dns';
import type { Provider } from '../core/provider';
import { t } from '../platform/i18n';

interface Props {
  catalogue: readonly Provider[];
  /** False when the administrator turned DNS lookups off: only known mailbox domains are found. */
  lookups: boolean;
  /** Called with the provider and the address as typed (it goes in the report). */
  onFound: (provider: Provider, address: string) => void;
}

function describe(detection: Detection): string {
  switch (detection.kind) {
    case 'empty':
      return t('detectEmpty');
    case 'invalid':
      return t('detectInvalid');
    case 'domain':
      return t('detectDomain', [detection.domain, detection.provider.name]);
    case 'mx':
      return t('detectMx', [detection.domain, detection.provider.name, detection.mxHost]);
    case 'unknown-mx':
      return t('detectUnknownMx', detection.mxHost);
    case 'no-mx':
      return t('detectNoMx', detection.domain);
    case 'no-domain':
      return t('detectNoDomain', detection.domain);
    case 'lookup-failed':
      return t('detectFailed', detection.domain);
    case 'lookup-disabled':
      return t('detectDisabled', detection.domain);
  }
}

/** "Or type your email address": finds the provider from the address's domain, or from the domain's MX records. */
export function EmailFinder({ catalogue, lookups, onFound }: Props) {
  const [address, setAddress] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const find = async () => {
    setBusy(true);
    const domain = address.trim().split('@').pop() ?? '';
    setMessage({ text: t('detectLooking', domain), error: false });
    // Loaded on demand: the public suffix list (tldts) is not on the popup's start-up path.
    const { detectProvider } = await import('../core/detect');
    const detection = await detectProvider(address, {
      catalogue,
      ...(lookups ? { lookupMx: (name: string) => resolveDns(name, 'MX') } : {}),
    });
    setBusy(false);
    const found = detection.kind === 'domain' || detection.kind === 'mx';
    setMessage({ text: describe(detection), error: !found });
    if (found) onFound(detection.provider, address.trim());
  };

  return (
    <form
      class="email-finder"
      aria-busy={busy}
      // Our own message says what is wrong, in the user's language; the browser's bubble would not.
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void find();
      }}
    >
      <label for="email-address" class="field-label">
        {t('emailLabel')}
      </label>
      <div class="row">
        <input
          id="email-address"
          type="email"
          data-input="email"
          autoComplete="email"
          spellcheck={false}
          placeholder={t('emailPlaceholder')}
          value={address}
          aria-describedby="email-result"
          onInput={(event) => setAddress(event.currentTarget.value)}
        />
        <button type="submit" class="secondary" data-action="find-provider" disabled={busy}>
          {t('findProvider')}
        </button>
      </div>
      <p id="email-result" role="status" class={message?.error ? 'problem-soft' : 'muted'}>
        {message?.text}
      </p>
    </form>
  );
}
