import { describe, expect, it } from 'vitest';
import { concatBytes } from '../bytes';
import { parseShard } from './shard';

const encoder = new TextEncoder();
const person = (n: number, name: string) =>
  JSON.stringify({ kind: 'entity', id: `person-${n}`, type: 'person', name });

/** Bytes of `lines`, each ending in a newline. */
const shardOf = (lines: readonly (string | Uint8Array)[]) =>
  concatBytes(lines.map((line) => (typeof line === 'string' ? encoder.encode(`${line}\n`) : line)));

describe('parsing a shard', () => {
  // The parser decodes a chunk of lines at a time (a view per line cost Chromium a wrapper each);
  // a shard of several chunks with names in three scripts must read exactly as line by line.
  it('reads every line of a shard larger than one decoded chunk, whatever its script', async () => {
    const names = ['Volodymyr Zelenskyy', 'Володимир Зеленський', 'Ολάφ Σολτς', 'Jürgen Ösi'];
    const lines = Array.from({ length: 12_000 }, (_, n) => person(n, `${names[n % 4]} ${n}`));
    const parsed = await parseShard('entity-001.ndjson', shardOf(lines), 262_144);
    expect(parsed.errors).toEqual([]);
    expect(parsed.records).toHaveLength(12_000);
    expect(parsed.records[11_999]).toMatchObject({ where: '12000', record: { name: 'Jürgen Ösi 11999' } });
    expect(parsed.records.map((located) => located.record.kind === 'entity' && located.record.name)).toEqual(
      lines.map((line) => JSON.parse(line).name),
    );
  });

  it('names the line that is not UTF-8 and still reads the lines around it', async () => {
    const lines: (string | Uint8Array)[] = Array.from({ length: 9_000 }, (_, n) => person(n, `Person ${n}`));
    // A Latin-1 "ü" in the middle of a JSON line, as a hand-edited shard might have it.
    lines[4_000] = new Uint8Array([...encoder.encode('{"name":"J'), 0xfc, ...encoder.encode('rgen"}\n')]);
    const parsed = await parseShard('entity-001.ndjson', shardOf(lines), 262_144);
    expect(parsed.errors).toEqual([
      {
        file: 'entity-001.ndjson',
        where: '4001',
        reason: expect.stringMatching(/^not valid JSON: .*(utf-8|encoded)/i),
      },
    ]);
    expect(parsed.records).toHaveLength(8_999);
    expect(parsed.records[4_000]).toMatchObject({ where: '4002', record: { id: 'person-4001' } });
  });

  it('drops a byte order mark at the start, reports a line over the limit and keeps counting', async () => {
    const long = person(2, 'x'.repeat(400));
    const bytes = shardOf([`\uFEFF${person(1, 'Annalena Baerbock')}`, long, person(3, 'Olaf Scholz')]);
    const parsed = await parseShard('entity-001.ndjson', bytes, 300);
    expect(parsed.errors).toEqual([
      { file: 'entity-001.ndjson', where: '2', reason: `line is ${long.length} bytes, the limit is 300` },
    ]);
    expect(parsed.records.map((located) => [located.where, located.record.id])).toEqual([
      ['1', 'person-1'],
      ['3', 'person-3'],
    ]);
  });
});
