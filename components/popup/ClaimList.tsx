import { t } from '@/lib/i18n';
import type { PageSummary } from '@/lib/messaging/page-requests';
import { stanceCounts } from '@/lib/view/claim-sources';
import { formatPartialDate } from '@/lib/view/dates';
import { StanceBar } from '../card/StanceBar';
import { LocalizedText } from '../shared/LocalizedText';
import { SourcesByStance } from '../shared/SourceCitation';

/** The claims of the article with their background and the sources for and against them. */
export function ClaimList({
  claims,
  language,
  locale,
}: {
  claims: PageSummary['claims'];
  language: string;
  locale: string;
}) {
  return (
    <section aria-labelledby="sc-claims-heading">
      <h2 id="sc-claims-heading">{t('popupClaims')}</h2>
      {claims.map((claim) => (
        <article class="sc-claim" key={claim.id} data-claim={claim.id}>
          <LocalizedText texts={claim.title} language={language} as="h3" />
          {(claim.claimantName !== undefined || claim.date !== undefined) && (
            <p class="sc-muted">
              {[
                claim.claimantName === undefined ? undefined : t('cardClaimedBy', claim.claimantName),
                claim.date === undefined ? undefined : formatPartialDate(claim.date, locale),
              ]
                .filter((part) => part !== undefined)
                .join(' · ')}
            </p>
          )}
          {claim.assessment && (
            <p>
              {claim.assessment.rating !== undefined && <strong>{claim.assessment.rating}: </strong>}
              <LocalizedText texts={claim.assessment.text} language={language} />
            </p>
          )}
          <LocalizedText texts={claim.background} language={language} as="p" />
          <StanceBar counts={stanceCounts(claim.sources)} />
          <SourcesByStance sources={claim.sources} language={language} locale={locale} />
        </article>
      ))}
    </section>
  );
}
