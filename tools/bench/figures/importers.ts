import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from '../../../lib/schema/zod';

/**
 * Streaming import: import-wikidata on a generated 200 MB dump, run in a child process so its
 * peak memory is the importer's alone. The goal is a peak under 300 MB whatever the input's size.
 */
const TARGET_BYTES = 200 * 1024 * 1024;
const RUNNER = resolve(import.meta.dirname, '../../pack/importers/measure-import-wikidata.ts');
const POSITIONS = 400;
const LANGUAGES = [
  'en',
  'de',
  'fr',
  'uk',
  'es',
  'it',
  'pl',
  'nl',
  'pt',
  'sv',
  'ru',
  'ja',
  'zh',
  'ar',
  'cs',
  'fi',
];
const SYLLABLES = [
  'an',
  'be',
  'ko',
  'ri',
  'ma',
  'to',
  'len',
  'sch',
  'mü',
  'ße',
  'va',
  'dor',
  'ig',
  'us',
  'ka',
  'ni',
];

/** Mulberry32: a small seeded generator, so every run measures the same input. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function entityLine(index: number, random: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const word = () => {
    const text = Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(SYLLABLES)).join('');
    return text[0]!.toUpperCase() + text.slice(1);
  };
  const id = `Q${1000 + index}`;
  const isPosition = index < POSITIONS;
  const label = isPosition ? `Minister of ${word()}` : `${word()} ${word()}`;
  const term = (language: string, value: string) => ({ language, value });
  const item = (qid: string) => ({ 'entity-type': 'item', 'numeric-id': Number(qid.slice(1)), id: qid });
  const snak = (property: string, value: unknown, type: string) => ({
    snaktype: 'value',
    property,
    datavalue: { value, type },
    datatype: type === 'time' ? 'time' : 'wikibase-item',
  });
  const time = (year: number, precision: number) => ({
    time: `+${year}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}T00:00:00Z`,
    timezone: 0,
    before: 0,
    after: 0,
    precision,
    calendarmodel: 'http://www.wikidata.org/entity/Q1985727',
  });
  const statement = (
    property: string,
    value: unknown,
    type: string,
    qualifiers?: Record<string, unknown[]>,
  ) => ({
    mainsnak: snak(property, value, type),
    type: 'statement',
    id: `${id}$${Math.floor(random() * 1e12).toString(16)}`,
    rank: 'normal',
    ...(qualifiers && {
      qualifiers: Object.fromEntries(
        Object.entries(qualifiers).map(([key, values]) => [
          key,
          values.map((value) => snak(key, value, 'time')),
        ]),
      ),
    }),
  });
  const positionsHeld = isPosition
    ? []
    : Array.from({ length: Math.floor(random() * 3) }, () => {
        const start = 1950 + Math.floor(random() * 70);
        return statement('P39', item(`Q${1000 + Math.floor(random() * POSITIONS)}`), 'wikibase-entityid', {
          P580: [time(start, 9 + Math.floor(random() * 3))],
          P582: [time(start + 1 + Math.floor(random() * 8), 11)],
        });
      });
  const entity = {
    type: 'item',
    id,
    labels: Object.fromEntries(LANGUAGES.map((language) => [language, term(language, label)])),
    descriptions: Object.fromEntries(
      LANGUAGES.slice(0, 8).map((language) => [
        language,
        term(language, `${word()} ${word()} ${word()} ${word()}`),
      ]),
    ),
    aliases: Object.fromEntries(
      LANGUAGES.slice(0, 5).map((language) => [
        language,
        [term(language, word()), term(language, `${word()} ${word()}`)],
      ]),
    ),
    claims: {
      P31: [statement('P31', item(isPosition ? 'Q4164871' : 'Q5'), 'wikibase-entityid')],
      P39: positionsHeld,
      P569: [statement('P569', time(1900 + Math.floor(random() * 100), 11), 'time')],
      P106: Array.from({ length: 4 }, () =>
        statement('P106', item(`Q${Math.floor(random() * 1e6) + 1}`), 'wikibase-entityid'),
      ),
    },
    sitelinks: Object.fromEntries(
      LANGUAGES.slice(0, 10).map((language) => [
        `${language}wiki`,
        { site: `${language}wiki`, title: label, badges: [] },
      ]),
    ),
  };
  return `${JSON.stringify(entity)},\n`;
}

/** Writes the dump line by line, waiting for the disk, so the generator holds one entity at a time. */
async function generateDump(path: string): Promise<number> {
  const random = seededRandom(20261128);
  const out = createWriteStream(path);
  out.write('[\n');
  let bytes = 2;
  let index = 0;
  while (bytes < TARGET_BYTES) {
    const line = entityLine(index++, random);
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end(']\n');
  await once(out, 'finish');
  return index;
}

const RunnerReport = z.object({ records: z.number(), seconds: z.number(), peakMb: z.number() });

async function runImporter(inputPath: string, outDir: string): Promise<z.infer<typeof RunnerReport>> {
  const child = spawn('npx', ['tsx', RUNNER, inputPath, outDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  const [code] = (await once(child, 'close')) as [number | null];
  if (code !== 0) throw new Error(`import-wikidata runner exited with ${code}`);
  return RunnerReport.parse(JSON.parse(output.trim().split('\n').at(-1) ?? ''));
}

export async function measure(): Promise<Record<string, number>> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-import-wikidata-'));
  try {
    const inputPath = join(dir, 'dump.json');
    const entities = await generateDump(inputPath);
    const report = await runImporter(inputPath, join(dir, 'out'));
    // The position items only lend their labels to the roles (import-wikidata keeps people).
    const people = entities - POSITIONS;
    if (report.records !== people) throw new Error(`imported ${report.records} of ${people} people`);
    return {
      'pack.import_wikidata_200mb.input_mb': (await stat(inputPath)).size / 1024 / 1024,
      'pack.import_wikidata_200mb.records': report.records,
      'pack.import_wikidata_200mb.peak_mb': report.peakMb,
      'pack.import_wikidata_200mb.s': report.seconds,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
