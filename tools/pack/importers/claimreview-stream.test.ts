import { execFile } from 'node:child_process';
import { open, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CLAIMREVIEW_DIR as CORPUS } from '../../../tests/fixtures/corpus/paths';
import { buildPack } from '../build-pack';
import { runPackTool } from '../main';
import { importClaimReview } from './claimreview';
import { readClaimReviews } from './claimreview-input';
import { importWorkspace } from './import-workspace';
import { JsonValueStream } from './json-stream';

const work = importWorkspace('import-claimreview-stream-');

/** The real DataCommons feed element (dpa on a false Henriette Reker quote). */
const feedItem = async () =>
  JSON.parse(await readFile(join(CORPUS, 'datacommons-feed-item', 'data_commons_raw.json'), 'utf8'));

/** The same review with another claim text and date, so each copy becomes its own claim. */
function variant(item: { item: Record<string, unknown>[] }, n: number) {
  const review = {
    ...item.item[0],
    claimReviewed: `Claim number ${n} from the feed`,
    datePublished: '2019-12-09',
  };
  return { ...item, item: [review] };
}

describe('JsonValueStream', () => {
  it('finds the same values whatever the chunk size, with their paths and lines', () => {
    const text =
      '{"a": [1, -2.5e+3, true, null, {"@type": "X", "s": "q\\"uote\\u00e9"}],\n "b": {"@type": "X"}}';
    const chunkings = [text.length, 1, 2, 3, 7];
    const results = chunkings.map((size) => {
      const stream = new JsonValueStream(
        (value) => typeof value === 'object' && '@type' in (value as object),
      );
      const picked = [];
      for (let at = 0; at < text.length; at += size) picked.push(...stream.push(text.slice(at, at + size)));
      stream.end();
      return picked;
    });
    for (const result of results) expect(result).toEqual(results[0]);
    expect(results[0]).toEqual([
      { value: { '@type': 'X', s: 'q"uoteé' }, path: '$.a[4]', line: 1 },
      { value: { '@type': 'X' }, path: '$.b', line: 2 },
    ]);
  });

  it.each([
    ['{"a": 1,}', 1, 'expected a key in quotes, found "}"'],
    ['[1, 2', 1, 'unexpected end of input (an object or array is not closed)'],
    ['{"a"\n 1}', 2, 'expected ":" after the key "a", found "1"'],
    ['', 1, 'no JSON value'],
  ])('refuses %j at line %i: %s', (text, line, message) => {
    const stream = new JsonValueStream(() => false);
    expect(() => {
      stream.push(text);
      stream.end();
    }).toThrow(expect.objectContaining({ line, message }));
  });
});

