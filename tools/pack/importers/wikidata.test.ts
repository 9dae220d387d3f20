import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type EntityRecord, PackRecord } from '../../../lib/schema/records';
import { WIKIDATA_DIR as CORPUS } from '../../../tests/fixtures/corpus/paths';
import { importWorkspace } from './import-workspace';
import { importWikidata } from './wikidata';

const FIXTURES = resolve(import.meta.dirname, 'fixtures');

const work = importWorkspace('import-wikidata-');

/** Every entity file written, each checked against the pack schema as `pack build` will. */
async function writtenEntities(): Promise<Map<string, EntityRecord>> {
  const entities = new Map<string, EntityRecord>();
  for (const file of await readdir(join(work.outDir, 'entities'))) {
    const record = PackRecord.parse(parse(await readFile(join(work.outDir, 'entities', file), 'utf8')));
    if (record.kind !== 'entity') throw new Error(`${file} is a ${record.kind}`);
    expect(file).toBe(`${record.id}.yaml`);
    entities.set(record.wikidata ?? record.id, record);
  }
  return entities;
}

async function importOne(path: string, langs = ['en', 'de']): Promise<EntityRecord> {
  const { records } = await importWikidata(path, { langs, outDir: work.outDir });
  expect(records).toBe(1);
  const [entity] = (await writtenEntities()).values();
  return entity!;
}

describe('importWikidata on real Wikidata API responses', () => {
  it('maps Q42 Douglas Adams: a person with English and German names, aliases, descriptions and Wikipedia links', async () => {
    const adams = await importOne(join(CORPUS, 'wikidata-toolkit/wbgetentities-Douglas-Adams.json'));
    expect(adams).toMatchObject({
      id: 'douglas-adams',
      type: 'person',
      name: 'Douglas Adams',
      wikidata: 'Q42',
      names: { en: ['Douglas Adams'], de: ['Douglas Adams'] },
      aliases: { en: ['Douglas Noël Adams', 'Douglas Noel Adams'], de: ['Douglas Noël Adams'] },
      description: { en: 'English writer and humorist', de: 'britischer Schriftsteller' },
    });
    expect(adams.sources.map((source) => source.url)).toEqual([
      'https://en.wikipedia.org/wiki/Douglas_Adams',
      'https://de.wikipedia.org/wiki/Douglas_Adams',
    ]);
    expect(adams.sources[0]).toMatchObject({ publisher: 'Wikipedia', title: 'Douglas Adams' });
  });

  it("keeps Q131261 Oliver Kahn's German aliases and only the requested languages", async () => {
    const kahn = await importOne(join(CORPUS, 'wikidata-toolkit/wbgetentites-Oliver-Kahn.json'), [
      'de',
      'fr',
    ]);
    expect(kahn).toMatchObject({
      id: 'oliver-kahn',
      type: 'person',
      wikidata: 'Q131261',
      name: 'Oliver Kahn',
    });
    expect(kahn.aliases.de).toEqual(['Oli Kahn', 'Oliver Rolf Kahn']);
    expect(Object.keys(kahn.names).sort()).toEqual(['de', 'fr']);
    expect(Object.keys(kahn.description ?? {})).not.toContain('en');
    expect(kahn.sources.map((source) => source.url)).toContain('https://de.wikipedia.org/wiki/Oliver_Kahn');
  });

  it('reads roles from P39 with their start and end at day precision (Q646148 Henning Christophersen)', async () => {
    const christophersen = await importOne(join(CORPUS, 'wikibase-sdk/Q646148.json'));
    expect(christophersen.type).toBe('person');
    // The position entities are not in the input, so their QIDs stand in for the titles.
    expect(christophersen.roles).toEqual([
      { title: { en: 'Q5449541' } },
      { title: { en: 'Q6866144' }, start: '1978-08-30', end: '1979-10-26' },
    ]);
  });

  it('reads the old value shape without "id" (Q328212 Veronica Roth, a human)', async () => {
    const roth = await importOne(join(CORPUS, 'wikibase-sdk/Q328212.json'));
    expect(roth).toMatchObject({ id: 'veronica-roth', type: 'person', wikidata: 'Q328212' });
  });

  it('leaves cities out by default and types them as places when --types names their class (Q2112 Bielefeld; Q1040 Karlsruhe, which Q32063953 redirects to)', async () => {
    const bielefeld = join(CORPUS, 'wikibase-sdk/Q2112.json');
    expect((await importWikidata(bielefeld, { langs: ['de'], outDir: work.outDir })).records).toBe(0);
    // Q1549591 "big city".
    const types = ['Q1549591'];
    await importWikidata(bielefeld, { langs: ['de'], outDir: work.outDir, types });
    await importWikidata(join(CORPUS, 'wikidata-toolkit/wbgetentities-Q32063953.json'), {
      langs: ['de'],
      outDir: work.outDir,
      types,
    });
    const entities = await writtenEntities();
    expect(entities.get('Q2112')).toMatchObject({ type: 'place', names: { de: ['Bielefeld'] } });
    expect(entities.get('Q1040')).toMatchObject({ type: 'place', names: { de: ['Karlsruhe'] } });
  });

  it('skips a missing entity with a warning naming it, and leaves properties out', async () => {
    const { records } = await importWikidata(join(CORPUS, 'wikidata-toolkit/wbgetentities-Q6-Q42-P31.json'), {
      langs: ['en'],
      outDir: work.outDir,
    });
    expect(records).toBe(1);
    expect([...(await writtenEntities()).keys()]).toEqual(['Q42']);
    expect(work.warnings.join('')).toMatch(
      /wbgetentities-Q6-Q42-P31\.json \(Q6\): skipped: the entity is missing/,
    );
  });

  it('says which item has no label at all (Q3235026)', async () => {
    const { records } = await importWikidata(join(CORPUS, 'wikibase-sdk/wbgetentities_response.json'), {
      langs: ['en'],
      outDir: work.outDir,
      // Q14406742 "family name".
      types: ['Q14406742'],
    });
    expect(records).toBe(0);
    expect(work.warnings.join('')).toContain('(Q3235026): skipped: no label in any language');
  });

  it('rejects a language that is not a code like "en"', async () => {
    await expect(
      importWikidata(join(CORPUS, 'wikibase-sdk/Q328212.json'), {
        langs: ['en', 'en-GB'],
        outDir: work.outDir,
      }),
    ).rejects.toThrow('--langs: "en-GB" is not a language code');
  });

  it('rejects a file that holds no entities', async () => {
    await expect(
      importWikidata(join(CORPUS, 'wikidata-toolkit/wbsearchentities-abc.json'), {
        langs: ['en'],
        outDir: work.outDir,
      }),
    ).rejects.toThrow('not Wikidata entity JSON');
  });
});

