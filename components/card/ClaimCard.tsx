import { t } from '@/lib/i18n';
import type { Provenance } from '@/lib/messaging/protocol';
import type { ClaimRecord } from '@/lib/schema/records';
import { resolveClaimSources, stanceCounts } from '@/lib/view/claim-sources';
import { formatPartialDate } from '@/lib/view/dates';
import { MessageWithIsolated } from '../shared/Isolated';
import { LocalizedText } from '../shared/LocalizedText';
import { ProvenanceLabel } from '../shared/ProvenanceLabel';
import { SourcesByStance } from '../shared/SourceCitation';
import { CardFrame, type CardProps } from './CardFrame';
import { StanceBar } from './StanceBar';

/** The claim, who made it, its assessment and background, and the sources grouped by stance. */
export function ClaimCard(props: CardProps) {
  const versions = props.details.versions.filter(
    (version): version is { provenance: Provenance; record: ClaimRecord } => version.record.kind === 'claim',
  );
  const first = versions[0]?.record;
  return (
    <CardFrame
      props={props}
      label={t('cardClaimLabel')}
      heading={
        first ? (
          <LocalizedText texts={first.title} language={props.language} as="h2" class="sc-title" />
        ) : (
          <h2 class="sc-title" dir="auto">
            {props.details.id}
          </h2>
        )
      }
    >
      {/* Why this sentence: what of the claim's words it holds ("100 Mrd. · US-Dollar · Blinken"). */}
      {props.request.alias === undefined && props.request.evidence !== undefined && (
        <p class="sc-facts">
          <MessageWithIsolated
            message={(evidence) => t('cardClaimMatched', evidence)}
            value={props.request.evidence}
          />
        </p>
      )}
      {versions.map(({ provenance, record }) => {
        const sources = resolveClaimSources(record, props.details.sources);
        const claimant =
          record.claimantName ??
          (record.claimant === undefined
            ? undefined
            : (props.details.names[record.claimant] ?? record.claimant));
        return (
          <section class="sc-version" key={`${provenance.packId}:${provenance.version}`}>
            <p class="sc-provenance">
              <ProvenanceLabel provenance={provenance} reviewed={record.reviewed} locale={props.locale} />
            </p>
            {(claimant !== undefined || record.date !== undefined) && (
              <p class="sc-claimant">
                {claimant !== undefined && (
                  <MessageWithIsolated message={(name) => t('cardClaimedBy', name)} value={claimant} />
                )}
                {claimant !== undefined && record.date !== undefined && ' · '}
                {record.date !== undefined && formatPartialDate(record.date, props.locale)}
              </p>
            )}
            {/* How the sources line up, at a glance before any reading. */}
            <StanceBar counts={stanceCounts(sources)} />
            {record.assessment && (
              <>
                <h3>{t('cardAssessment')}</h3>
                <p>
                  {record.assessment.rating !== undefined && (
                    <strong class="sc-rating">
                      <bdi>{record.assessment.rating}</bdi>:{' '}
                    </strong>
                  )}
                  <LocalizedText texts={record.assessment.text} language={props.language} />
                </p>
              </>
            )}
            {record.background && (
              <>
                <h3>{t('cardBackground')}</h3>
                <LocalizedText texts={record.background} language={props.language} as="p" />
              </>
            )}
            <h3>{t('cardSources')}</h3>
            <SourcesByStance sources={sources} language={props.language} locale={props.locale} />
          </section>
        );
      })}
    </CardFrame>
  );
}
