// Text as the finder, the error reader and the checks compare it: lower case, accents off ("Liberò" and "libero",
// "Non è riuscita" and "non e riuscita" read the same). One rule for every comparison; pure and tiny (the first
// paint's picker uses it).

/** Lower case, accents (combining marks) removed. */
export const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
