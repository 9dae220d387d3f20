import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPackTool } from '../main';

const FIXTURE = resolve(import.meta.dirname, '../../../tests/fixtures/packs/small');
const work = await mkdtemp(join(tmpdir(), 'pack-match-jsonl-'));
const packDir = join(work, 'pack');
afterAll(() => rm(work, { recursive: true, force: true }));

/** A German sentence that states the fixture pack's claim (Johnson and the Istanbul talks). */
const CLAIM_TEXT =
  'Boris Johnson stoppte im April 2022 die Friedensgespräche von Istanbul, als er Kyjiw besuchte.';
const ENTITY_TEXT = 'Antony Blinken met Boris Johnson; Blinkens Reise endete in Kyjiw.';

async function pack(args: string[], stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runPackTool(args, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    readStdin: async () => stdin,
  });
  return { code, out, err };
}

async function requests(name: string, lines: string[]): Promise<string> {
  const file = join(work, name);
  await writeFile(file, `${lines.join('\n')}\n`);
  return file;
}

beforeAll(async () => {
  expect((await pack(['build', FIXTURE, '--out', packDir])).code).toBe(0);
});

describe('pack match --jsonl', () => {
  it('answers every line in input order, as the one-text form marks the same text', async () => {
    const file = await requests('batch.jsonl', [
      JSON.stringify({ id: 'claim', text: CLAIM_TEXT, lang: 'de' }),
      JSON.stringify({ id: 7, text: 'Nothing anyone knows is named here.' }),
      '',
      JSON.stringify({ id: 'people', text: ENTITY_TEXT, lang: 'de' }),
    ]);
    const result = await pack(['match', packDir, '--jsonl', file]);
    expect(result.err).toEqual([]);
    const answers = result.out.map((line) => JSON.parse(line));
    expect(answers.map((answer) => answer.id)).toEqual(['claim', 7, 'people']);
    expect(answers[0].matches).toEqual([
      {
        kind: 'claim',
        id: 'johnson-ended-istanbul-talks',
        start: 0,
        end: CLAIM_TEXT.length,
        surface: CLAIM_TEXT,
      },
      { kind: 'entity', id: 'boris-johnson', start: 0, end: 13, surface: 'Boris Johnson' },
    ]);
    expect(answers[1].matches).toEqual([]);
    expect(answers[2].matches.map((found: { surface: string }) => found.surface)).toEqual([
      'Antony Blinken',
      'Boris Johnson',
      'Blinkens',
    ]);

    // The one-text form gives the same marks for the same text.
    const single = await pack(['match', packDir, '-'], ENTITY_TEXT);
    expect(single.out.map((line) => JSON.parse(line))).toEqual(answers[2].matches);
  });

  it('reads the lines from standard input with -, as a stream', async () => {
    const line = `${JSON.stringify({ id: 'x', text: CLAIM_TEXT, lang: 'de' })}\n`;
    const out: string[] = [];
    const code = await runPackTool(['match', packDir, '--jsonl', '-'], {
      out: (answer) => out.push(answer),
      err: (problem) => out.push(problem),
      readStdin: () => Promise.reject(new Error('standard input is read as a stream')),
      // A line cut between two chunks, as a pipe delivers it.
      stdin: () => Readable.from([line.slice(0, 20), line.slice(20), line.replace('"x"', '"y"')]),
    });
    expect(code).toBe(0);
    expect(out.map((answer) => JSON.parse(answer))).toMatchObject([
      { id: 'x', matches: [{ kind: 'claim' }, { kind: 'entity' }] },
      { id: 'y', matches: [{ kind: 'claim' }, { kind: 'entity' }] },
    ]);
  });

  it('reads a text without a language in the language it detects, as the extension does for a page without lang', async () => {
    // A real AFP Faktencheck review (tests/fixtures/corpus/claimreview), imported and built.
    const source = join(work, 'afp-source');
    const review = resolve(FIXTURE, '../../corpus/claimreview/in-page-jsonld/afp_faktencheck_raw.json');
    expect((await pack(['import-claimreview', review, '--out', source])).code).toBe(0);
    const afp = join(work, 'afp');
    expect((await pack(['build', source, '--out', afp])).code).toBe(0);
    const restated =
      'In einem viral geteilten Beitrag heißt es, Leipzigs Altes Rathaus sei im Erdboden versunken.';
    const file = await requests('languages.jsonl', [
      JSON.stringify({ id: 'none', text: restated }),
      JSON.stringify({ id: 'declared', text: restated, lang: 'de' }),
      // A declared language is taken as it is: read as English, the German words match nothing.
      JSON.stringify({ id: 'wrong', text: restated, lang: 'en' }),
    ]);
    const answers = (await pack(['match', afp, '--jsonl', file])).out.map((line) => JSON.parse(line));
    const claimsOf = (answer: { matches: { id: string }[] }) => answer.matches.map((found) => found.id);
    expect(answers.map(claimsOf)).toEqual([
      ['das-alte-rathaus-in-leipzig-ist-versunken'],
      ['das-alte-rathaus-in-leipzig-ist-versunken'],
      [],
    ]);
  });

  it.each([
    [
      '{"id": "a", "text": "fine"}\n{"id": "b"}',
      'error: bad.jsonl:2: text: Invalid input: expected string, received undefined',
    ],
    [
      '{"id": "a", "text": "t", "lang": "deutsch!"}',
      'error: bad.jsonl:1: lang: must be a language tag like "de" or "pt-BR"',
    ],
    ['{"id": "a", "text": "t"', /^error: bad\.jsonl:1: not JSON \(/],
  ])('stops at a bad line and names it: %j', async (content, message) => {
    const file = join(work, 'bad.jsonl');
    await writeFile(file, content);
    const result = await pack(['match', packDir, '--jsonl', file]);
    expect(result.code).toBe(1);
    expect(result.err).toEqual([expect.stringMatching(message)]);
  });
});
