import { describe, expect, it } from 'vitest';
import { languageOfClaim } from './claimreview-language';

describe('languageOfClaim', () => {
  it('keeps the declared language when the text is in its script', () => {
    expect(languageOfClaim('Das Alte Rathaus in Leipzig ist versunken', 'de')).toBe('de');
    expect(languageOfClaim('मुंबई में पाऊस', 'mr')).toBe('mr');
  });

  it("overrides a declaration the text's script contradicts", () => {
    expect(languageOfClaim('मौलवी ने कराई थी प्रियंका गांधी और रॉबर्ट वाड्रा की शादी', 'en')).toBe('hi');
    expect(languageOfClaim('Україна відновила постачання', 'ru')).toBe('uk');
  });

  it('recognises an undeclared Latin-script text by its commonest words, or leaves it unknown', () => {
    expect(languageOfClaim('Die Stadt nennt das Zitat Unsinn und ist empört', undefined)).toBe('de');
    expect(languageOfClaim('En España hay litio, pero se prohíben las prospecciones', undefined)).toBe('es');
    expect(languageOfClaim('Interferon alpha-2b', undefined)).toBeUndefined();
  });
});