describe('importClaimReview streaming', () => {
  it('reads a DataFeed element by element and writes a folder `pack build` takes as it is', async () => {
    const item = await feedItem();
    const feed = join(work.outDir, 'feed.json');
    const elements = Array.from({ length: 50 }, (_, n) => variant(item, n));
    await writeFile(
      feed,
      JSON.stringify(
        { '@context': 'https://schema.org', '@type': 'DataFeed', dataFeedElement: elements },
        null,
        1,
      ),
    );
    const source = join(work.outDir, 'source');
    const result = await importClaimReview(feed, {
      outDir: source,
      id: 'dpa-checks',
      name: 'dpa fact checks',
    });
    expect(result).toEqual({ records: 50 });
    expect(parse(await readFile(join(source, 'pack.yaml'), 'utf8'))).toEqual({
      id: 'dpa-checks',
      name: 'dpa fact checks',
      description: 'Claims reviewed by fact-checkers, imported from ClaimReview (feed.json).',
      version: 1,
      published: new Date().toISOString().slice(0, 10),
      languages: ['en'],
    });
    const built = await buildPack(source, join(work.outDir, 'built'));
    expect(built).toMatchObject({ ok: true, manifest: { id: 'dpa-checks', languages: ['en'] } });
    expect(work.warnings).toEqual([]);
  });

  it('reads JSON lines, naming the line of a review it skips', async () => {
    const item = await feedItem();
    const broken = { ...item.item[0], datePublished: undefined, author: undefined, url: undefined };
    const lines = [JSON.stringify(item), JSON.stringify(broken), JSON.stringify(variant(item, 3))];
    const file = join(work.outDir, 'reviews.jsonl');
    await writeFile(file, `${lines.join('\n')}\n`);
    const found = [];
    for await (const review of readClaimReviews(file)) found.push(review.position);
    expect(found).toEqual(['reviews.jsonl:1: $.item[0]', 'reviews.jsonl:2: $', 'reviews.jsonl:3: $.item[0]']);
    const source = join(work.outDir, 'source');
    expect(await importClaimReview(file, { outDir: source })).toEqual({ records: 2 });
    expect(work.warnings.join('')).toMatch(
      /reviews\.jsonl:2: \$: skipped: no review with a publisher and a date/,
    );
    // Without --id and --name both come from the file name; the German claim gives the language.
    expect(parse(await readFile(join(source, 'pack.yaml'), 'utf8'))).toMatchObject({
      id: 'reviews',
      name: 'Fact checks from reviews.jsonl',
      languages: ['de', 'en'],
    });
  });

  it('imports several inputs into one pack: the first run names it, later runs add their languages', async () => {
    const source = join(work.outDir, 'source');
    const page = (file: string) => join(CORPUS, 'in-page-jsonld', file);
    await importClaimReview(page('afp_faktencheck_raw.json'), { outDir: source, id: 'afp', name: 'AFP' });
    await importClaimReview(page('afp_raw.json'), { outDir: source });
    expect(parse(await readFile(join(source, 'pack.yaml'), 'utf8'))).toMatchObject({
      id: 'afp',
      name: 'AFP',
      languages: ['de', 'en'],
    });
    const built = await buildPack(source, join(work.outDir, 'built'));
    expect(built).toMatchObject({ ok: true, manifest: { id: 'afp', languages: ['de', 'en'] } });
  });

  it('reads a DataFeed of 100,000 reviews in a heap too small to hold the file', async () => {
    const feed = join(work.outDir, 'feed-100k.json');
    const file = await open(feed, 'w');
    await file.write('{"@context": "https://schema.org", "@type": "DataFeed", "dataFeedElement": [');
    let lines: string[] = [];
    for (let n = 0; n < 100_000; n++) {
      const review = {
        '@type': 'ClaimReview',
        claimReviewed: `Claim number ${n}, said somewhere and checked`,
        datePublished: '2024-01-02',
        url: `https://example.org/check/${n}`,
        author: { '@type': 'Organization', name: 'Checker' },
        reviewRating: { '@type': 'Rating', alternateName: 'False' },
      };
      lines.push(JSON.stringify({ '@type': 'DataFeedItem', item: [review] }));
      if (lines.length === 10_000) {
        await file.write(`${n < 10_000 ? '' : ','}\n${lines.join(',\n')}`);
        lines = [];
      }
    }
    await file.write(']}');
    await file.close();
    // 28 MB of JSON; JSON.parse of the whole file runs out of a 24 MB heap (tried), the stream does not.
    const input = resolve(import.meta.dirname, 'claimreview-input.ts');
    const count = `const { readClaimReviews } = await import(${JSON.stringify(input)});
      let n = 0; for await (const review of readClaimReviews(process.argv[1])) n++; console.log(n);`;
    const run = await promisify(execFile)(
      process.execPath,
      ['--max-old-space-size=24', '--import', 'tsx', '--input-type=module', '-e', count, feed],
      { cwd: resolve(import.meta.dirname, '../../..') },
    );
    expect(run.stdout.trim()).toBe('100000');
  }, 60_000);

  it('refuses an --id the pack format would refuse, before reading anything', async () => {
    const lines: string[] = [];
    const args = ['import-claimreview', 'missing.json', '--out', work.outDir, '--id', 'AFP Checks'];
    const code = await runPackTool(args, {
      out: (line) => lines.push(line),
      err: (line) => lines.push(line),
      readStdin: async () => '',
    });
    expect({ code, lines }).toEqual({
      code: 1,
      lines: ['error: --id "AFP Checks": must be a lowercase ASCII slug like "antony-blinken"'],
    });
  });
});
