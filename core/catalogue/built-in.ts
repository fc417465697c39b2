// The built-in provider catalogue: data files in core/data/, every field's source beside them in
// core/data/provider-sources.json. tests/unit/catalogue.test.ts checks them against the one provider schema
// (core/catalogue/provider.ts): the shipped code does not validate them again. Italian providers first.
import withWebmail from '../data/providers.json';
// Types only: the schema (valibot) stays off the popup's first paint.
import type { CatalogueEntry, Provider } from './provider';

/** The providers the picker lists and the checks can open: those with a webmail. */
export const builtInProviders = withWebmail as readonly Provider[];

/** Whether a catalogue entry has a webmail to open (the only kind the picker lists). */
export const hasWebmail = (entry: CatalogueEntry): entry is Provider => entry.webmailUrl !== undefined;
