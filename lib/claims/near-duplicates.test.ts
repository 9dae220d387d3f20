import { describe, expect, it } from 'vitest';
import { newsPageNames, newsPageParagraphs } from '../../tests/fixtures/corpus/paragraphs';
import { generateClaims } from '../../tools/bench/claims/claim-generator';
import { compileIndex, deserializeIndex, matchArticle, serializeIndex } from '../match';
import { ClaimRecord } from '../schema/records';

const claim = (id: string, en: string) => ClaimRecord.parse({ kind: 'claim', id, title: { en } });
const claimIds = (index: ReturnType<typeof compileIndex>, text: string) =>
  matchArticle([text], index, { lang: 'en' })
    .filter((match) => match.kind === 'claim')
    .map((match) => match.id)
    .sort();
/** Fact-check-sized claims from the words of real news, so that rare words weigh as in a real pool. */
const pool = () => generateClaims(300, newsPageNames().flatMap(newsPageParagraphs));

// Motivated by the CheckThat! 2022 debates pool: PolitiFact reviewed Bernie Sanders' claim twice,
// in other words, and each review was the other's rival under the margin rule, so a debate
// sentence stating it was marked with neither.
const healthCare = [
  claim(
    'only-major-country-without-health-care-as-a-right',
    'The United States is "the only major country on earth that doesn\'t guarantee health care to all people as a right, not a privilege."',
  ),
  claim(
    'we-are-the-only-major-country-without-health-care-as-a-right',
    '"We are the only major country on Earth that doesn\'t guarantee health care to all people as a right."',
  ),
];

describe('near-duplicate claims', () => {
  it('marks every review of a claim reviewed twice in other words, instead of neither', () => {
    const index = compileIndex([], [...healthCare, ...pool()]);
    const sentence =
      'We remain the only major country on earth that does not guarantee health care to all people as a right.';
    expect(claimIds(index, sentence)).toEqual([
      'only-major-country-without-health-care-as-a-right',
      'we-are-the-only-major-country-without-health-care-as-a-right',
    ]);
    // The relation is kept in the selfie.
    const loaded = deserializeIndex(serializeIndex(index));
    expect(claimIds(loaded, sentence)).toEqual(claimIds(index, sentence));
    expect(Array.from(loaded.claims.nearList)).toEqual(Array.from(index.claims.nearList));
  });

  it('keeps claims on one topic that say different things rivals', () => {
    // Motivated by PolitiFact's two reviews of claims about Bill Nelson's record: they share the
    // senator and the verb, not the claim, so they are rivals and never marked together. The
    // sentence holds all of the first, in its wording ("Barack Obama", "98 percent"), and less
    // of the second: the first is marked under the smaller margin of phrases (score-statements.ts).
    const nelson = [
      claim('nelson-voted-with-obama', 'Says Bill Nelson voted "98 percent of the time" with Barack Obama.'),
      claim(
        'nelson-voted-to-cut-medicare',
        'Says Bill Nelson voted to cut $700 billion out of Medicare to pay for Obamacare.',
      ),
    ];
    const index = compileIndex([], [...nelson, ...pool()]);
    expect(index.claims.nearList).toHaveLength(0);
    expect(
      claimIds(
        index,
        'Bill Nelson voted with Barack Obama 98 percent of the time and cut Medicare by $700 billion.',
      ),
    ).toEqual(['nelson-voted-with-obama']);
  });
});
