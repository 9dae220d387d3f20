import { describe, expect, it } from 'vitest';
import { halfOf, scoreClaims } from './claims-score';

describe('scoreClaims', () => {
  it('counts a text right when its claim is among the marked, precision over marked texts only', () => {
    const score = scoreClaims([
      { gold: 'a', marked: ['a'] },
      // The right claim and a wrong one: still right (the reader sees the right card).
      { gold: 'b', marked: ['x', 'b'] },
      { gold: 'c', marked: ['x'] },
      { gold: 'd', marked: [] },
    ]);
    expect(score).toEqual({
      texts: 4,
      marked: 3,
      right: 2,
      marks: 4,
      precision: 2 / 3,
      recall: 2 / 4,
      marksPer100: 100,
    });
  });

  it('counts every mark on unrelated news as false, per 100 texts', () => {
    const unrelated = [{ marked: ['x', 'x'] }, ...Array.from({ length: 99 }, () => ({ marked: [] }))];
    expect(scoreClaims(unrelated)).toMatchObject({ precision: null, recall: null, marks: 2, marksPer100: 2 });
  });
});

describe('halfOf', () => {
  it('splits a pool into two fixed halves of about the same size', () => {
    const ids = Array.from({ length: 1000 }, (_, at) => `ct25t2-por-train-${String(at).padStart(5, '0')}`);
    const inA = ids.filter((id) => halfOf(id) === 0).length;
    expect(inA).toBeGreaterThan(450);
    expect(inA).toBeLessThan(550);
    // The same text is in the same half on every run and machine (CRC-32 of its id).
    expect(halfOf('ct25t2-ara-train-00000')).toBe(1);
  });
});
