import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { compileIndex, matchArticle } from '../../lib/match';
import { formatPackError } from '../../lib/pack/errors';
import { readPack } from '../../lib/pack/read-pack';
import type { EntityRecord } from '../../lib/schema/records';
import { packFileFetcher } from '../pack/pack-file-fetcher';

/**
 * `npx tsx tools/eval/pages-marks.ts <pack dir> [<pages dir>]`: the entity marks a pack gives on
 * the readability news pages (../shared/corpus/readability-pages/news by default; their
 * `expected.html`, the article body, split into paragraphs), one line per mark with its evidence
 * and context, for judging by hand: the pages have no gold. Issue 17 judged the office-holders
 * pack this way on the English pages (docs/benchmarks.md).
 */
const packDir = resolve(process.argv[2] ?? '');
const pagesDir = resolve(
  process.argv[3] ?? resolve(import.meta.dirname, '../../../shared/corpus/readability-pages/news'),
);

const read = await readPack(packFileFetcher(packDir));
if (!read.ok) {
  for (const error of read.errors) console.error(formatPackError(error));
  process.exit(1);
}
const entities = read.pack.records.filter((record): record is EntityRecord => record.kind === 'entity');
const index = compileIndex(entities, []);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const decode = (html: string) =>
  html
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&([a-z]+);/gi, (whole, name: string) => ENTITIES[name.toLowerCase()] ?? whole);

/** Paragraphs of an article body: text between block tags, tags removed. */
const paragraphs = (html: string) =>
  html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .split(/<\/?(?:p|h[1-6]|li|div|blockquote|figcaption|td|br)\b[^>]*>/i)
    .map((part) =>
      decode(part.replace(/<[^>]+>/g, ''))
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((part) => part !== '');

let total = 0;
for (const page of (await readdir(pagesDir)).sort()) {
  const source = await readFile(join(pagesDir, page, 'source.html'), 'utf8').catch(() => '');
  const lang = source.match(/<html[^>]*\blang="([a-z]{2})/i)?.[1]?.toLowerCase() ?? 'en';
  if (process.env.PAGES_LANG !== undefined && lang !== process.env.PAGES_LANG) continue;
  const blocks = paragraphs(await readFile(join(pagesDir, page, 'expected.html'), 'utf8'));
  for (const mark of matchArticle(blocks, index, { lang })) {
    if (mark.kind !== 'entity') continue;
    total++;
    const text = blocks[mark.block]!;
    const before = text.slice(Math.max(0, mark.start - 50), mark.start);
    const after = text.slice(mark.end, mark.end + 50);
    console.log(
      `${page}\t${mark.id}\t(${mark.evidence})\t…${before}[${text.slice(mark.start, mark.end)}]${after}…`,
    );
  }
}
console.log(`${total} entity marks`);
