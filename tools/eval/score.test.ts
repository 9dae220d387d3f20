import { describe, expect, it } from 'vitest';
import { type Gold, precisionRecall, scorePage, sumCounts } from './score';

const gold: Gold = {
  page: 'p.html',
  isArticle: true,
  mentions: [
    { entity: 'antony-blinken', surface: 'Blinken' },
    { entity: 'antony-blinken', surface: 'Blinken' },
    { entity: 'mark-milley', surface: 'Mark Milley' },
  ],
  forbidden: [],
  claims: ['blinken-overruled-milley-2022'],
  notClaims: [],
};

describe('evaluation scoring', () => {
  it('counts mentions as a multiset of (entity, surface) pairs', () => {
    const score = scorePage(gold, {
      mentions: [
        { entity: 'antony-blinken', surface: 'Blinken' },
        { entity: 'mark-milley', surface: 'Milley' },
      ],
      claims: ['blinken-overruled-milley-2022', 'blinken-overruled-milley-2022'],
    });
    expect(score.mentions).toEqual({ truePositives: 1, found: 2, expected: 3 });
    expect(score.extraMentions).toEqual(['mark-milley\tMilley']);
    expect(score.missedMentions.sort()).toEqual(['antony-blinken\tBlinken', 'mark-milley\tMark Milley']);
    expect(score.claims).toEqual({ truePositives: 1, found: 1, expected: 1 });
  });

  it('gives precision and recall, perfect when there is nothing to find and nothing found', () => {
    expect(precisionRecall({ truePositives: 1, found: 2, expected: 4 })).toEqual({
      precision: 0.5,
      recall: 0.25,
    });
    expect(precisionRecall({ truePositives: 0, found: 0, expected: 0 })).toEqual({ precision: 1, recall: 1 });
    expect(
      sumCounts([gold.mentions.length, 2].map((n) => ({ truePositives: n, found: n, expected: n }))),
    ).toEqual({
      truePositives: 5,
      found: 5,
      expected: 5,
    });
  });
});
