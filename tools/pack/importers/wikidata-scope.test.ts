import { execFileSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type EntityRecord, PackRecord } from '../../../lib/schema/records';
import { WIKIDATA_DIR as CORPUS } from '../../../tests/fixtures/corpus/paths';
import { runPackTool } from '../main';
import { importWorkspace } from './import-workspace';
import { importWikidata } from './wikidata';

const DUMP = resolve(import.meta.dirname, 'fixtures/positions-dump.jsonl');

const work = importWorkspace('import-wikidata-scope-');

async function written(dir = work.outDir): Promise<Map<string, EntityRecord>> {
  const entities = new Map<string, EntityRecord>();
  for (const file of await readdir(join(dir, 'entities'))) {
    const record = PackRecord.parse(parse(await readFile(join(dir, 'entities', file), 'utf8')));
    if (record.kind === 'entity') entities.set(record.wikidata ?? record.id, record);
  }
  return entities;
}

describe('import-wikidata keeps only items of the chosen classes', () => {
  // The office-holders dump's 11,113 position items ("Security", "Deputy", "President") became
  // entities and were marked in news text as if they were people.
  it('lets a position item lend its labels to the roles without becoming an entity', async () => {
    await importWikidata(DUMP, { langs: ['en', 'de'], outDir: work.outDir });
    const entities = await written();
    expect(entities.has('Q200001')).toBe(false);
    expect(entities.get('Q100001')?.roles[0]?.title).toEqual({
      en: 'Minister of Examples',
      de: 'Beispielministerin',
    });
    // People, the newspaper (Q11032) and the party (Q7278, in the 2013 form) are kept by default.
    expect([...entities.keys()].sort()).toEqual(['Q100001', 'Q100002', 'Q100003', 'Q100004']);
  });

  it('keeps only people with --types Q5', async () => {
    const { records } = await importWikidata(DUMP, {
      langs: ['en', 'de'],
      outDir: work.outDir,
      types: ['Q5'],
    });
    expect(records).toBe(2);
    expect([...(await written()).values()].map((entity) => entity.type)).toEqual(['person', 'person']);
  });

  it('rejects a class that is not a QID', async () => {
    await expect(
      importWikidata(DUMP, { langs: ['en'], outDir: work.outDir, types: ['human'] }),
    ).rejects.toThrow('--types: "human" is not a Wikidata QID');
  });
});

describe('pack import-wikidata on the command line', () => {
  it('passes --types and --as-of to the importer', async () => {
    const out: string[] = [];
    const code = await runPackTool(
      [
        'import-wikidata',
        DUMP,
        '--langs',
        'en,de',
        '--out',
        work.outDir,
        '--types',
        'Q5',
        '--as-of',
        '2023-03',
      ],
      { out: (line) => out.push(line), err: () => undefined, readStdin: async () => '' },
    );
    expect({ code, out }).toEqual({ code: 0, out: [`wrote 2 records to ${work.outDir}`] });
    expect((await written()).get('Q100002')?.reviewed).toBe('2023-03');
  });
});

describe('import-wikidata dates what it imports', () => {
  it("dates a record by the item's own modified time where the input has one (Q646148, 2017-01-02)", async () => {
    await importWikidata(join(CORPUS, 'wikibase-sdk/Q646148.json'), {
      langs: ['en'],
      outDir: work.outDir,
      asOf: '2023',
    });
    expect((await written()).get('Q646148')?.reviewed).toBe('2017-01-02');
  });

  it('dates records without one by --as-of, or by a later role start (the US Congress in a 2022 file)', async () => {
    const undated = join(work.outDir, 'undated.json');
    await writeFile(undated, (await readFile(DUMP, 'utf8')).replace(/, "modified": "[^"]*"/, ''));
    await importWikidata(undated, { langs: ['en'], outDir: work.outDir, asOf: '2018-06' });
    const entities = await written();
    // Anna Beispiel's newest role starts 2019-03: the data cannot be older than that.
    expect(entities.get('Q100001')?.reviewed).toBe('2019-03');
    expect(entities.get('Q100002')?.reviewed).toBe('2018-06');
  });

  it('rejects an --as-of that is not a date', async () => {
    await expect(
      importWikidata(DUMP, { langs: ['en'], outDir: work.outDir, asOf: '06/2022' }),
    ).rejects.toThrow('--as-of: "06/2022" is not a date');
  });
});

describe('import-wikidata reads bzip2ed dumps', () => {
  it('reads a dump of concatenated bzip2 streams, as the published dumps are', async () => {
    const lines = (await readFile(DUMP, 'utf8')).split('\n');
    const half = Math.floor(lines.length / 2);
    const compress = (text: string) => execFileSync('bzip2', ['-c'], { input: text });
    const bz2 = join(work.outDir, 'dump.json.bz2');
    await writeFile(
      bz2,
      Buffer.concat([
        compress(`${lines.slice(0, half).join('\n')}\n`),
        compress(lines.slice(half).join('\n')),
      ]),
    );
    const { records } = await importWikidata(bz2, { langs: ['en', 'de'], outDir: join(work.outDir, 'out') });
    expect(records).toBe(4);
    expect((await written(join(work.outDir, 'out'))).get('Q100001')?.roles).toHaveLength(2);
  });

  it('names the file when it is not bzip2 data', async () => {
    const bad = join(work.outDir, 'broken.json.bz2');
    await writeFile(bad, '[\n]\n');
    await expect(importWikidata(bad, { langs: ['en'], outDir: work.outDir })).rejects.toThrow(
      /broken\.json\.bz2: bzip2 failed/,
    );
  });
});
