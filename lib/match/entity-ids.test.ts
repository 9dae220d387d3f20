import { describe, expect, it } from 'vitest';
import { runToEnd } from '../time-slices';
import { encodeEntityIdsSteps, entityIdAt } from './entity-ids';

describe('entity ids', () => {
  it('are encoded in steps as one newline-separated blob, each found again by its index', () => {
    // More ids than one step encodes, so the step boundaries are crossed.
    const ids = Array.from({ length: 40_000 }, (_, n) => `person-${n}-${'x'.repeat(n % 5)}`);
    const table = runToEnd(encodeEntityIdsSteps(ids));
    expect(new TextDecoder().decode(table.bytes)).toBe(ids.join('\n'));
    for (const index of [0, 31, 32, 16_383, 16_384, 16_385, 39_999])
      expect(entityIdAt(table, index)).toBe(ids[index]);
  });
});
