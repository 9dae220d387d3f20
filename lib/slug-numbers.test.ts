import { describe, expect, it } from 'vitest';
import { SlugNumbers } from './slug-numbers';

describe('slug numbers', () => {
  // The compiler numbers entities as the store hands them over and skips one it has (a pack and
  // the reader's own data may both hold "olaf-scholz"); claims then look their entities up.
  it('number slugs as they come and find each again, across the table growing', () => {
    const numbers = new SlugNumbers();
    const slugs = Array.from({ length: 20_000 }, (_, n) => `person-${n * 3}`);
    expect(slugs.map((slug) => numbers.append(slug))).toEqual(slugs.map((_, index) => index));
    expect(numbers.count).toBe(20_000);
    for (const index of [0, 255, 256, 511, 19_999]) expect(numbers.get(slugs[index]!)).toBe(index);
    // A slug that starts another, or extends it, is still another: "person-3" is not "person-31".
    expect(numbers.get('person-3')).toBe(1);
    expect(numbers.get('person-31')).toBeUndefined();
    expect(numbers.get('person-')).toBeUndefined();
    expect(new TextDecoder().decode(numbers.joined())).toBe(slugs.join('\n'));
    expect(numbers.startOf(2)).toBe('person-0\nperson-3\n'.length);
  });

  it('join to nothing when there are none', () => {
    expect(new SlugNumbers().joined().length).toBe(0);
  });

  it('refuse a slug that is not ASCII and keep the ones before it', () => {
    const numbers = new SlugNumbers();
    numbers.append('olaf-scholz');
    expect(() => numbers.append('olaf-schölz')).toThrow(/not ASCII/);
    expect(numbers.count).toBe(1);
    expect(new TextDecoder().decode(numbers.joined())).toBe('olaf-scholz');
  });
});
