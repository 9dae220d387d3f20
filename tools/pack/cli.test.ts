import { execFile, spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { text } from 'node:stream/consumers';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { serveDirectory } from '../static-server';
import { runInProcess } from './run-in-process';

const ARTICLE = 'Antony Blinken met Boris Johnson; Blinkens Reise endete in Kyjiw.';
const TSX = resolve(import.meta.dirname, '../../node_modules/.bin/tsx');
const CLI = resolve(import.meta.dirname, 'cli.ts');
const FIXTURE = resolve(import.meta.dirname, '../../tests/fixtures/packs/small');
const work = await mkdtemp(join(tmpdir(), 'pack-cli-'));
afterAll(() => rm(work, { recursive: true, force: true }));

const pack = (...args: string[]) => runInProcess(args, ARTICLE);

async function filesOf(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) files[name] = await readFile(join(dir, name), 'utf8');
  return files;
}

async function built(name: string, ...extra: string[]): Promise<string> {
  const out = join(work, name);
  const result = await pack('build', FIXTURE, '--out', out, ...extra);
  expect(result).toMatchObject({ code: 0, err: [] });
  return out;
}

describe('pack build', () => {
  it('gives the same bytes for the same records, however the sources are laid out', async () => {
    const first = await built('first');
    const second = await built('second');
    expect(await filesOf(second)).toEqual(await filesOf(first));

    // The same records as one YAML list in a single file, in reverse order.
    const regrouped = join(work, 'regrouped-source');
    await mkdir(regrouped);
    await cp(join(FIXTURE, 'pack.yaml'), join(regrouped, 'pack.yaml'));
    const records: unknown[] = [];
    for (const file of (await readdir(FIXTURE, { recursive: true })).sort()) {
      if (!/\.(ya?ml|json)$/.test(file) || file === 'pack.yaml') continue;
      const value = parse(await readFile(join(FIXTURE, file), 'utf8'), { schema: 'failsafe' });
      records.push(...(Array.isArray(value) ? value : [value]));
    }
    await writeFile(join(regrouped, 'all.yaml'), stringify(records.reverse()));
    const third = join(work, 'third');
    expect((await pack('build', regrouped, '--out', third)).code).toBe(0);
    expect(await filesOf(third)).toEqual(await filesOf(first));
  });

  it('says what it built, and splits shards by kind', async () => {
    const out = join(work, 'summary');
    expect(await pack('build', FIXTURE, '--out', out)).toEqual({
      code: 0,
      out: ['built small-fixture v3: 6 records in 3 shards'],
      err: [],
    });
    expect(await readdir(out)).toEqual([
      'claim-001.ndjson',
      'entity-001.ndjson',
      'manifest.json',
      'source-001.ndjson',
    ]);
  });

  it('points at the source file and line of every problem, and writes nothing', async () => {
    const source = join(work, 'broken-source');
    await cp(FIXTURE, source, { recursive: true });
    await writeFile(join(source, 'people', 'broken.yaml'), 'kind: entity\nid: [unclosed\n');
    await writeFile(
      join(source, 'people', 'second-blinken.yaml'),
      'kind: entity\nid: antony-blinken\ntype: person\nname: Tony\nsources:\n  - publisher: X\n    title: Y\n    date: 2024\n    url: javascript:alert(1)\n',
    );
    const out = join(work, 'broken-out');
    const result = await pack('build', source, '--out', out);
    expect(result.code).toBe(1);
    expect(result.err).toEqual([
      `error: ${join(source, 'people/broken.yaml')}:3: not valid YAML/JSON: Flow sequence in block collection must be sufficiently indented and end with a ]`,
      `error: ${join(source, 'people/second-blinken.yaml')}:9: $.sources[0].url: must be an http(s) URL`,
    ]);
    await expect(readdir(out)).rejects.toThrow('ENOENT');
  });

  it('reports ids used twice and references to nothing', async () => {
    const source = join(work, 'dangling-source');
    await cp(FIXTURE, source, { recursive: true });
    await writeFile(
      join(source, 'people', 'again.yaml'),
      'kind: entity\nid: boris-johnson\ntype: person\nname: Boris Johnson\n',
    );
    await writeFile(
      join(source, 'claims', 'orphan.yaml'),
      'kind: claim\nid: orphan-claim\ntitle: { en: Something }\nclaimant: nobody\n',
    );
    const result = await pack('build', source, '--out', join(work, 'dangling-out'));
    expect(result.err).toEqual([
      `error: ${join(source, 'people/boris-johnson.json')}:1: duplicate id "boris-johnson" (first at ${join(source, 'people/again.yaml')}:1)`,
      `error: ${join(source, 'claims/orphan.yaml')}:1: claimant "nobody" is not an entity in this pack`,
    ]);
  });
});

