import { statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { type PageMark, readMarks } from '../../tests/e2e/pages/article';
import { launchWithExtension } from '../launch-extension';
import { exitOnMissingBrowser } from '../missing-browser';
import { serveDirectory } from '../static-server';
import { Gold, type PageScore, precisionRecall, scorePage, sumCounts } from './score';

/**
 * `npm run eval [-- <dir>]`: opens every evaluation page (NAME.html + NAME.gold.json) in Chromium
 * with the built extension, reads the marks it puts on the page and prints precision and recall
 * of mentions and claims per page and overall. Defaults to ../shared/eval/dev beside the
 * repository: the gold-annotated pages are kept out of it (tools/check-paths.ts allows this path).
 */
const dir = resolve(process.argv[2] ?? resolve(import.meta.dirname, '../../../shared/eval/dev'));

const goldFiles = statSync(dir, { throwIfNoEntry: false })?.isDirectory()
  ? (await readdir(dir)).filter((file) => file.endsWith('.gold.json')).sort()
  : [];
if (goldFiles.length === 0) {
  console.error(
    `No evaluation pages at ${dir}: put the gold-annotated pages of eval/dev there, or pass a folder: npm run eval -- <dir>`,
  );
  process.exit(1);
}

/** Marks arrive asynchronously; wait for the first, then until their number has been stable for a while. */
async function settledMarks(page: Page): Promise<PageMark[]> {
  const deadline = Date.now() + 10_000;
  let marks = await readMarks(page);
  let stableSince = Date.now();
  // Stable means unchanged for 1.5 s after the first mark: on a fresh browser under load the
  // first marks took over 2 s, and "no marks for 1.5 s" scored a page that was still compiling as
  // one with nothing found.
  while (Date.now() < deadline && (marks.length === 0 || Date.now() - stableSince < 1_500)) {
    await page.waitForTimeout(250);
    const next = await readMarks(page);
    if (next.length !== marks.length) stableSince = Date.now();
    marks = next;
  }
  return marks;
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(7);

const server = await serveDirectory(dir);
const { context } = await launchWithExtension().catch(exitOnMissingBrowser);
const scores: PageScore[] = [];
try {
  for (const file of goldFiles) {
    const gold = Gold.parse(JSON.parse(await readFile(resolve(dir, file), 'utf8')));
    const page = await context.newPage();
    await page.goto(`${server.url}/${gold.page}`);
    const marks = await settledMarks(page);
    await page.close();
    scores.push(
      scorePage(gold, {
        mentions: marks
          .filter((mark) => mark.kind === 'entity')
          .map((mark) => ({ entity: mark.id, surface: mark.text })),
        claims: marks.filter((mark) => mark.kind === 'claim').map((mark) => mark.id),
      }),
    );
  }
} finally {
  await context.close();
  await server.close();
}

console.log(`${'page'.padEnd(46)} mention P   mention R   claim P   claim R`);
for (const score of scores) {
  const m = precisionRecall(score.mentions);
  const c = precisionRecall(score.claims);
  const flag =
    !score.isArticle && score.mentions.found + score.claims.found > 0 ? '  MARKED A NON-ARTICLE' : '';
  console.log(
    `${score.page.padEnd(46)} ${percent(m.precision)}    ${percent(m.recall)}    ${percent(c.precision)}  ${percent(c.recall)}${flag}`,
  );
  for (const extra of score.extraMentions) console.log(`    extra mention   ${extra.replace('\t', ' · ')}`);
  for (const missed of score.missedMentions)
    console.log(`    missed mention  ${missed.replace('\t', ' · ')}`);
  for (const extra of score.extraClaims) console.log(`    extra claim     ${extra}`);
  for (const missed of score.missedClaims) console.log(`    missed claim    ${missed}`);
}
const mentions = precisionRecall(sumCounts(scores.map((score) => score.mentions)));
const claims = precisionRecall(sumCounts(scores.map((score) => score.claims)));
const nonArticlesMarked = scores.filter((s) => !s.isArticle && s.mentions.found + s.claims.found > 0).length;
console.log(
  `${'overall'.padEnd(46)} ${percent(mentions.precision)}    ${percent(mentions.recall)}    ${percent(claims.precision)}  ${percent(claims.recall)}`,
);
console.log(`non-article pages with marks: ${nonArticlesMarked}`);
console.log(
  JSON.stringify({
    'eval.mention_precision': mentions.precision,
    'eval.mention_recall': mentions.recall,
    'eval.claim_precision': claims.precision,
    'eval.claim_recall': claims.recall,
    'eval.non_articles_marked': nonArticlesMarked,
  }),
);
