// The message keys, typed from the default locale (a type only: nothing is loaded at run time).
import type messages from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof messages;

/** A message lookup with substitutions, as `browser.i18n.getMessage`. */
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;
