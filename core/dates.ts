// Times as the extension shows them: one home for each format. Pure (the locale and time zone are passed in).

/**
 * An unambiguous time for a ticket: `2026-11-25 11:36 (Europe/Rome)`, whatever the locale, then the user's own
 * long form (`mercoledì 25 novembre 2026 alle ore 11:36`).
 */
export function formatWhen(at: number, locale: string, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone,
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  const long = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone }).format(at);
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute} (${timeZone}) · ${long}`;
}

/** A short date and time in the user's language, for screens: `25/11/26, 09:30`. */
export function shortWhen(at: number, locale: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'short',
    timeStyle: 'short',
    ...(timeZone ? { timeZone } : {}),
  }).format(at);
}

/** A time of day alone, for screens: `09:30`. */
export function shortTime(at: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(at);
}
