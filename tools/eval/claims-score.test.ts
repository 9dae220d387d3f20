import { describe, expect, it } from 'vitest';
import { debateDate } from './claims-data';
import { halfOf, sameEventClaims, samePostClaims, scoreClaims } from './claims-score';

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

describe('sameEventClaims', () => {
  it("counts a mark right when it is PolitiFact's check of the speaker's claim at that debate", () => {
    // CheckThat! 2022 labels Carly Fiorina's sentence at the Boulder debate with Mitt Romney's
    // claim of 2012; PolitiFact checked her saying it that evening.
    const texts = [
      {
        text: "92 percent of the jobs lost during Barack Obama's first term belonged to women.",
        speaker: 'FIORINA',
        date: '2015-10-28',
      },
      // The same words by another speaker, and by her a week later: not that check.
      { text: '92 percent of the jobs lost …', speaker: 'TRUMP', date: '2015-10-28' },
      { text: '92 percent of the jobs lost …', speaker: 'FIORINA', date: '2015-11-04' },
      // A transcript dated by its UTC day, the day after the check.
      { text: '10 cents on the dollar …', speaker: 'PENCE', date: '2016-10-05' },
      { text: 'No speaker.', date: '2016-10-05' },
    ];
    const claims = [
      { claimId: 'fiorina', claimant: 'Carly Fiorina', date: '2015-10-28' },
      { claimId: 'romney', claimant: 'Mitt Romney', date: '2012-04-06' },
      { claimId: 'pence', claimant: 'Mike Pence', date: '2016-10-04' },
      { claimId: 'undated', claimant: 'Carly Fiorina' },
    ];
    expect(sameEventClaims(texts, claims)).toEqual([['fiorina'], [], [], ['pence'], []]);
    const score = scoreClaims([{ gold: 'romney', marked: ['fiorina'], stated: ['fiorina'] }]);
    expect(score).toMatchObject({ precision: 0, samePostPrecision: 1, recall: 0 });
  });

  it('reads the speaker label word by word, titles and states beside the name', () => {
    const texts = [{ speaker: 'SEN. BERNIE SANDERS, I-VT', date: '2016-03-09' }];
    const claims = [
      { claimId: 'sanders', claimant: 'Bernie Sanders', date: '2016-03-09' },
      { claimId: 'sand', claimant: 'George Sand', date: '2016-03-09' },
    ];
    expect(sameEventClaims(texts, claims)).toEqual([['sanders']]);
  });

  it("takes the debate's day from the transcript's id", () => {
    expect(debateDate('20151028_GOP_boulder')).toBe('2015-10-28');
    expect(debateDate('GOP_boulder')).toBeUndefined();
    expect(debateDate(undefined)).toBeUndefined();
  });
});