describe('pack verify and inspect', () => {
  it('accepts a built pack, from a folder and over HTTP', async () => {
    const dir = await built('verified');
    expect(await pack('verify', dir)).toEqual({
      code: 0,
      out: ['ok: small-fixture v3, 6 records in 3 shards'],
      err: [],
    });
    const server = await serveDirectory(dir);
    try {
      expect((await pack('verify', server.url)).code).toBe(0);
      // Named by its manifest, as readers subscribe to it, over HTTP and on disk.
      expect((await pack('verify', `${server.url}/manifest.json`)).code).toBe(0);
      expect((await pack('verify', join(dir, 'manifest.json'))).code).toBe(0);
      expect(await pack('verify', new URL('missing/', server.url).href)).toEqual({
        code: 1,
        out: [],
        err: ['error: manifest.json:$: cannot be read: HTTP 404'],
      });
    } finally {
      await server.close();
    }
  });

  it('rejects a tampered shard with one error line and exit code 1', async () => {
    const dir = await built('tampered');
    const shard = join(dir, 'entity-001.ndjson');
    await writeFile(
      shard,
      (await readFile(shard, 'utf8')).replace('https://en.wikipedia.org', 'javascript:al'),
    );
    const result = await pack('verify', dir);
    expect(result.code).toBe(1);
    expect(result.err).toHaveLength(1);
    expect(result.err[0]).toMatch(
      /^error: entity-001\.ndjson:\$: is \d+ bytes, manifest\.json says \d+ \(truncated or replaced\?\)$/,
    );
  });

  it('lists every record with its kind, id, type and name or title', async () => {
    const dir = await built('inspected');
    const result = await pack('inspect', dir);
    expect(result.out.map((line) => JSON.parse(line))).toEqual([
      { kind: 'entity', id: 'antony-blinken', type: 'person', name: 'Antony Blinken' },
      { kind: 'entity', id: 'boris-johnson', type: 'person', name: 'Boris Johnson' },
      { kind: 'entity', id: 'rt', type: 'outlet', name: 'RT' },
      {
        kind: 'entity',
        id: 'us-department-of-state',
        type: 'organization',
        name: 'United States Department of State',
      },
      {
        kind: 'source',
        id: 'ukrainska-pravda-2022-05-05',
        title: 'From Zelenskyy\'s "surrender" to Putin\'s surrender',
      },
      {
        kind: 'claim',
        id: 'johnson-ended-istanbul-talks',
        title: {
          en: 'Boris Johnson made Ukraine break off the Istanbul peace talks in 2022',
          de: 'Boris Johnson habe die Istanbuler Friedensgespräche 2022 beendet',
        },
      },
    ]);
  });
});

describe('signing', () => {
  it('signs with a generated key and verifies against the pinned public key', async () => {
    const prefix = join(work, 'publisher');
    expect(await pack('keygen', '--out', prefix)).toEqual({
      code: 0,
      out: [`wrote ${prefix}.key (keep it secret) and ${prefix}.pub`],
      err: [],
    });
    const publicKey = JSON.parse(await readFile(`${prefix}.pub`, 'utf8'));
    const dir = await built('signed', '--key', `${prefix}.key`);
    expect(await pack('verify', dir, '--pubkey', `${prefix}.pub`)).toEqual({
      code: 0,
      out: [`ok: small-fixture v3, 6 records in 3 shards, signature valid (${publicKey.keyId})`],
      err: [],
    });

    const stranger = join(work, 'stranger');
    await pack('keygen', '--out', stranger);
    const strangerKey = JSON.parse(await readFile(`${stranger}.pub`, 'utf8'));
    expect(await pack('verify', dir, '--pubkey', `${stranger}.pub`)).toEqual({
      code: 1,
      out: [],
      err: [
        `error: manifest.json:$.signature: signed with key ${publicKey.keyId}, but the pinned key is ${strangerKey.keyId}`,
      ],
    });
    expect((await pack('verify', await built('unsigned'), '--pubkey', `${prefix}.pub`)).err).toEqual([
      'error: manifest.json:$.signature: the pack is not signed, but a public key is pinned',
    ]);
  });

  it('never overwrites an existing key', async () => {
    const prefix = join(work, 'once');
    await pack('keygen', '--out', prefix);
    const key = await readFile(`${prefix}.key`, 'utf8');
    const again = await pack('keygen', '--out', prefix);
    expect(again.code).toBe(1);
    expect(again.err[0]).toMatch(/^error: EEXIST: file already exists/);
    expect(await readFile(`${prefix}.key`, 'utf8')).toBe(key);
  });
});

