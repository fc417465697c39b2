// What the finder says: a provider found from the domain's mail servers that differs from the consultant's preset
// is a doubt for the consultant (the preset stays chosen), never a fact.
import { beforeAll, describe, expect, it } from 'vitest';
import { nextStep } from '../../app/finder-message';
import { builtInProviders } from '../../core/catalogue/built-in';
import type { Detection } from '../../core/catalogue/detect';
import type { Provider } from '../../core/catalogue/provider';
import { installFakeI18n } from './fake-i18n';

const provider = (id: string) => builtInProviders.find((p) => p.id === id) as Provider;

describe("the finder against the consultant's preset", () => {
  beforeAll(() => installFakeI18n('it'));

  it('MX records naming another provider than the preset: a doubt, said as such', () => {
    const detection = { kind: 'mx', provider: provider('hostinger') } as Detection;
    const next = nextStep(detection, 'pasticceriarosa.it', provider('aruba'));
    expect(next.doubt).toBe(true);
    expect(next.text).toBe(
      'Il tuo consulente ha impostato Aruba, ma la posta di pasticceriarosa.it ora arriva presso Hostinger. Può essere un cambio voluto o un errore (per esempio dopo un cambio del sito): chiedilo al consulente.',
    );
  });

  it.each([
    ['the same provider as the preset', { kind: 'mx', provider: provider('aruba') }, provider('aruba')],
    ['no preset', { kind: 'mx', provider: provider('hostinger') }, undefined],
    [
      'a mailbox domain (gmail.com): the address says it, not the DNS',
      { kind: 'domain', provider: provider('gmail') },
      provider('aruba'),
    ],
  ] as const)('%s: no doubt', (_, detection, preset) => {
    expect(nextStep(detection as Detection, 'rossi.it', preset).doubt).toBe(false);
  });
});
