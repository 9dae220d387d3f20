import { describe, expect, it } from 'vitest';
import { runToEnd } from '../time-slices';
import { EntityIdBuilder, encodeEntityIdsSteps, entityIdAt } from './entity-ids';

describe('entity ids', () => {
  it('are encoded in steps as one newline-separated blob, each found again by its index', () => {
    // More ids than one step encodes, so the step boundaries are crossed.
    const ids = Array.from({ length: 40_000 }, (_, n) => `person-${n}-${'x'.repeat(n % 5)}`);
    const table = runToEnd(encodeEntityIdsSteps(ids));
    expect(new TextDecoder().decode(table.bytes)).toBe(ids.join('\n'));
    for (const index of [0, 31, 32, 16_383, 16_384, 16_385, 39_999])
      expect(entityIdAt(table, index)).toBe(ids[index]);
  });

  // The compiler numbers entities as the store hands them over and skips one it has (a pack and
  // the reader's own data may both hold "olaf-scholz"); claims then look their entities up.
  it('are numbered as the compiler meets them and found again by id, across the table growing', () => {
    const builder = new EntityIdBuilder();
    const ids = Array.from({ length: 20_000 }, (_, n) => `person-${n * 3}`);
    expect(ids.map((id) => builder.append(id))).toEqual(ids.map((_, index) => index));
    expect(builder.count).toBe(20_000);
    for (const index of [0, 255, 256, 511, 19_999]) expect(builder.get(ids[index]!)).toBe(index);
    // An id that starts another, or extends it, is still another id: "person-3" is not "person-31".
    expect(builder.get('person-3')).toBe(1);
    expect(builder.get('person-31')).toBeUndefined();
    expect(builder.get('person-')).toBeUndefined();
    const table = builder.table();
    expect(new TextDecoder().decode(table.bytes)).toBe(ids.join('\n'));
    expect(entityIdAt(table, 12_345)).toBe(ids[12_345]);
  });

  it('make an empty table when there are none', () => {
    const table = new EntityIdBuilder().table();
    expect(table.count).toBe(0);
    expect(table.bytes.length).toBe(0);
  });

  it('refuse an id that is not an ASCII slug rather than store it wrongly', () => {
    expect(() => new EntityIdBuilder().append('olaf-schölz')).toThrow(/not ASCII/);
  });
});
