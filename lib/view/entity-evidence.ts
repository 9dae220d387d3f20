/**
 * The matcher's "why" for an entity mark (`TextMatch.evidence`, lib/match/entity-mentions.ts)
 * read back into parts the card can say in the reader's language (issue 17): "full name · role:
 * Finance Minister" is the full name with one of the person's roles beside it. Parts are joined
 * by " · "; a part is a kind, or a kind and the words of the article it rests on after ": ".
 */
export type EvidenceKind =
  | 'fullName'
  | 'alias'
  | 'fullNameInArticle'
  | 'wellKnown'
  | 'title'
  | 'titleInArticle'
  | 'quoted'
  | 'attribution'
  | 'article'
  | 'role'
  | 'placeInArticle';

export interface EvidencePart {
  kind: EvidenceKind;
  /** Words of the article as written ("US-Präsident", "Australian"). */
  detail?: string;
}

const KINDS: Record<string, EvidenceKind> = {
  'full name': 'fullName',
  alias: 'alias',
  'full name in article': 'fullNameInArticle',
  'well known': 'wellKnown',
  title: 'title',
  'title in article': 'titleInArticle',
  quoted: 'quoted',
  attribution: 'attribution',
  article: 'article',
  role: 'role',
  'in article': 'placeInArticle',
};

/** The parts of an evidence string, or undefined when it has a part no card message covers. */
export function parseEntityEvidence(evidence: string): EvidencePart[] | undefined {
  const parts: EvidencePart[] = [];
  for (const piece of evidence.split(' · ')) {
    const colon = piece.indexOf(': ');
    const kind = KINDS[colon < 0 ? piece : piece.slice(0, colon)];
    if (kind === undefined) return undefined;
    parts.push(colon < 0 ? { kind } : { kind, detail: piece.slice(colon + 2) });
  }
  return parts;
}
