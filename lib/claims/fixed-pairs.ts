import { sortedHas } from '../sorted-search';
import type { ClaimIndex } from './claim-index';

/**
 * Fixed pairs: two terms side by side in a window that the installed statements nearly always
 * write together — a name or a fixed expression ("Covid-19" is the terms `covid` and `#19`, "PCR-
 * Tests", "Mark Zuckerberg"). Such a pair is one piece of evidence, not two, and no phrase: it
 * says the topic, not how one claim puts it. Motivated by the CheckThat! 2025 German posts,
 * where "Covid 19" alone gave "Covid-19 ist nur eine Grippe …" two of its three pieces and a
 * phrase, and a post on a virologist's 1,500 samples was marked with it (docs/matcher.md,
 * Fixed pairs). The rule's figures are `THRESHOLDS.fixedPairs` (decision 0014).
 */
export interface FixedPairRule {
  /**
   * The rarer term must be in the statements of at least this many claims: two words together
   * once or twice prove nothing. Claims, not statements: one claim's paraphrases repeat its own
   * words ("Курской области" in every Russian wording of the starter pack's Kursk claim), which
   * says nothing about how the rest of the world writes them.
   */
  claims: number;
  /** …and together with the other in at least this share of those claims. */
  together: number;
}

/**
 * How many claims have a statement holding both terms (postings are ascending statement numbers,
 * a claim's statements consecutive); with `a` = `b`, the claims holding the term.
 */
function claimsWithBoth(index: ClaimIndex, a: number, b: number): number {
  const { termStarts, termStatements, statementClaim } = index;
  let at = termStarts[a]!;
  let other = termStarts[b]!;
  const end = termStarts[a + 1]!;
  const otherEnd = termStarts[b + 1]!;
  let both = 0;
  let last = -1;
  while (at < end && other < otherEnd) {
    const x = termStatements[at]!;
    const y = termStatements[other]!;
    if (x === y) {
      const claim = statementClaim[x]!;
      if (claim !== last) both++;
      last = claim;
      at++;
      other++;
    } else if (x < y) at++;
    else other++;
  }
  return both;
}

/** Whether two terms (positions in `termKeys`) are a fixed pair in the index's claims. */
export function isFixedPair(index: ClaimIndex, a: number, b: number, rule: FixedPairRule): boolean {
  const rarer = Math.min(claimsWithBoth(index, a, a), claimsWithBoth(index, b, b));
  if (rarer < rule.claims) return false;
  return claimsWithBoth(index, a, b) >= rule.together * rarer;
}

/** The fixed pairs among adjacent terms (positions in `termKeys`, reading order), each once, as [a, b]. */
export function fixedPairsIn(
  index: ClaimIndex,
  kept: readonly number[],
  rule: FixedPairRule,
): [number, number][] {
  const pairs: [number, number][] = [];
  for (let at = 0; at + 1 < kept.length; at++) {
    const [a, b] = [kept[at]!, kept[at + 1]!];
    if (a === b || pairs.some(([x, y]) => (x === a && y === b) || (x === b && y === a))) continue;
    if (isFixedPair(index, a, b, rule)) pairs.push([a, b]);
  }
  return pairs;
}

/**
 * How many pieces of evidence the statement loses to fixed pairs: terms joined by fixed pairs it
 * holds both of count as one ("Covid 19 Impfung": two pieces).
 */
export function mergedPieces(
  index: ClaimIndex,
  statement: number,
  pairs: readonly [number, number][],
): number {
  if (pairs.length === 0) return 0;
  const holds = (at: number) =>
    sortedHas(index.termStatements, statement, index.termStarts[at]!, index.termStarts[at + 1]!);
  const parent = new Map<number, number>();
  const root = (term: number): number => {
    let found = term;
    while (parent.has(found) && parent.get(found) !== found) found = parent.get(found)!;
    return found;
  };
  let merged = 0;
  for (const [a, b] of pairs) {
    if (!holds(a) || !holds(b)) continue;
    const [x, y] = [root(a), root(b)];
    if (x === y) continue;
    parent.set(x, y);
    merged++;
  }
  return merged;
}
