// The built-in provider catalogue: a data file (core/data/providers.json), every field's source beside it in
// core/data/provider-sources.json. Both are checked by tests/unit/catalogue.test.ts against the one provider schema
// (core/provider.ts): the shipped code does not validate them again. Italian providers first.
import entries from './data/providers.json';
import { type CatalogueEntry, hasWebmail, type Provider } from './provider';

const catalogue = entries as readonly CatalogueEntry[];

/** Every entry of the data file, with or without a known webmail (the tests and the address finder read it). */
export const catalogueEntries: readonly CatalogueEntry[] = catalogue;

/** The providers the picker lists and the checks can open: those with a webmail. */
export const builtInProviders: readonly Provider[] = catalogue.filter(hasWebmail);

/** Mail services the finder recognises although no source gives their webmail: it asks the user for it. */
export const providersWithoutWebmail: readonly CatalogueEntry[] = catalogue.filter((entry) => !hasWebmail(entry));
