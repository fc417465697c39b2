// How long or how many: one table for the validators of outside data (core/schemas.ts, core/settings.ts,
// core/catalogue/provider.ts, core/incidents/feed.ts) and the parsers of what storage gives back (core/stored/), so
// that a value the validator let in is never cut or dropped when read back, and a stored value never exceeds what
// the validator accepts. Separate constants, not one object: the minifier inlines each where it is used.
/** An email address (RFC 5321's path limit). */
export const addressLimit = 254;
/** An identifier: a provider's, an error entry's, an incident's. */
export const idLimit = 60;
/** A provider's name as shown. */
export const nameLimit = 60;
/** The person's name typed for the reports. */
export const personNameLimit = 80;
/** A pasted error of the mail program, as kept. */
export const errorTextLimit = 600;
/** Past checks kept, newest first. */
export const historyLimit = 50;
/** A ticket number or a date an incident gives. */
export const incidentFieldLimit = 60;
/** Lists in the settings (custom and hidden providers, a provider's domains). */
export const listLimit = 200;
