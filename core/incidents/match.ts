// Which of the consultant's incidents concerns the provider on screen, and in which words: what the popup needs on
// its first screen, apart from the feed's reader (feed.ts), so that the first paint carries only this.

export interface Incident {
  id: string;
  /** Catalogue or custom provider ids. */
  providers: string[];
  status: 'open' | 'resolved';
  /** ISO date and time. */
  since?: string;
  /** The message per language code ("it", "en"…). */
  message: Record<string, string>;
  ticket?: string;
}

/** The open incident on a provider (the newest, when several are open); resolved ones change nothing. */
export function openIncidentFor(incidents: readonly Incident[], providerId: string | undefined): Incident | undefined {
  if (!providerId) return undefined;
  return incidents
    .filter((i) => i.status === 'open' && i.providers.includes(providerId))
    .sort((a, b) => (b.since ?? '').localeCompare(a.since ?? ''))[0];
}

/** The message in the user's language, else English, else any language given. */
export function incidentMessage(incident: Incident, language: string): string {
  const base = language.split('-')[0] ?? language;
  return (
    incident.message[language] ??
    incident.message[base] ??
    incident.message.en ??
    Object.values(incident.message)[0] ??
    ''
  );
}
