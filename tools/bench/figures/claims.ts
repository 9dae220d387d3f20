import { claimIndexBytes } from '../../../lib/claims/claim-index-bytes';
import { compileIndex, deserializeIndex, matchArticle, serializeIndex } from '../../../lib/match';
import { generateClaims } from '../claims/claim-generator';
import { loadNewsTexts } from '../match/news-texts';

const CLAIMS = 20_000;
const ARTICLE_BYTES = 5_000;
const RUNS = 20;

/** The first paragraphs of the news texts up to about 5 KB: one article's worth. */
function article(paragraphs: string[]): string[] {
  const blocks: string[] = [];
  let size = 0;
  for (const paragraph of paragraphs) {
    if (size >= ARTICLE_BYTES) break;
    blocks.push(paragraph);
    size += new TextEncoder().encode(paragraph).length;
  }
  return blocks;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The claim index with 20,000 fact-check-sized claims: build, size, load and match (docs/matcher.md). */
export async function measure(): Promise<Record<string, number>> {
  const texts = loadNewsTexts().all;
  const claims = generateClaims(CLAIMS, texts);
  const started = performance.now();
  const index = compileIndex([], claims);
  const buildSeconds = (performance.now() - started) / 1000;
  const bytes = serializeIndex(index);
  const blocks = article(texts);
  const loads: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const copy = bytes.slice();
    const from = performance.now();
    matchArticle(blocks.slice(0, 1), deserializeIndex(copy), { lang: 'en' });
    loads.push(performance.now() - from);
  }
  const loaded = deserializeIndex(bytes);
  const matches: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const from = performance.now();
    matchArticle(blocks, loaded, { lang: 'en' });
    matches.push(performance.now() - from);
  }
  return {
    'index.claims_20k.build_s': buildSeconds,
    'index.claims_20k.bytes_per_claim': claimIndexBytes(index.claims).length / CLAIMS,
    'index.claims_20k.load_ms': median(loads),
    'match.claims_20k.node_ms_per_article': median(matches),
  };
}
