import { describe, expect, it } from 'vitest';
import { kindOf, LETTER, MARK, runEnd } from './letter-runs';

describe('letter runs', () => {
  it('tells letters and marks as a u regex does, in every script and outside the BMP', () => {
    for (const char of [
      'a',
      'Z',
      'é',
      'ß',
      'д',
      'ї',
      'ก',
      'क',
      '中',
      'ǅ',
      '𝐀',
      '\u0301',
      '\u0e31',
      '1',
      '٣',
      ' ',
      '$',
      '😀',
      '\ud800',
      '\u00ad',
    ]) {
      const codePoint = char.codePointAt(0)!;
      const expected = (/^\p{L}$/u.test(char) ? LETTER : 0) | (/^\p{M}$/u.test(char) ? MARK : 0);
      expect(kindOf(codePoint), char).toBe(expected);
    }
  });

  it('ends a run of letters at the first code point that is none, keeping surrogate pairs whole', () => {
    expect(runEnd('Kyiv, 2022', 0, LETTER)).toBe(4);
    expect(runEnd('e\u0301te', 0, LETTER)).toBe(1);
    expect(runEnd('e\u0301te', 0, LETTER | MARK)).toBe(4);
    expect(runEnd('𝐀𝐁c!', 0, LETTER)).toBe(5);
    expect(runEnd('!abc', 0, LETTER)).toBe(0);
  });
});
