import { describe, expect, it } from 'vitest';
import { findClaims } from '../match/claim-sentences';
import { runToEnd } from '../time-slices';
import { termKey } from './claim-terms';
import { germanPool } from './testing/claim-pool';
import { verbStemAt } from './verb-forms';

// The stems of a statement vocabulary, as term keys: a word the statements lack is looked up in it.
const vocabulary = ['impf', 'ramm', 'wel', 'lacht', 'verlangert'];
const find = (key: number) => vocabulary.findIndex((stem) => termKey(`w${stem}`) === key);

describe('German verb forms', () => {
  const verbStem = (stem: string) => vocabulary[verbStemAt(stem, 'de', find)];

  it('reads the forms Snowball leaves with -t, -et and ge- as the stem the statements write', () => {
    // "rammten" stems to `rammt`, "geimpft" to `geimpft`: neither meets `ramm` or `impf`.
    expect(verbStem('rammt')).toBe('ramm');
    expect(verbStem('geimpft')).toBe('impf');
    // A stem of fewer than four letters is no verb form: "Welt" is not `wel`.
    expect(verbStem('welt')).toBeUndefined();
    expect(verbStemAt('rammt', 'nl', find)).toBe(-1);
  });

  it('reads an infinitive or a noun as the -t form the statements write', () => {
    // "vor lachen" is `lach`, the statement's "lacht" `lacht`; "Verlängerung" is `verlanger`,
    // the statement's "verlängert" `verlangert`.
    expect(verbStem('lach')).toBe('lacht');
    expect(verbStem('verlanger')).toBe('verlangert');
    expect(verbStem('lac')).toBeUndefined();
  });

  it('marks a sentence that writes the verb of a claim in another form', () => {
    // Motivated by the CheckThat! 2025 German posts (`verb-forms.ts`).
    const index = germanPool(['Australische Militärschiffe rammen hier ein Boot illegal Einwandernder.']);
    const marks = (text: string) =>
      runToEnd(findClaims([text], index, [], 'de')).map(({ claim, evidence }) => ({ claim, evidence }));
    expect(marks('Zwei Militärschiffe rammten einen mit illegalen Einwanderern beladenen Kahn.')).toEqual([
      { claim: 'de-claim-0', evidence: 'Militärschiffe · rammten · illegalen' },
    ]);
  });

  it('marks a sentence that writes the verb of a claim as a noun', () => {
    // Motivated by the CheckThat! 2025 German posts (`LONGER` in `verb-forms.ts`).
    const index = germanPool(['Die Regierung hat die Corona-Maßnahmen bis zum 31.12.2021 verlängert']);
    const marks = (text: string) =>
      runToEnd(findClaims([text], index, [], 'de')).map(({ claim, evidence }) => ({ claim, evidence }));
    expect(marks('Verlängerung der Maßnahmen bis zum 31.12.2021!')).toEqual([
      { claim: 'de-claim-0', evidence: 'Verlängerung · Maßnahmen · 31.12.2021' },
    ]);
  });
});
