// "Updated to 0.2.0: what's new", once after the browser updated the extension, from CHANGELOG.md.
import { useEffect, useState } from 'preact/hooks';
import changelog from '../../CHANGELOG.md?raw';
import { type ChangelogSection, changelogSection } from '../../core/changelog';
import { parseWhatsNew } from '../../core/stored/values';
import { t } from '../../platform/i18n';
import { logFailure } from '../../platform/log';
import { whatsNewItem } from '../../platform/storage/options';
import { announceUpdate } from '../../platform/update';

export function WhatsNew() {
  const [section, setSection] = useState<ChangelogSection | null>(null);
  useEffect(() => {
    // The background notes an update when it starts; the page does it too, in case this is the first new code to run
    // (it is idempotent: the version this profile ran is recorded once).
    void announceUpdate()
      .then(() => whatsNewItem.getValue())
      .then(async (stored) => {
        const update = parseWhatsNew(stored);
        if (!update) return;
        setSection(changelogSection(changelog, update.version) ?? { version: update.version, groups: [] });
        // Shown once: the note is cleared as soon as it is on screen.
        await whatsNewItem.setValue(null);
      })
      .catch((error: unknown) => logFailure("what's new could not be read", error));
  }, []);
  if (!section) return null;
  return (
    <section class="whats-new note" data-whats-new={section.version} aria-labelledby="whats-new-heading">
      <h2 id="whats-new-heading">{t('whatsNewHeading', section.version)}</h2>
      {section.groups.map((group) => (
        <div key={group.heading}>
          <h3 lang="en">{group.heading}</h3>
          <ul lang="en">
            {group.entries.map((entry) => (
              <li key={entry}>{entry}</li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
