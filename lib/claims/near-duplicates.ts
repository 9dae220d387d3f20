import type { Steps } from '../time-slices';

/**
 * Two statements of one language are near-duplicates when they share at least `shared` terms
 * and the shared terms hold at least `dice` of their weights together (2·shared / (a + b)):
 * fact-checkers review the same claim many times in other words ("We're the only developed
 * nation in the world that doesn't have paid maternity leave" and "The United States is the only
 * developed country in the world without paid maternity leave", both PolitiFact). Checked on one
 * half of the CheckThat! dev pools and confirmed on the other (docs/matcher.md, decision 0012).
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
  // The statements' terms (the postings turned around), rarest first.
  const postingCount = termStarts[termStarts.length - 1]!;
  const termsStart = new Uint32Array(statementCount + 1);
  for (let posting = 0; posting < postingCount; posting++) termsStart[termStatements[posting]! + 1]!++;
  for (let statement = 0; statement < statementCount; statement++)
    termsStart[statement + 1]! += termsStart[statement]!;
  const statementTerms = new Uint32Array(postingCount);
  const filled = termsStart.slice(0, statementCount);
  for (let term = 0; term + 1 < termStarts.length; term++)
    for (let posting = termStarts[term]!; posting < termStarts[term + 1]!; posting++)
      statementTerms[filled[termStatements[posting]!]!++] = term;
  yield;
  // Prefix filtering (as in similarity joins): a pair reaching `dice` shares at least
  // dice / (2 − dice) of each statement's weight, so it shares one of each statement's rarest
  // terms that hold more than the rest of its weight — its prefix. Only prefixes are indexed and
  // probed, and rare terms have short postings: 20,000 claims take a fraction of a second.
  const minShare = NEAR_DUPLICATE.dice / (2 - NEAR_DUPLICATE.dice);
  const prefixEnd = new Uint32Array(statementCount);
  const prefixCount = new Uint32Array(termStarts.length);
  for (let statement = 0; statement < statementCount; statement++) {
    const terms = statementTerms.subarray(termsStart[statement], termsStart[statement + 1]);
    terms.sort((a, b) => termWeights[b]! - termWeights[a]! || a - b);
    let rest = statementWeight[statement]!;
    let end = 0;
    while (end < terms.length && rest >= minShare * statementWeight[statement]!)
      rest -= termWeights[terms[end++]!]!;
    prefixEnd[statement] = termsStart[statement]! + end;
    for (let at = 0; at < end; at++) prefixCount[terms[at]! + 1]!++;
  }
  for (let term = 0; term + 1 < prefixCount.length; term++) prefixCount[term + 1]! += prefixCount[term]!;
  const prefixStatements = new Uint32Array(prefixCount[prefixCount.length - 1]!);
  const prefixFilled = prefixCount.slice(0, -1);
  for (let statement = 0; statement < statementCount; statement++)
    for (let at = termsStart[statement]!; at < prefixEnd[statement]!; at++)
      prefixStatements[prefixFilled[statementTerms[at]!]!++] = statement;
  yield;
  /** `statement + 1` on the terms of the statement being probed, and on the statements compared with it. */
  const termMark = new Uint32Array(termStarts.length);
  const compared = new Uint32Array(statementCount);
  const pairs = new Set<number>();
  for (let statement = 0; statement < statementCount; statement++) {
    if (statement % STATEMENTS_PER_STEP === 0) yield;
    const claim = statementClaim[statement]!;
    const language = statementLanguage[statement]!;
    const stamp = statement + 1;
    for (let at = termsStart[statement]!; at < termsStart[statement + 1]!; at++)
      termMark[statementTerms[at]!] = stamp;
    for (let at = termsStart[statement]!; at < prefixEnd[statement]!; at++) {
      const term = statementTerms[at]!;
      for (let posting = prefixCount[term]!; posting < prefixCount[term + 1]!; posting++) {
        const other = prefixStatements[posting]!;
        // Each pair once, from its first statement; a claim's own paraphrases are no rivals anyway.
        if (other <= statement || compared[other] === stamp) continue;
        compared[other] = stamp;
        if (statementLanguage[other] !== language || statementClaim[other] === claim) continue;
        let shared = 0;
        let count = 0;
        for (let its = termsStart[other]!; its < termsStart[other + 1]!; its++) {
          const term = statementTerms[its]!;
          if (termMark[term] !== stamp) continue;
          shared += termWeights[term]!;
          count++;
        }
        const together = statementWeight[statement]! + statementWeight[other]!;
        if (count >= NEAR_DUPLICATE.shared && (2 * shared) / together >= NEAR_DUPLICATE.dice) {
          const its = statementClaim[other]!;
          pairs.add(claim * 2 ** 26 + its).add(its * 2 ** 26 + claim);
        }
      }
    }
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
