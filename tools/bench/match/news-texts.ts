import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  firstArticleParagraphs,
  newsPageNames,
  newsPageParagraphs,
  paragraphsOfHtml,
} from '../../../tests/fixtures/corpus/paragraphs';

/**
 * Real news text for the throughput figures: the seed article and the article bodies of the
 * readability test pages (tests/fixtures/corpus), plus the eval pages when they are there, as
 * paragraphs the way the content script sends them.
 */

/**
 * The German, French and Ukrainian evaluation pages are not part of the repository: the benchmark
 * adds them only from a folder named in `BENCH_EVAL_DIR` (e.g. the eval/dev folder beside a
 * checkout), so its texts never depend on what lies outside the repository by chance.
 */
const EVAL_DIR = process.env.BENCH_EVAL_DIR;

/** Pages written mostly outside ASCII: German, French, Chinese. */
const NON_ASCII_PAGES = ['heise', 'lemonde-1', 'gmw', 'youth'];

function evalPages(): string[] {
  if (EVAL_DIR === undefined || !existsSync(EVAL_DIR)) {
    console.warn(
      `match: no evaluation pages (BENCH_EVAL_DIR=${EVAL_DIR ?? ''}); the non-ASCII texts leave them out`,
    );
    return [];
  }
  return readdirSync(EVAL_DIR)
    .filter((name) => /^(de|fr|uk)-.*\.html$/.test(name))
    .sort()
    .flatMap((name) => paragraphsOfHtml(readFileSync(join(EVAL_DIR, name), 'utf8')));
}

export interface NewsTexts {
  /** The seed article and every readability news page. */
  all: string[];
  /** The seed article, the non-English readability pages and the German, French and Ukrainian eval pages. */
  nonAscii: string[];
}

export function loadNewsTexts(): NewsTexts {
  const seed = firstArticleParagraphs();
  return {
    all: [...seed, ...newsPageNames().flatMap(newsPageParagraphs)],
    nonAscii: [...seed, ...NON_ASCII_PAGES.flatMap(newsPageParagraphs), ...evalPages()],
  };
}

export const utf8Bytes = (blocks: string[]) =>
  blocks.reduce((sum, block) => sum + new TextEncoder().encode(block).length, 0);
