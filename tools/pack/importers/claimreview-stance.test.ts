import { describe, expect, it } from 'vitest';
import { stanceOfRating } from './claimreview-stance';

describe('stanceOfRating', () => {
  it.each([
    ['False', 'disputes'],
    ['Falso', 'disputes'],
    ['Falso.', 'disputes'],
    ['Falsch', 'disputes'],
    ['Faux', 'disputes'],
    ['Engañoso', 'disputes'],
    ['Incorrect', 'disputes'],
    ['really_false', 'disputes'],
    ['Not true', 'disputes'],
    ['Pants on Fire!', 'disputes'],
    ['FALSO: As imagens foram retiradas do canal no YouTube de um corretor.', 'disputes'],
    ['زائف', 'disputes'],
    ['錯誤', 'disputes'],
    ['भ्रामक', 'disputes'],
    ['Неправда', 'disputes'],
    ['True', 'supports'],
    ['Verdadeiro', 'supports'],
    ['Richtig', 'supports'],
    ['Mostly true', 'supports'],
    ['Half true', 'context'],
    ['não_é_bem_assim', 'context'],
    ['Missing context', 'context'],
    ['Satire', 'context'],
    ['Reker hat diesen Satz nie gesagt. «Völliger Unsinn», heißt es dazu.', 'context'],
  ])('reads "%s" as %s', (label, stance) => {
    expect(stanceOfRating({ label })).toBe(stance);
  });

  it('lets the verdict word win over the numeric scale', () => {
    expect(stanceOfRating({ label: 'não_é_bem_assim', value: 5, best: 6, worst: 1 })).toBe('context');
  });

  it('falls back to the scale only when both of its ends are given', () => {
    expect(
      stanceOfRating({
        label: 'Ein langer Satz ohne Urteil über die Behauptung hier',
        value: 1,
        best: 5,
        worst: 1,
      }),
    ).toBe('disputes');
    expect(stanceOfRating({ value: 5, best: 5, worst: 1 })).toBe('supports');
    expect(stanceOfRating({ value: 3, best: 5, worst: 1 })).toBe('context');
    expect(stanceOfRating({ value: 1, best: 5 })).toBe('context');
    expect(stanceOfRating({ value: -1, best: -1, worst: -1 })).toBe('context');
    expect(stanceOfRating({})).toBe('context');
  });
});
