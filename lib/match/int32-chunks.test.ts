import { describe, expect, it } from 'vitest';
import { runToEnd } from '../time-slices';
import { Int32Chunks } from './int32-chunks';

describe('Int32Chunks', () => {
  // The compiler's columns hold millions of token hashes and postings: any 32-bit value.
  it('gives back every value pushed, across chunks, in order', () => {
    const list = new Int32Chunks();
    const expected: number[] = [];
    let hash = 0x811c9dc5 | 0;
    for (let n = 0; n < 200_000; n++) {
      hash = Math.imul(hash ^ n, 0x01000193);
      list.push(hash);
      expected.push(hash);
    }
    expect(list.length).toBe(200_000);
    expect([list.at(0), list.at(65_535), list.at(65_536), list.at(199_999)]).toEqual([
      expected[0],
      expected[65_535],
      expected[65_536],
      expected[199_999],
    ]);
    expect(Array.from(runToEnd(list.toArraySteps()))).toEqual(expected);
  });

  it('makes an empty array of an empty list', () => {
    expect(runToEnd(new Int32Chunks().toArraySteps())).toEqual(new Int32Array(0));
  });
});
