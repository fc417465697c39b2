// What identifies each built-in provider's mail servers (core/data/provider-signals.json): MX host patterns, SPF
// includes, MX address ranges, CNAME targets. Only the address finder reads them, so they load with it, off the
// popup's first paint; a custom provider carries its own.
import signals from '../data/provider-signals.json';
import type { Provider } from './provider';

type Signals = Pick<Provider, 'mx' | 'spfIncludes' | 'mxAddressRanges' | 'cnameTargets'>;
const byId = signals as Record<string, Signals | undefined>;

/** The provider with its built-in signals (a built-in id always means the built-in provider: the validator sees to it). */
export function withSignals(provider: Provider): Provider {
  const own = Object.hasOwn(byId, provider.id) ? byId[provider.id] : undefined;
  return own ? { ...provider, ...own } : provider;
}