describe('pack match', () => {
  it('prints each mention with its offsets, from a file or stdin', async () => {
    const dir = await built('matching');
    const text = join(work, 'article.txt');
    await writeFile(text, ARTICLE);
    const fromFile = await pack('match', dir, text);
    expect(fromFile.out.map((line) => JSON.parse(line))).toEqual([
      { id: 'antony-blinken', start: 0, end: 14, surface: 'Antony Blinken', kind: 'entity' },
      { id: 'boris-johnson', start: 19, end: 32, surface: 'Boris Johnson', kind: 'entity' },
      { id: 'antony-blinken', start: 34, end: 42, surface: 'Blinkens', kind: 'entity' },
    ]);
    expect((await pack('match', dir, '-')).out).toEqual(fromFile.out);
  });
});

describe('wrong usage', () => {
  it.each([
    [
      [],
      'usage: pack build | keygen | verify | inspect | match | audit | import-wikidata | import-claimreview',
    ],
    [
      ['publish', 'x'],
      'usage: pack build | keygen | verify | inspect | match | audit | import-wikidata | import-claimreview',
    ],
    [['build', 'packs/starter'], 'usage: pack build <source dir> --out <dir> [--key <file>]'],
    [['verify', 'a', '--colour', 'red'], 'usage: pack verify <dir or http(s) URL> [--pubkey <file>]'],
    [['match', 'a'], 'usage: pack match <pack dir> <text file or -> | match <pack dir> --jsonl <file or ->'],
    [
      ['import-wikidata', 'dump.json', '--out', 'x'],
      'usage: pack import-wikidata <file> --langs en,de --out <dir> [--types Q5,Q43229,…] [--as-of YYYY-MM-DD]',
    ],
  ])('%j prints one usage line and exits 2', async (args, usage) => {
    expect(await pack(...args)).toEqual({ code: 2, out: [], err: [usage] });
  });

  it('never shows a stack trace, also as a real process', async () => {
    const missing = join(work, 'no-such-pack');
    const run = promisify(execFile)(TSX, [CLI, 'verify', missing]);
    const failure = await run.then(
      () => undefined,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stdout).toBe('');
    expect(failure?.stderr).toBe(
      `error: manifest.json:$: cannot be read: ENOENT: no such file or directory, open '${missing}/manifest.json'\n`,
    );
  }, 20_000);

  it('stops quietly when its reader closes the pipe early, as `| head` does', async () => {
    // Far more output than a pipe buffers, so the tool is still writing when the pipe closes.
    const source = join(work, 'many-source');
    await mkdir(source);
    await writeFile(
      join(source, 'pack.yaml'),
      'id: many\nname: Many\nlanguages: [en]\nversion: 1\npublished: 2026-11-01\n',
    );
    const people = Array.from({ length: 3000 }, (_, n) => ({
      kind: 'entity',
      id: `person-${n}`,
      type: 'person',
      name: `Person ${n}`,
    }));
    await writeFile(join(source, 'people.json'), JSON.stringify(people));
    const dir = join(work, 'many');
    expect((await pack('build', source, '--out', dir)).code).toBe(0);
    const child = spawn(TSX, [CLI, 'inspect', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    const stderr = text(child.stderr);
    await new Promise((resolveData) => child.stdout.once('data', resolveData));
    child.stdout.destroy();
    const code = await new Promise((resolveExit) => child.once('exit', resolveExit));
    expect(await stderr).toBe('');
    expect(code).toBe(0);
  }, 20_000);
});
