import { type ClaimIndexFigures, measureClaimIndex } from '../claims/measure-claims';
import { runInChromium } from '../match/chromium-harness';
import { loadNewsTexts } from '../match/news-texts';

const ARTICLE_BYTES = 5_000;

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

/**
 * The claim index with 20,000 fact-check-sized claims: build, size, load and match in Node, and
 * matching a 5 KB article in Chromium, where the extension runs it (docs/matcher.md).
 */
export async function measure(): Promise<Record<string, number>> {
  const texts = loadNewsTexts().all;
  const blocks = article(texts);
  const node = measureClaimIndex(texts, blocks);
  const chromium = await runInChromium<[string[], string[]], ClaimIndexFigures>(
    new URL('../claims/chromium-page.ts', import.meta.url),
    'benchClaims',
    texts,
    blocks,
  );
  return {
    'index.claims_20k.build_s': node.buildS,
    'index.claims_20k.bytes_per_claim': node.bytesPerClaim,
    'index.claims_20k.load_ms': node.loadMs,
    'match.claims_20k.node_ms_per_article': node.msPerArticle,
    'match.claims_20k.chromium_ms_per_article': chromium.msPerArticle,
  };
}
