import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../run-in-process';

const FIXTURES = resolve(import.meta.dirname, '../../../tests/fixtures/packs');
const AUDIT = join(FIXTURES, 'audit');
const work = await mkdtemp(join(tmpdir(), 'pack-audit-'));
afterAll(() => rm(work, { recursive: true, force: true }));

const pack = (...args: string[]) => runInProcess(args);

const at = (file: string) => join(AUDIT, file);
const secretaries = at('people/defence-secretaries.yaml');

describe('pack audit', () => {
  it('lists errors and warnings by file and place, and exits 1 when there are errors', async () => {
    expect(await pack('audit', AUDIT)).toEqual({
      code: 1,
      err: [],
      out: [
        `warning: ${at('pack.yaml')}:languages[2]: no common-word list for "it" (tools/pack/audit/common-words/): names are not checked against its words`,
        `error: ${at('claims/claims.yaml')}:[0].title: placeholder title "TASS report on the signing of the accession treaties in the Kremlin (descriptive title)": cite the source's real title`,
        `error: ${at('claims/claims.yaml')}:[1].sources: has 1 dated source: a claim needs at least two`,
        `error: ${at('claims/claims.yaml')}:[1].sources: no source disputes the claim or adds context: cite one that does`,
        `warning: ${at('organizations/bild.yaml')}:names.de[0]: "Bild" is a common word in German (rank 789): it would be marked wherever the word is used; make it a short name`,
        `warning: ${at('organizations/ministries.yaml')}:[1].aliases.en[0]: ambiguity: "Ministry of Defence" is also a name of uk-ministry-of-defence (${at('organizations/ministries.yaml')}:[0].names.en[0])`,
        `error: ${secretaries}:[2].roles[0].end: open role (no end) on a record reviewed 2025-09, more than 6 months before the pack's date 2026-11-28: confirm it is still held (and set reviewed) or give its end`,
        `error: ${secretaries}:[1].roles[0]: "Secretary of State for Defence" (2023-08-31 – 2024-07-05) is also held by ben-wallace at overlapping dates (2019-07-24 – open, ${secretaries}:[0].roles[0]): end one of them`,
        `error: ${secretaries}:[2].roles[0]: "Secretary of State for Defence" (2024-07-05 – open) is also held by ben-wallace at overlapping dates (2019-07-24 – open, ${secretaries}:[0].roles[0]): end one of them`,
        `warning: ${secretaries}:[2].sources[0].date: date 2025-09 gives only the month: give the day it was published (or read, for a page that changes)`,
        'audit: 6 errors, 4 warnings',
      ],
    });
  });

  it('exits 0 on a pack with warnings only', async () => {
    expect(await pack('audit', join(FIXTURES, 'small'))).toEqual({
      code: 0,
      err: [],
      out: [
        `warning: ${join(FIXTURES, 'small/people/antony-blinken.yaml')}:sources[0].date: date 2025-01 gives only the month: give the day it was published (or read, for a page that changes)`,
        'audit: 0 errors, 1 warning',
      ],
    });
  });

  it('names each record of a built pack by its shard and id', async () => {
    const built = join(work, 'built');
    expect((await pack('build', AUDIT, '--out', built)).code).toBe(0);
    const result = await pack('audit', join(built, 'manifest.json'));
    expect(result.code).toBe(1);
    expect(result.out).toContain(
      "error: entity-001.ndjson/john-healey:roles[0].end: open role (no end) on a record reviewed 2025-09, more than 6 months before the pack's date 2026-11-28: confirm it is still held (and set reviewed) or give its end",
    );
    expect(result.out).toContain(
      'error: claim-001.ndjson/annexed-regions-joined-russia:sources: has 1 dated source: a claim needs at least two',
    );
    expect(result.out[0]).toBe(
      'warning: manifest.json:languages[2]: no common-word list for "it" (tools/pack/audit/common-words/): names are not checked against its words',
    );
  });

  it('reports a source the schema refuses, as build does, and audits nothing else', async () => {
    const source = join(work, 'no-publisher');
    await cp(join(FIXTURES, 'small'), source, { recursive: true });
    await writeFile(
      join(source, 'untitled.yaml'),
      'kind: source\nid: untitled\npublisher: Reuters\ndate: 2022-09-30\n',
    );
    expect(await pack('audit', source)).toEqual({
      code: 1,
      out: [],
      err: [
        `error: ${join(source, 'untitled.yaml')}:1: $.title: Invalid input: expected string, received undefined`,
      ],
    });
  });

  it('wants exactly one pack', async () => {
    expect(await pack('audit')).toEqual({
      code: 2,
      out: [],
      err: ['usage: pack audit <source dir, pack dir or http(s) URL>'],
    });
  });
});
