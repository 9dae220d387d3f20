import { claimIndexBytes } from '../../../lib/claims/claim-index-bytes';
import { compileIndex, deserializeIndex, matchArticle, serializeIndex } from '../../../lib/match';
import { generateClaims } from './claim-generator';

export const CLAIMS = 20_000;
const RUNS = 20;

/** The claim index figures of one place (Node or a Chromium page), as docs/matcher.md lists them. */
export interface ClaimIndexFigures {
  buildS: number;
  bytesPerClaim: number;
  /** Deserialising the selfie and matching one paragraph. */
  loadMs: number;
  /** Matching the whole article, after three warm-up runs (the service worker stays warm). */
  msPerArticle: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const timed = (run: () => void) => {
  const started = performance.now();
  run();
  return performance.now() - started;
};

/**
 * Builds the index of 20,000 generated fact-check-sized claims (words from `texts`), then times
 * loading it and matching `article` in English: the same code in Node and in Chromium.
 */
export function measureClaimIndex(texts: string[], article: string[]): ClaimIndexFigures {
  const claims = generateClaims(CLAIMS, texts);
  let index: ReturnType<typeof compileIndex> | undefined;
  const buildMs = timed(() => {
    index = compileIndex([], claims);
  });
  const bytes = serializeIndex(index!);
  const loads = Array.from({ length: RUNS }, () => {
    const copy = bytes.slice();
    return timed(() => matchArticle(article.slice(0, 1), deserializeIndex(copy), { lang: 'en' }));
  });
  const loaded = deserializeIndex(bytes);
  for (let warm = 0; warm < 3; warm++) matchArticle(article, loaded, { lang: 'en' });
  const matches = Array.from({ length: RUNS }, () =>
    timed(() => matchArticle(article, loaded, { lang: 'en' })),
  );
  return {
    buildS: buildMs / 1000,
    bytesPerClaim: claimIndexBytes(index!.claims).length / CLAIMS,
    loadMs: median(loads),
    msPerArticle: median(matches),
  };
}
