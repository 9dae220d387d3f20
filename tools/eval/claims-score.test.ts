import { describe, expect, it } from 'vitest';
import { halfOf, samePostClaims, scoreClaims } from './claims-score';

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
      samePostPrecision: null,
      recall: 2 / 4,
      marksPer100: 100,
    });
  });

  it('counts every mark on unrelated news as false, per 100 texts', () => {
    const unrelated = [{ marked: ['x', 'x'] }, ...Array.from({ length: 99 }, () => ({ marked: [] }))];
    expect(scoreClaims(unrelated)).toMatchObject({ precision: null, recall: null, marks: 2, marksPer100: 2 });
  });
});

describe('samePostClaims', () => {
  it('counts a mark right on a copy of a post that the dataset pairs with the marked claim', () => {
    // CheckThat! 2025 Portuguese lists this post twice, once per fact-check of it; marking the
    // verbatim review on the copy labelled with the other is right by the dataset's own labels.
    const post = 'A FUNCIONARIA FANTASMA DO GOVERNO  Anieyl Gusmão Paiva … mora na Irlanda já faz 5 anos.';
    const texts = [
      { lang: 'pt', text: post, claimId: 'fantasma-irlanda' },
      { lang: 'pt', text: `${post.toLowerCase()}\n`, claimId: 'anieyl-comissionada' },
      { lang: 'pt', text: 'Outro post sobre a Irlanda.', claimId: 'irlanda' },
      // The same words in another language's pool are another post.
      { lang: 'es', text: post, claimId: 'fantasma-es' },
    ];
    const stated = samePostClaims(texts);
    expect(stated.map((claims) => claims.sort())).toEqual([
      ['anieyl-comissionada', 'fantasma-irlanda'],
      ['anieyl-comissionada', 'fantasma-irlanda'],
      ['irlanda'],
      ['fantasma-es'],
    ]);
    const score = scoreClaims([
      { gold: 'fantasma-irlanda', marked: ['anieyl-comissionada'], stated: stated[0] },
      { gold: 'anieyl-comissionada', marked: ['anieyl-comissionada'], stated: stated[1] },
      { gold: 'irlanda', marked: ['anieyl-comissionada'], stated: stated[2] },
    ]);
    // The label counts only the second; the same post makes the first right too, never the third.
    expect(score).toMatchObject({ precision: 1 / 3, samePostPrecision: 2 / 3, recall: 1 / 3 });
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
