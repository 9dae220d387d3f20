import { describe, expect, it } from 'vitest';
import { runToEnd } from '../time-slices';
import { HashSet32 } from './hash-set';

const members = (set: HashSet32) => {
  const seen: number[] = [];
  runToEnd(
    set.forEachSteps((hash) => {
      seen.push(hash);
    }),
  );
  return seen.sort((a, b) => a - b);
};

describe('HashSet32', () => {
  it('keeps each hash once, 0 and negative ones included, across growth', () => {
    const set = new HashSet32();
    const expected = new Set<number>();
    // Hashes as the scanner makes them (Math.imul results: any 32-bit value), with repeats.
    let hash = 0x811c9dc5 | 0;
    for (let n = 0; n < 50_000; n++) {
      hash = Math.imul(hash ^ (n % 7_919), 0x01000193);
      set.add(hash);
      expected.add(hash);
    }
    set.add(0);
    set.add(0);
    expected.add(0);
    expect(set.size).toBe(expected.size);
    expect(members(set)).toEqual([...expected].sort((a, b) => a - b));
  });

  it('finds every hash it holds while it grows, and none it does not', () => {
    const set = new HashSet32();
    const hashes: number[] = [];
    let hash = 0x2545f491;
    for (let n = 0; n < 200_000; n++) {
      hash = Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d);
      hashes.push(hash);
      expect(set.add(hash)).toBe(true);
      // Midway through moving the old table: the newest and the earliest are both found.
      if (n % 997 === 0)
        expect([set.has(hash), set.has(hashes[0]!), set.has(hash + 1)]).toEqual([true, true, false]);
    }
    expect(hashes.every((added) => set.has(added) && !set.add(added))).toBe(true);
    expect(members(set)).toEqual([...new Set(hashes)].sort((a, b) => a - b));
  });

  it('treats a hash given as an unsigned number like its signed twin', () => {
    const set = new HashSet32();
    set.add(0xffffffff);
    set.add(-1);
    expect(set.size).toBe(1);
  });

  // The name frequencies of a million aliases: how many people share each first word and surname.
  it('counts how often each hash was added, while it grows and after', () => {
    const set = new HashSet32({ counting: true });
    const expected = new Map<number, number>();
    let hash = 0x2545f491;
    for (let n = 0; n < 300_000; n++) {
      hash = Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d);
      // Zipf-like repeats, as first names have them: a few very common, most rare.
      const word = n % 3 === 0 ? hash % 50 : hash;
      set.add(word);
      expected.set(word | 0, (expected.get(word | 0) ?? 0) + 1);
      if (n % 7_919 === 0) expect(set.count(word)).toBe(expected.get(word | 0));
    }
    expect(set.size).toBe(expected.size);
    expect([...expected].every(([word, count]) => set.count(word) === count)).toBe(true);
    expect(set.count(123_456_789)).toBe(expected.get(123_456_789) ?? 0);
  });
});
