import { describe, expect, it } from 'vitest';
import { sortedHas, sortedIndexOf } from './sorted-search';

describe('sorted search', () => {
  // Term keys and role keys are unsigned hashes; a statement's phrases are a range of one list.
  const keys = Uint32Array.from([3, 17, 2_654_435_761, 4_294_967_295]);

  it('finds a value and its position, including the largest unsigned key', () => {
    expect([0, 1, 2, 3].map((at) => sortedIndexOf(keys, keys[at]!))).toEqual([0, 1, 2, 3]);
    expect([sortedIndexOf(keys, 4), sortedIndexOf(new Uint32Array(0), 4)]).toEqual([-1, -1]);
  });

  it('looks only inside the range it is given', () => {
    const phrases = Uint16Array.from([5, 9, 2, 7]);
    expect([sortedHas(phrases, 9, 0, 2), sortedHas(phrases, 7, 0, 2), sortedHas(phrases, 7, 2, 4)]).toEqual([
      true,
      false,
      true,
    ]);
  });
});
