import { describe, expect, it } from 'vitest';
import { hashUnits, WrittenWords } from './written-words';

const hashOf = (word: string) => hashUnits(word, 0, word.length);

describe('written words', () => {
  it('finds a word by where it stands in a text, told apart from others with the same hash', () => {
    const words = new WrittenWords<string>(100);
    words.set('Milliarden', 7, 'first');
    words.set('Dollar', 7, 'second');
    const text = '100 Milliarden Dollar';
    expect(words.get(text, 4, 14, 7)).toBe('first');
    expect(words.get(text, 15, 21, 7)).toBe('second');
    expect(words.get(text, 4, 13, 7)).toBeUndefined();
    expect(words.get(text, 15, 21, 8)).toBeUndefined();
  });

  it('keeps thousands of words, and forgets them all at its capacity', () => {
    const words = new WrittenWords<number>(5_000);
    for (let at = 0; at < 5_000; at++) words.set(`word${at}`, hashOf(`word${at}`), at);
    expect(words.get('a word1234 here', 2, 10, hashOf('word1234'))).toBe(1234);
    words.set('another', hashOf('another'), -1);
    expect(words.get('word1234', 0, 8, hashOf('word1234'))).toBeUndefined();
    expect(words.get('another', 0, 7, hashOf('another'))).toBe(-1);
  });
});
