import { describe, expect, it } from 'vitest';
import { findClaims } from '../match/claim-sentences';
import { runToEnd } from '../time-slices';
import { findTerm } from './claim-index';
import { termsOf } from './claim-terms';
import { isFixedPair } from './fixed-pairs';
import { germanPool as poolOf } from './testing/claim-pool';
import { THRESHOLDS } from './thresholds';

/** Real claims of the CheckThat! 2025 German pool that write "Covid-19". */
const COVID_CLAIMS = [
  'Covid-19 ist nur eine Grippe, die zu keiner Übersterblichkeit geführt hat.',
  'Covid-19-Impfungen töten mehr Menschen als sie retten',
  'Covid-19 ist der Name einer Massenvernichtungswaffe',
  'Covid-19-Impfstoffe könnten Frauen unfruchtbar machen.',
  'Der deutsche Bundestag plante bereits 2012 die Covid-19-Pandemie.',
  'Covid-19-Impfstoff sei in einer einfachen Plastikbox transportiert worden, obwohl er bei minus 70 Grad gekühlt werden muss.',
];

const germanPool = () => poolOf(COVID_CLAIMS);

describe('fixed pairs', () => {
  it('finds the words a pool nearly always writes together, not words that share a statement once', () => {
    const index = germanPool();
    const at = (word: string) => findTerm(index, termsOf(word, 'de')[0]!.key);
    // "Covid" and "19" stand together in all six statements that hold either.
    expect(isFixedPair(index, at('Covid'), at('19'), THRESHOLDS.fixedPairs)).toBe(true);
    // "Grippe" and "Übersterblichkeit" share their one statement: two words, not a name.
    expect(isFixedPair(index, at('Grippe'), at('Übersterblichkeit'), THRESHOLDS.fixedPairs)).toBe(false);
  });

  it('counts a name of two terms as one piece of evidence and no phrase', () => {
    // Motivated by the CheckThat! 2025 German posts: a post on a virologist who found "Covid in
    // keiner der 1.500 Proben" was marked with "Covid-19 ist nur eine Grippe, die zu keiner
    // Übersterblichkeit geführt hat" on three pieces, two of them the name "Covid 19", which also
    // counted as a phrase of the claim's wording and lowered its bar.
    const index = germanPool();
    const post =
      'Ich habe 1500 positive Covid 19-Proben getestet, und alle waren nur eine Grippe, keine Spur von Covid.';
    const marked = (thresholds = THRESHOLDS) =>
      runToEnd(findClaims([post], index, [], 'de', thresholds)).map((mark) => mark.claim);
    expect(marked({ ...THRESHOLDS, fixedPairs: { claims: Number.POSITIVE_INFINITY, together: 1 } })).toEqual([
      'de-claim-0',
    ]);
    expect(marked()).toEqual([]);
    // A sentence that states the claim keeps its mark: the name is one piece among others.
    expect(
      runToEnd(
        findClaims(
          ['Covid-19 sei nur eine Grippe gewesen, eine Übersterblichkeit habe es nie gegeben.'],
          index,
          [],
          'de',
        ),
      ).map((mark) => mark.claim),
    ).toEqual(['de-claim-0']);
  });

  it('counts a number and the word a hyphen joins it to as one piece, whatever the pool', () => {
    // Motivated by the CheckThat! 2025 German posts: "Erkältungsviren von SARS-Cov-2 … zu
    // unterscheiden" was marked with "Nachrichtenartikel wussten schon seit Jahren vom neuartigen
    // Coronavirus SARS-CoV-2" on the name alone ("SARS · Cov · 2"): one statement writes it, so
    // the fixed-pair rule, which needs five claims, never saw it as a name.
    const index = poolOf([
      ...COVID_CLAIMS,
      'Nachrichtenartikel wussten schon seit Jahren vom neuartigen Coronavirus SARS-CoV-2',
    ]);
    const marked = (text: string) => runToEnd(findClaims([text], index, [], 'de')).map((mark) => mark.claim);
    expect(marked('Bisher war es nicht möglich, Erkältungsviren von SARS-Cov-2 zu unterscheiden.')).toEqual(
      [],
    );
    // Only the number joins: "SARS" and "CoV" stay two words, and the claim stated is marked.
    expect(
      termsOf('SARS-CoV-2', 'de').map((term) => term.withBefore ?? false),
      'only the number joins',
    ).toEqual([false, false, true]);
    expect(marked('Nachrichtenartikel kannten SARS-CoV-2 schon seit Jahren.')).toEqual(['de-claim-6']);
  });
});
