// Mail services the address finder recognises although no source gives their webmail's address
// (core/data/providers-without-webmail.json): it names them and asks the user for the address. Loaded with the
// finder, off the popup's first paint.
import entries from '../data/providers-without-webmail.json';
import type { CatalogueEntry } from './provider';

export const providersWithoutWebmail = entries as readonly CatalogueEntry[];
