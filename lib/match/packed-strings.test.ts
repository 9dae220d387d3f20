import { describe, expect, it } from 'vitest';
import { PackedStrings } from './packed-strings';

describe('packed strings', () => {
  // The surnames the compiler keeps to the end of an install: Latin with diacritics and Cyrillic.
  it('give back each string as it was pushed, across the arrays growing', () => {
    const surnames = ['Ermak', 'Scholz', 'Єрмак', 'Müller-Lüdenscheidt', '', 'Шевченко'];
    const list = new PackedStrings();
    for (let round = 0; round < 400; round++) for (const surname of surnames) list.push(surname);
    expect(list.length).toBe(2_400);
    for (const index of [0, 2, 3, 4, 5, 1_203, 2_399]) expect(list.at(index)).toBe(surnames[index % 6]);
  });
});
