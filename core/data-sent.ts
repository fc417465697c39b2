// What leaves the computer through a setting, declared once: the Firefox manifest's data_collection_permissions are
// made from it (wxt.config.ts), the store texts and the privacy policies name the same services (a test compares
// them: tests/unit/data-sent.test.ts), and the channel asks Firefox's consent for these categories at the first send.

/** Firefox's data categories (extensionworkshop.com, "Firefox built-in consent for data collection"). */
export type FirefoxDataCategory = 'personallyIdentifyingInfo' | 'technicalAndInteraction';

export interface DataSent {
  /** The categories of what is sent, in Firefox's taxonomy. */
  categories: readonly FirefoxDataCategory[];
  /** The services it can go to, by the names the store texts and privacy policies use. */
  services: readonly string[];
  /** Who decides each send: the user's click, or the organisation's policy (`notify.auto`). */
  on: readonly ('click' | 'policy')[];
}

/**
 * The settings that send the user's data to a third party. The consultant's channel sends the check: the person's
 * name and email address when typed (personally identifying), the report with the browser, the extension's version
 * and the checks' results (technical and interaction data). Nothing else the extension fetches carries what the user
 * typed: the DNS lookups carry a domain, the incident feed and the webmail checks nothing of the user's.
 */
export const dataSent = {
  notify: {
    categories: ['personallyIdentifyingInfo', 'technicalAndInteraction'],
    services: ['ntfy', 'Microsoft Teams', 'webhook', 'Telegram'],
    on: ['click', 'policy'],
  },
  /**
   * The neighbours' topic: each finished check's provider, verdict, outcome and time, with a random id of this
   * installation (technical and interaction data: no name, address or error text), posted by itself after each check.
   */
  neighbours: {
    categories: ['technicalAndInteraction'],
    services: ['ntfy'],
    on: ['policy', 'click'],
  },
} as const satisfies Record<string, DataSent>;

/** The manifest's declaration: nothing required to use the extension, what the channel sends optional (asked at send). */
export function firefoxDataCollection(): { required: ['none']; optional: FirefoxDataCategory[] } {
  const optional = [...new Set(Object.values(dataSent).flatMap((d) => d.categories))].sort();
  return { required: ['none'], optional };
}
