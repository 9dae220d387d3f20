import { describe, expect, it } from 'vitest';
import type { PackRecord } from '../schema/records';
import { BLOCK_RECORDS, BlockBuilder, eachBlock, recordsIn } from './record-blocks';

const person = (id: string, name: string): PackRecord =>
  ({
    kind: 'entity',
    id,
    type: 'person',
    name,
    names: {},
    aliases: {},
    shortNames: {},
    titles: {},
    roles: [],
    sources: [],
  }) as PackRecord;
const outlet = (id: string, domains: string[]): PackRecord =>
  ({ ...person(id, id), type: 'outlet', outlet: { domains, notes: [] } }) as PackRecord;
const claim = (id: string): PackRecord =>
  ({
    kind: 'claim',
    id,
    title: { en: `Claim ${id}` },
    entities: [],
    statements: {},
    triggers: {},
    sources: [],
  }) as PackRecord;

describe('the blocks of a group handed in a few records at a time', () => {
  // Issue 16: the sync hands on records a few dozen at a time and the store keeps only their
  // lines until the group's blocks are made; a reader's store must hold the same blocks.
  it('are the records of the group by kind, sorted by id, each line the record’s JSON', () => {
    const group = [
      person('zelenskyy', 'Володимир Зеленський 🇺🇦'),
      claim('c-2'),
      outlet('rt', ['rt.com', 'de.rt.com']),
      person('abe', 'Shinzō Abe'),
      claim('c-1'),
      outlet('bbc', ['bbc.co.uk', 'rt.com']),
    ];
    const builder = new BlockBuilder('set-1');
    for (const record of group) builder.add(record);
    const blocks = [...builder.blocks()];
    const entities = ['abe', 'bbc', 'rt', 'zelenskyy'].map((id) => group.find((record) => record.id === id)!);
    expect(blocks).toEqual([
      {
        setId: 'set-1',
        kind: 'entity',
        first: 'abe',
        last: 'zelenskyy',
        ids: ['abe', 'bbc', 'rt', 'zelenskyy'],
        text: entities.map((record) => JSON.stringify(record)).join('\n'),
        domains: ['bbc.co.uk', 'rt.com', 'de.rt.com'],
      },
      {
        setId: 'set-1',
        kind: 'claim',
        first: 'c-1',
        last: 'c-2',
        ids: ['c-1', 'c-2'],
        text: [group[4], group[1]].map((record) => JSON.stringify(record)).join('\n'),
        domains: [],
      },
    ]);
    expect(recordsIn(blocks[0]!)).toEqual(entities);

    // The next group starts empty, in order this time.
    builder.add(person('b', 'B'));
    builder.add(person('c', 'C'));
    expect([...builder.blocks()]).toEqual([
      expect.objectContaining({
        kind: 'entity',
        ids: ['b', 'c'],
        text: `${JSON.stringify(person('b', 'B'))}\n${JSON.stringify(person('c', 'C'))}`,
      }),
    ]);
  });

  it('splits a kind of more than 500 records into blocks of 500, as a whole shard is split', () => {
    const ids = Array.from({ length: BLOCK_RECORDS + 20 }, (_, n) => `p-${String(n).padStart(4, '0')}`);
    const builder = new BlockBuilder('set-2');
    for (const id of [...ids].reverse()) builder.add(person(id, id.toUpperCase()));
    const blocks = [...builder.blocks()];
    expect(blocks.map((block) => [block.first, block.last, block.ids.length])).toEqual([
      ['p-0000', 'p-0499', 500],
      ['p-0500', 'p-0519', 20],
    ]);
    expect(blocks.flatMap(recordsIn).map((record) => record.kind === 'entity' && record.name)).toEqual(
      ids.map((id) => id.toUpperCase()),
    );
    expect([
      ...eachBlock(
        'set-2',
        ids.map((id) => person(id, id.toUpperCase())),
      ),
    ]).toEqual(blocks);
  });
});
