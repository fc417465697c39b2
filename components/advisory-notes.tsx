// The dated changes that explain this check (core/advisories.ts): one line each, in the user's language, with whom
// it sends them to in its own words. On the question and on the verdict.
import type { Advisory } from '../core/advisories/parse';
import { t, uiLanguage } from '../platform/i18n';

export function AdvisoryNotes({ advisories }: { advisories: readonly Advisory[] }) {
  if (advisories.length === 0) return null;
  const italian = uiLanguage() === 'it';
  return (
    <aside class="note advisories" aria-label={t('advisoriesLabel')}>
      {advisories.map((advisory) => (
        <p key={advisory.id} data-advisory={advisory.id} data-advisory-who={advisory.who}>
          {italian ? advisory.text.it : advisory.text.en}
        </p>
      ))}
    </aside>
  );
}
