import { describe, expect, it } from 'vitest';
import { runToEnd } from '../time-slices';
import { buildTable, estimateKeysSteps, FormColumns } from './build-table';
import { FormKind, forEachPosting, lookupKey, postingOf } from './compiled-index';
import { CHUNK } from './int32-chunks';

/** `keys` distinct keys, each pushed `repeats` times by one entity, like a name in several languages. */
function columns(keys: number, repeats: number): FormColumns {
  const forms = new FormColumns();
  for (let key = 0; key < keys; key++) {
    const key1 = Math.imul(key + 1, 0x9e3779b1);
    const key2 = Math.imul(key + 1, 0x85ebca6b) ^ 0x5bd1e995;
    for (let repeat = 0; repeat < repeats; repeat++) forms.push(key1, key2, postingOf(key, FormKind.name));
  }
  return forms;
}

describe('the alias table', () => {
  // Issue 16: a million aliases are sized from an estimate of their distinct keys, not counted in
  // a hash set; the table's size, and so its load, rests on it.
  it('estimates the distinct keys of a million forms within a tenth of a percent', () => {
    const estimate = runToEnd(estimateKeysSteps(columns(400_000, 3)));
    expect(Math.abs(estimate - 400_000) / 400_000).toBeLessThan(0.001);
  });

  it('estimates a small pack all but exactly', () => {
    expect(Math.abs(runToEnd(estimateKeysSteps(columns(300, 4))) - 300)).toBeLessThanOrEqual(1);
  });

  it('finds every key when the estimate was far too low: the table starts again, larger', () => {
    const tooLow = function* () {
      yield;
      return 10;
    };
    const forms = columns(20_000, 2);
    const table = runToEnd(buildTable(forms, () => true, tooLow));
    const index = { ...table } as Parameters<typeof lookupKey>[0];
    expect(table.keyCount).toBe(20_000);
    expect(table.fingerprints.length).toBeGreaterThan(20_000);
    for (const key of [0, 9_999, 19_999]) {
      const found: number[] = [];
      const [key1, key2] = forms.keyChunks(key * 2);
      const at = (key * 2) % CHUNK;
      forEachPosting(index, lookupKey(index, key1[at]!, key2[at]!), (posting) => found.push(posting));
      expect(found).toEqual([postingOf(key, FormKind.name)]);
    }
  });
});
