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
});
