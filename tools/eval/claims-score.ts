import { crc32 } from 'node:zlib';

/** What one group of texts (a dataset in one language) scores. */
export interface ClaimScore {
  texts: number;
  /** Texts with at least one claim mark. */
  marked: number;
  /** Texts where the claim they state is among the marked ones. */
  right: number;
  /** Claim marks in all (for unrelated texts every one is false). */
  marks: number;
  precision: number | null;
  recall: number | null;
  marksPer100: number;
}

/** One text's outcome: the claim it states (if any) and the claims marked in it, with repeats. */
export interface TextOutcome {
  gold?: string;
  marked: readonly string[];
}

/**
 * A text counts as right when the claim it states is marked (wherever in the text); precision is
 * over the texts with any claim mark, recall over all texts that state a claim. Unrelated texts
 * only add marks, counted per 100 texts.
 */
export function scoreClaims(outcomes: readonly TextOutcome[]): ClaimScore {
  let marked = 0;
  let right = 0;
  let marks = 0;
  let stating = 0;
  for (const { gold, marked: claims } of outcomes) {
    marks += claims.length;
    if (claims.length > 0) marked++;
    if (gold !== undefined) stating++;
    if (gold !== undefined && claims.includes(gold)) right++;
  }
  return {
    texts: outcomes.length,
    marked,
    right,
    marks,
    precision: stating === 0 || marked === 0 ? null : right / marked,
    recall: stating === 0 ? null : right / stating,
    marksPer100: outcomes.length === 0 ? 0 : (marks / outcomes.length) * 100,
  };
}

/**
 * The half (0 = A, 1 = B) a text belongs to, by the parity of the CRC-32 of its id: a fixed
 * split of every pool, so thresholds are fitted on half A and checked on half B.
 */
export const halfOf = (id: string): 0 | 1 => (crc32(id) % 2) as 0 | 1;
