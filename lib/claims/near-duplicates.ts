import type { Steps } from '../time-slices';

/**
 * Two statements of one language are near-duplicates when they share at least `shared` terms
 * and the shared terms hold at least `dice` of their weights together (2·shared / (a + b)):
 * fact-checkers review the same claim many times in other words ("We're the only developed
 * nation in the world that doesn't have paid maternity leave" and "The United States is the only
 * developed country in the world without paid maternity leave", both PolitiFact). Checked on one
 * half of the CheckThat! dev pools and confirmed on the other (docs/matcher.md, decision 0011).
 * Three terms at least: two short statements sharing two rare names are a topic, not a claim.
 */
export const NEAR_DUPLICATE = { dice: 0.7, shared: 3 };

const STATEMENTS_PER_STEP = 512;

/** What the claim index knows of its statements when it looks for near-duplicates. */
export interface StatementPostings {
  claimCount: number;
  statementClaim: ArrayLike<number>;
  statementLanguage: ArrayLike<number>;
  statementWeight: ArrayLike<number>;
  termStarts: ArrayLike<number>;
  termStatements: ArrayLike<number>;
  termWeights: ArrayLike<number>;
}

/**
 * Per claim, the other claims with a statement that is a near-duplicate of one of its own
 * (CSR: claim c's are `list[starts[c]..starts[c+1]]`, ascending). Only terms the index keeps
 * count, so the pool's function words ("says", "percent") make no two statements alike.
 */
export function* nearDuplicateSteps(
  postings: StatementPostings,
): Steps<{ starts: Uint32Array; list: Uint32Array }> {
  const {
    claimCount,
    statementClaim,
    statementLanguage,
    statementWeight,
    termStarts,
    termStatements,
    termWeights,
  } = postings;
  const statementCount = statementClaim.length;
  // The statements' terms (the postings turned around), to walk from a statement to its terms.
  const postingCount = termStarts[termStarts.length - 1]!;
  const termsPerStatement = new Uint32Array(statementCount + 1);
  for (let posting = 0; posting < postingCount; posting++) termsPerStatement[termStatements[posting]! + 1]!++;
  for (let statement = 0; statement < statementCount; statement++)
    termsPerStatement[statement + 1]! += termsPerStatement[statement]!;
  const statementTerms = new Uint32Array(postingCount);
  const filled = termsPerStatement.slice(0, statementCount);
  for (let term = 0; term + 1 < termStarts.length; term++)
    for (let posting = termStarts[term]!; posting < termStarts[term + 1]!; posting++)
      statementTerms[filled[termStatements[posting]!]!++] = term;
  yield;
  const sharedWeight = new Float64Array(statementCount);
  const sharedCount = new Uint16Array(statementCount);
  const touched: number[] = [];
  const pairs = new Set<number>();
  for (let statement = 0; statement < statementCount; statement++) {
    if (statement % STATEMENTS_PER_STEP === 0) yield;
    const claim = statementClaim[statement]!;
    const language = statementLanguage[statement]!;
    for (let at = termsPerStatement[statement]!; at < termsPerStatement[statement + 1]!; at++) {
      const term = statementTerms[at]!;
      for (let posting = termStarts[term]!; posting < termStarts[term + 1]!; posting++) {
        const other = termStatements[posting]!;
        // Each pair once, from its first statement; a claim's own paraphrases are no rivals anyway.
        if (other <= statement || statementLanguage[other] !== language || statementClaim[other] === claim)
          continue;
        if (sharedCount[other] === 0) touched.push(other);
        sharedWeight[other]! += termWeights[term]!;
        sharedCount[other]!++;
      }
    }
    for (const other of touched) {
      const together = statementWeight[statement]! + statementWeight[other]!;
      if (
        sharedCount[other]! >= NEAR_DUPLICATE.shared &&
        (2 * sharedWeight[other]!) / together >= NEAR_DUPLICATE.dice
      ) {
        const a = statementClaim[other]!;
        pairs.add(claim * 2 ** 26 + a).add(a * 2 ** 26 + claim);
      }
      sharedWeight[other] = 0;
      sharedCount[other] = 0;
    }
    touched.length = 0;
  }
  const sorted = Float64Array.from(pairs).sort();
  const starts = new Uint32Array(claimCount + 1);
  const list = new Uint32Array(sorted.length);
  sorted.forEach((pair, at) => {
    const claim = Math.floor(pair / 2 ** 26);
    starts[claim + 1]!++;
    list[at] = pair - claim * 2 ** 26;
  });
  for (let claim = 0; claim < claimCount; claim++) starts[claim + 1]! += starts[claim]!;
  return { starts, list };
}