describe('importWikidata on the dump format', () => {
  it("imports the items of Wikidata-Toolkit's mock dump of the classes asked for and leaves its property and lexeme out", async () => {
    const { records } = await importWikidata(join(CORPUS, 'wikidata-toolkit/mock-dump-for-testing.json'), {
      langs: ['de'],
      outDir: work.outDir,
      // The mock dump's universe and happiness are no people or organisations.
      types: ['Q1454986', 'Q331769'],
    });
    expect(records).toBe(2);
    const entities = await writtenEntities();
    expect(entities.get('Q1')).toMatchObject({
      id: 'universum',
      aliases: { de: ['Weltall', 'All', 'Kosmos', 'Weltraum'] },
    });
    expect(entities.get('Q8')).toMatchObject({ id: 'gluck', names: { de: ['Glück'] } });
    expect(work.warnings).toEqual([]);
  });

  it('resolves position labels from the same dump and keeps dates at their precision', async () => {
    await importWikidata(join(FIXTURES, 'positions-dump.jsonl'), {
      langs: ['en', 'de'],
      outDir: work.outDir,
    });
    const anna = (await writtenEntities()).get('Q100001');
    expect(anna?.roles).toEqual([
      { title: { en: 'Minister of Examples', de: 'Beispielministerin' }, start: '2019-03', end: '2021' },
      { title: { en: 'Q200003' }, start: '2015-06-01' },
    ]);
  });

  it('moves a one-word alias that is the surname to shortNames', async () => {
    await importWikidata(join(FIXTURES, 'positions-dump.jsonl'), {
      langs: ['en', 'de'],
      outDir: work.outDir,
    });
    const anna = (await writtenEntities()).get('Q100001');
    expect(anna).toMatchObject({
      aliases: { en: ['A. Beispiel'] },
      shortNames: { en: ['Beispiel'], de: ['Beispiel'] },
    });
  });

  it('gives same-named items distinct ids, transliterates, and reads the 2013 entity format', async () => {
    const { records } = await importWikidata(join(FIXTURES, 'positions-dump.jsonl'), {
      langs: ['en', 'de'],
      outDir: work.outDir,
    });
    expect(records).toBe(4);
    const entities = await writtenEntities();
    expect(entities.get('Q100001')?.id).toBe('anna-beispiel');
    expect(entities.get('Q100002')?.id).toBe('anna-beispiel-q100002');
    expect(entities.get('Q100003')).toMatchObject({ id: 'zoe-angstrom-lukasz', type: 'outlet' });
    expect(entities.get('Q100003')?.sources[0]?.url).toBe('https://de.wikipedia.org/wiki/Zo%C3%AB_(Zeitung)');
    expect(entities.get('Q100004')).toMatchObject({
      id: 'legacy-party',
      type: 'organization',
      aliases: { en: ['LP'] },
      sources: [{ url: 'https://en.wikipedia.org/wiki/Legacy_Party' }],
    });
  });

  it('names the line it could not read and counts the items without a name in the chosen languages', async () => {
    await importWikidata(join(FIXTURES, 'positions-dump.jsonl'), {
      langs: ['en', 'de'],
      outDir: work.outDir,
    });
    const text = work.warnings.join('');
    expect(text).toMatch(/positions-dump\.jsonl:4: skipped: not JSON/);
    expect(text).toContain('1 items without a label or alias in en, de');
  });

  it('falls back to the QID for the id when the label has no Latin letters', async () => {
    await importWikidata(join(FIXTURES, 'positions-dump.jsonl'), { langs: ['zh'], outDir: work.outDir });
    expect((await writtenEntities()).get('Q100005')).toMatchObject({ id: 'q100005', name: '王' });
  });

  it('reads a gzipped dump', async () => {
    const gzipped = join(work.outDir, 'dump.json.gz');
    await writeFile(gzipped, gzipSync(await readFile(join(FIXTURES, 'positions-dump.jsonl'))));
    const { records } = await importWikidata(gzipped, {
      langs: ['en', 'de'],
      outDir: join(work.outDir, 'out'),
    });
    expect(records).toBe(4);
  });
});
