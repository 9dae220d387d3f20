import { describe, expect, it } from 'vitest';
import { sortedHas } from '../sorted-search';
import { termsOf } from './claim-terms';
import { phraseKey, statementPhrases } from './phrases';

const keys = (text: string) => termsOf(text, 'pt').map((term) => term.key);

describe('phrases', () => {
  it('keeps the adjacent pairs of kept terms, in order, skipping the terms the index leaves out', () => {
    // CheckThat! 2025 Portuguese: "vacina chinesa" is how one claim about Bolsonaro puts it.
    const [bolsonaro, vacina, chinesa] = keys('Bolsonaro vacina chinesa');
    const sequence = keys('Bolsonaro diz que a vacina chinesa mata');
    const diz = keys('diz')[0]!;
    const { starts, list } = statementPhrases([sequence], (key) => key !== diz);
    const holds = (a: number, b: number) => sortedHas(list, phraseKey(a, b), starts[0]!, starts[1]!);
    expect(holds(vacina!, chinesa!)).toBe(true);
    // "diz" is left out (a pool's common word), so "Bolsonaro" and "vacina" stand side by side.
    expect(holds(bolsonaro!, vacina!)).toBe(true);
    // Order counts: "chinesa vacina" is not the statement's wording.
    expect(holds(chinesa!, vacina!)).toBe(false);
    expect(list.length).toBe(3);
  });
});
