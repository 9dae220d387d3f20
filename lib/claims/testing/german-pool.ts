import { newsPageNames, newsPageParagraphs } from '../../../tests/fixtures/corpus/paragraphs';
import { generateClaims } from '../../../tools/bench/claims/claim-generator';
import { compileIndex } from '../../match';
import { ClaimRecord } from '../../schema/records';

/**
 * German claims (`de-claim-0`, `de-claim-1`…) among 300 fact-check-sized others, so rarity means
 * something (not a sparse pool): the claim index the tests of German claim rules read.
 */
export function germanPool(titles: readonly string[]) {
  const filler = generateClaims(300, newsPageNames().flatMap(newsPageParagraphs)).map((claim) => ({
    ...claim,
    title: { de: claim.title.en! },
    statements: {},
  }));
  const claims = titles.map((title, at) =>
    ClaimRecord.parse({ kind: 'claim', id: `de-claim-${at}`, title: { de: title } }),
  );
  return compileIndex([], [...claims, ...filler]).claims;
}
