/**
 * The share of a statement's weight a sentence must hold, the distinct pieces of evidence it
 * needs, and how far (in coverage) the best statement must be ahead of any other claim's:
 * calibrated for precision on one half of each CheckThat! dev pool and checked on the other
 * (docs/matcher.md). A statement of at most `short` terms needs all of them: "Das Alte Rathaus
 * in Leipzig ist versunken" has four, and "Das Alte Rathaus in Leipzig wird renoviert" holds
 * three, the topic without the claim — except, among many statements, one term lighter than the
 * terms the window holds (`shortSpare`: `holdsShort` in score-statements.ts). A statement whose
 * phrases (adjacent pairs of its terms, in its order) the window holds needs less coverage
 * (`phrases`: 0.4 with one, 0.3 with two): the wording is evidence the topic alone does not give. For the same reason the margin over a rival
 * is `phraseMargin` (0.15) when the best statement shares more phrases with the window than the
 * rival does. Neither applies among few statements (`sparse`). Two terms the pool nearly always
 * writes together (`fixedPairs`: the rarer in at least 5 claims' statements, with the other in 60 %
 * of those claims: "Covid 19", "PCR-Tests") are one piece of evidence and no phrase (`fixed-pairs.ts`).
 */
export const THRESHOLDS = {
  coverage: 0.5,
  evidence: 3,
  short: 4,
  shortSpare: true,
  margin: 0.25,
  sparse: { statements: 100, coverage: 0.7 },
  phrases: [
    { shared: 1, coverage: 0.4 },
    { shared: 2, coverage: 0.3 },
  ],
  phraseMargin: 0.15,
  fixedPairs: { claims: 5, together: 0.6 },
};
export type Thresholds = typeof THRESHOLDS;
