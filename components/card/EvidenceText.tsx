import { type MessageKey, t } from '@/lib/i18n';
import { type EvidenceKind, parseEntityEvidence } from '@/lib/view/entity-evidence';
import { aroundPlaceholder, MessageWithIsolated } from '../shared/Isolated';

const MESSAGES: Record<EvidenceKind, MessageKey> = {
  fullName: 'evidenceFullName',
  alias: 'evidenceAlias',
  fullNameInArticle: 'evidenceFullNameInArticle',
  wellKnown: 'evidenceWellKnown',
  title: 'evidenceTitle',
  titleInArticle: 'evidenceTitleInArticle',
  quoted: 'evidenceQuoted',
  attribution: 'evidenceAttribution',
  article: 'evidenceArticle',
  role: 'evidenceRole',
  placeInArticle: 'evidencePlaceInArticle',
};

/**
 * "evidence: full name · one of its roles beside it: Finance Minister" in the reader's language
 * (issue 17); the article's own words stay isolated. Evidence of a kind no message covers is
 * shown as the matcher wrote it.
 */
export function EvidenceText({ evidence }: { evidence: string }) {
  const parts = parseEntityEvidence(evidence);
  const around = aroundPlaceholder((slot) => t('cardEvidence', slot));
  if (parts === undefined || around === undefined)
    return <MessageWithIsolated message={(value) => t('cardEvidence', value)} value={evidence} />;
  return (
    <>
      {around[0]}
      {parts.map((part, at) => (
        // Parts have no id; their order is the matcher's.
        <span key={at}>
          {at > 0 && ' · '}
          {part.detail === undefined ? (
            t(MESSAGES[part.kind])
          ) : (
            <MessageWithIsolated message={(detail) => t(MESSAGES[part.kind], detail)} value={part.detail} />
          )}
        </span>
      ))}
      {around[1]}
    </>
  );
}
