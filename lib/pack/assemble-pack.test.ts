import { describe, expect, it } from 'vitest';
import { memoryFetcher, packFiles, SMALL_META, SMALL_RECORDS } from '../../tests/fixtures/packs/small-pack';
import { EntityRecord } from '../schema/records';
import { assemblePack } from './assemble-pack';
import { canonicalJson } from './canonical-json';
import { readPack } from './read-pack';

describe('assembling a pack', () => {
  it('splits shards by kind and keeps each under the size cap', async () => {
    const people = Array.from({ length: 40 }, (_, n) =>
      EntityRecord.parse({
        kind: 'entity',
        id: `person-${String(n).padStart(2, '0')}`,
        type: 'person',
        name: `Person ${n}`,
      }),
    );
    const pack = await assemblePack(SMALL_META, [...SMALL_RECORDS, ...people], 1024);
    const paths = pack.manifest.shards.map((shard) => shard.path);
    expect(paths.filter((path) => path.startsWith('entity-')).length).toBeGreaterThan(1);
    expect(paths.slice(0, 2)).toEqual(['entity-001.ndjson', 'entity-002.ndjson']);
    expect(paths.slice(-2)).toEqual(['source-001.ndjson', 'claim-001.ndjson']);
    for (const shard of pack.manifest.shards) expect(shard.bytes).toBeLessThanOrEqual(1024);
    const read = await readPack(memoryFetcher(packFiles(pack)));
    expect(read.ok && read.pack.records.length).toBe(45);
  });

  it('gives the same bytes whatever order the records come in', async () => {
    const forward = packFiles(await assemblePack(SMALL_META, SMALL_RECORDS));
    const backward = packFiles(await assemblePack(SMALL_META, [...SMALL_RECORDS].reverse()));
    expect(backward).toEqual(forward);
  });
});

describe('canonical JSON', () => {
  it('sorts keys at every depth and leaves out undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 'ü', y: undefined }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"z":"ü"}]},"b":1}',
    );
  });
});
