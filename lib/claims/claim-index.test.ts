import { describe, expect, it } from 'vitest';
import { compileIndex, deserializeIndex, matchArticle, serializeIndex } from '../match';
import { ClaimRecord } from '../schema/records';

// Two imported AFP-style fact-checks on one topic: the index must tell them apart by their words.
const claims = [
  ClaimRecord.parse({
    kind: 'claim',
    id: 'leipzig-rathaus-versunken',
    title: { de: 'Das Alte Rathaus in Leipzig ist versunken' },
  }),
  ClaimRecord.parse({
    kind: 'claim',
    id: 'leipzig-rathaus-abgerissen',
    title: { de: 'Das Alte Rathaus in Leipzig wurde 2023 für einen Neubau abgerissen' },
    statements: { en: ["Leipzig's Old Town Hall was demolished in 2023 for a new building"] },
  }),
];

const claimIds = (index: ReturnType<typeof compileIndex>, text: string, lang: string) =>
  matchArticle([text], index, { lang })
    .filter((match) => match.kind === 'claim')
    .map((match) => match.id);

describe('claim index', () => {
  it('matches the same after a round trip through the selfie', () => {
    const compiled = compileIndex([], claims);
    const loaded = deserializeIndex(serializeIndex(compiled));
    const german = 'Angeblich wurde das Alte Rathaus in Leipzig 2023 für einen Neubau abgerissen.';
    const english =
      "Posts claim Leipzig's Old Town Hall was demolished in 2023 to make way for a new building.";
    for (const index of [compiled, loaded]) {
      expect(claimIds(index, german, 'de')).toEqual(['leipzig-rathaus-abgerissen']);
      expect(claimIds(index, english, 'en')).toEqual(['leipzig-rathaus-abgerissen']);
    }
    expect(loaded.claims.termKeys).toEqual(compiled.claims.termKeys);
  });

  it('keeps a claim in the statement languages it has', () => {
    const index = compileIndex([], claims);
    // The first claim has no French statement: a French page cannot match it by statements.
    expect(claimIds(index, "L'Ancien hôtel de ville de Leipzig s'est enfoncé dans le sol.", 'fr')).toEqual(
      [],
    );
  });

  it('indexes a statement in the language it clearly reads as, not the one its feed declares', () => {
    // Motivated by the CheckThat! 2025 Punjabi pool: Punjabi fact-checkers' reviews declare
    // Punjabi, some review English claims word for word, and an English post quoting one — read
    // as English, as a page's English block is — never met it.
    const review = ClaimRecord.parse({
      kind: 'claim',
      id: 'ielts-deportations',
      title: {
        pa: 'Indian students being deported back to india because of their FAKE IELTS exam result submissions',
      },
    });
    const punjabi = ClaimRecord.parse({
      kind: 'claim',
      id: 'manoj-tiwari-tweet',
      title: { pa: 'ਮਨੋਜ ਤਿਵਾਰੀ ਦਾ ਗਲਤ ਟਵੀਟ, ਜਿਸ ਵਿੱਚ ਦਿੱਲੀ ਦੇ ਮੁੱਖਮੰਤਰੀ ਬਾਰੇ ਗਲਤ ਦਾਅਵਾ ਕੀਤਾ ਗਿਆ ਹੈ' },
    });
    // A PolitiFact statement whose few function words read as French is still English: only a
    // statement in another script than its language's is read again.
    const gowdy = ClaimRecord.parse({
      kind: 'claim',
      id: 'gowdy-son-found-dead',
      title: { en: 'Says U.S. Rep. Trey Gowdy’s 8-year-old son found dead "in a dumpster in D.C."' },
    });
    const index = compileIndex([], [review, punjabi, gowdy]);
    const post =
      'Indian students being deported back to india because of their FAKE IELTS exam result submissions, share!';
    expect(claimIds(index, post, 'pa')).toEqual(['ielts-deportations']);
    // Each statement in its declared language's script stays in it.
    expect(index.claims.languages).toEqual(['en', 'pa']);
    const languageOf = (claim: number) => index.claims.languages[index.claims.statementLanguage[claim]!];
    expect([0, 1, 2].map(languageOf)).toEqual(['en', 'pa', 'en']);
  });
});
