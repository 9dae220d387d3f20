import { t } from '@/lib/i18n';
import type { PageSummary } from '@/lib/messaging/page-requests';
import { LocalizedText } from '../shared/LocalizedText';

/** People and organisations of the article; each one a button that shows its first mention. */
export function EntityList({
  entities,
  language,
  onReveal,
}: {
  entities: PageSummary['entities'];
  language: string;
  onReveal: (id: string) => void;
}) {
  return (
    <section aria-labelledby="sc-mentions-heading">
      <h2 id="sc-mentions-heading">{t('popupMentions')}</h2>
      <ul class="sc-list">
        {entities.map((entity) => (
          <li key={entity.id} data-entity={entity.id}>
            <button
              type="button"
              class="sc-link-button"
              title={t('popupShowInArticle')}
              onClick={() => onReveal(entity.id)}
            >
              {entity.name}
            </button>
            <span class="sc-muted">{t('mentionCount', entity.count)}</span>
            <LocalizedText texts={entity.description} language={language} as="p" class="sc-description" />
          </li>
        ))}
      </ul>
    </section>
  );
}
