import { describe, expect, it } from 'vitest';
import { newsPageNames, newsPageParagraphs } from '../../tests/fixtures/corpus/paragraphs';
import { generateClaims } from '../../tools/bench/claims/claim-generator';
import { compileIndex, matchArticle } from '../match';
import { ClaimRecord } from '../schema/records';

const claimIds = (index: ReturnType<typeof compileIndex>, text: string, lang: string) =>
  matchArticle([text], index, { lang })
    .filter((match) => match.kind === 'claim')
    .map((match) => match.id);

describe('statement scoring', () => {
  it('marks no claim when another claim of the pool is stated almost as well', () => {
    // Motivated by the CheckThat! 2025 Portuguese pool, which holds both of these reviews of one
    // hoax: a post holding much of both got the wrong one about as often as the right one.
    const index = compileIndex(
      [],
      [
        ClaimRecord.parse({
          kind: 'claim',
          id: 'lula-noruega',
          title: { pt: 'O ex-presidente Lula vendeu o solo da Amazônia para a Noruega' },
        }),
        ClaimRecord.parse({
          kind: 'claim',
          id: 'lula-empresa-norueguesa',
          title: { pt: 'O ex-presidente Lula vendeu o solo da Amazônia para uma empresa norueguesa' },
        }),
        ClaimRecord.parse({
          kind: 'claim',
          id: 'noruega-baleias',
          title: { pt: 'Noruega mata mil baleias por ano' },
        }),
      ],
    );
    expect(claimIds(index, 'Lula vendeu o solo da Amazônia para a Noruega.', 'pt')).toEqual(['lula-noruega']);
    expect(claimIds(index, 'Lula vendeu a Amazônia para uma empresa norueguesa', 'pt')).toEqual([
      'lula-empresa-norueguesa',
    ]);
    // "uma empresa da Noruega": both reviews fit, and which one the post states is a guess.
    expect(claimIds(index, 'Lula vendeu o solo da Amazônia para uma empresa da Noruega.', 'pt')).toEqual([]);
  });

  it('asks for more of a statement among few statements than in a large pool', () => {
    // Motivated by the starter pack: among its few statements every word weighs about the same,
    // and half of "Boris Johnson persuaded Ukraine to leave the Istanbul talks" is the people and
    // the place alone. In a pool of hundreds, rare words carry the weight, and half of the
    // statement's weight is its specific words.
    const claim = ClaimRecord.parse({
      kind: 'claim',
      id: 'johnson-ended-istanbul-talks',
      title: { en: 'Boris Johnson persuaded Ukraine to leave the Istanbul talks' },
    });
    const sentence = 'Boris Johnson urged Ukraine to quit, and the talks ended.';
    expect(claimIds(compileIndex([], [claim]), sentence, 'en')).toEqual([]);
    // The same claim among 300 others (fact-check-sized claims from the words of real news).
    const pool = compileIndex(
      [],
      [claim, ...generateClaims(300, newsPageNames().flatMap(newsPageParagraphs))],
    );
    expect(claimIds(pool, sentence, 'en')).toEqual(['johnson-ended-istanbul-talks']);
  });
});
