import { describe, expect, it } from 'vitest';
import { CasePolicy } from './compiled-index';
import { casePolicyOf, letterCount } from './letter-case';

describe('casePolicyOf', () => {
  it('reads the case as the pack writes it, in Latin, Cyrillic and outside the BMP', () => {
    // "dpa" is written in lower case by the agency itself; "NATO" and "ЗСУ" only in capitals.
    expect(casePolicyOf('dpa')).toBe(CasePolicy.asWritten);
    expect(casePolicyOf('NATO')).toBe(CasePolicy.capitals);
    expect(casePolicyOf('Nato')).toBe(CasePolicy.capital);
    expect(casePolicyOf('ЗСУ')).toBe(CasePolicy.capitals);
    expect(casePolicyOf('Зеленський')).toBe(CasePolicy.capital);
    expect(casePolicyOf('ÖVP')).toBe(CasePolicy.capitals);
    expect(casePolicyOf('Ö.')).toBe(CasePolicy.capital);
    expect(casePolicyOf('straße')).toBe(CasePolicy.asWritten);
    expect(casePolicyOf('G7')).toBe(CasePolicy.capital);
    expect(casePolicyOf('习近平')).toBe(CasePolicy.capital);
    expect(casePolicyOf('𝐍𝐀𝐓𝐎 dpa')).toBe(CasePolicy.asWritten);
  });
});

describe('letterCount', () => {
  it('counts letters and leaves out digits, marks and punctuation', () => {
    expect(letterCount('Xi')).toBe(2);
    expect(letterCount("O'Neill-Smith")).toBe(11);
    expect(letterCount('Сі')).toBe(2);
    expect(letterCount('G7')).toBe(1);
  });
});
