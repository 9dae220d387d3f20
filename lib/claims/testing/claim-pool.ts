import { newsPageNames, newsPageParagraphs } from '../../../tests/fixtures/corpus/paragraphs';
import { generateClaims } from '../../../tools/bench/claims/claim-generator';
import { compileIndex } from '../../match';
import { ClaimRecord } from '../../schema/records';

/**
 * Claims of `language` (`<language>-claim-0`, `<language>-claim-1`…) among 300 fact-check-sized
 * others in that language, so rarity means something (not a sparse pool): the claim index the
 * tests of claim rules for large pools read.
 */
export function claimPool(language: string, titles: readonly string[]) {
  const filler = generateClaims(300, newsPageNames().flatMap(newsPageParagraphs)).map((claim) => ({
    ...claim,
    title: { [language]: claim.title.en! },
    statements: {},
  }));
  const claims = titles.map((title, at) =>
    ClaimRecord.parse({ kind: 'claim', id: `${language}-claim-${at}`, title: { [language]: title } }),
  );
  return compileIndex([], [...claims, ...filler]).claims;
}

/** German claims (`de-claim-0`, `de-claim-1`…) in a pool of 300 (`claimPool`). */
export const germanPool = (titles: readonly string[]) => claimPool('de', titles);
