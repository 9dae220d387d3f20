import { readdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { compileIndex, matchArticle } from '../../lib/match';
import { firstArticleParagraphs, paragraphsOfHtml } from '../../tests/fixtures/corpus/paragraphs';
import { loadStarterPack } from '../../tests/fixtures/starter-pack';
import { claimShare } from './claim-share';

/**
 * `npx tsx tools/eval/claim-share-pages.ts [<dev pages dir>]`: the share of sentences with a
 * claim mark, with the starter pack installed, on the first article and on every evaluation page
 * (default ../shared/eval/dev beside the repository), each page's paragraphs as the benchmark
 * reads them and in its `<html lang>`.
 */
const dir = resolve(process.argv[2] ?? resolve(import.meta.dirname, '../../../shared/eval/dev'));
const { entities, claims } = await loadStarterPack();
const index = compileIndex(entities, claims);

const pages: { name: string; blocks: string[]; lang: string | undefined }[] = [
  { name: 'first article (tests/fixtures)', blocks: firstArticleParagraphs(), lang: 'de' },
];
for (const file of (await readdir(dir).catch(() => [])).filter((name) => name.endsWith('.html')).sort()) {
  const html = await readFile(resolve(dir, file), 'utf8');
  const lang = /<html[^>]*\blang="([^"]+)"/i.exec(html)?.[1];
  pages.push({ name: file, blocks: paragraphsOfHtml(html.replace(/^[\s\S]*?<body[^>]*>/i, '')), lang });
}
if (pages.length === 1) console.error(`No evaluation pages at ${dir}: only the first article is measured.`);

let sentences = 0;
let marked = 0;
console.log(`${'page'.padEnd(46)} sentences  with a claim mark  share`);
for (const page of pages) {
  const share = claimShare(
    page.blocks,
    matchArticle(page.blocks, index, page.lang ? { lang: page.lang } : {}),
  );
  if (page !== pages[0]) {
    sentences += share.sentences;
    marked += share.marked;
  }
  console.log(
    `${page.name.padEnd(46)} ${String(share.sentences).padStart(9)}  ${String(share.marked).padStart(16)}  ${share.share.toFixed(3)}`,
  );
}
if (pages.length > 1)
  console.log(
    `${'evaluation pages, all'.padEnd(46)} ${String(sentences).padStart(9)}  ${String(marked).padStart(16)}  ${(marked / sentences).toFixed(3)}`,
  );
