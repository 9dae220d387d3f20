import { type ClaimIndexFigures, measureClaimIndex } from './measure-claims';

/** Runs in a Chromium page (bundled by ../match/chromium-harness.ts): the claim figures where matching really runs. */
async function benchClaims(texts: string[], article: string[]): Promise<ClaimIndexFigures> {
  return measureClaimIndex(texts, article);
}

(globalThis as { benchClaims?: typeof benchClaims }).benchClaims = benchClaims;
