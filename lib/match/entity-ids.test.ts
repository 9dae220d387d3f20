import { describe, expect, it } from 'vitest';
import { SlugNumbers } from '../slug-numbers';
import { entityIdAt, entityIdTable } from './entity-ids';

describe('entity ids', () => {
  it('are one newline-separated blob, each found again by its index', () => {
    const ids = Array.from({ length: 40_000 }, (_, n) => `person-${n}-${'x'.repeat(n % 5)}`);
    const numbers = new SlugNumbers();
    for (const id of ids) numbers.append(id);
    const table = entityIdTable(numbers);
    expect(new TextDecoder().decode(table.bytes)).toBe(ids.join('\n'));
    for (const index of [0, 31, 32, 16_383, 16_384, 16_385, 39_999])
      expect(entityIdAt(table, index)).toBe(ids[index]);
  });

  it('make a table of the slugs the compiler numbered, empty when there are none', () => {
    const numbers = new SlugNumbers();
    const ids = Array.from({ length: 1_000 }, (_, n) => `Q${n * 7}`);
    for (const id of ids) numbers.append(id);
    const table = entityIdTable(numbers);
    expect(table.count).toBe(1_000);
    for (const index of [0, 31, 32, 33, 999]) expect(entityIdAt(table, index)).toBe(ids[index]);
    expect(entityIdTable(new SlugNumbers())).toMatchObject({ count: 0, bytes: new Uint8Array(0) });
  });
});
