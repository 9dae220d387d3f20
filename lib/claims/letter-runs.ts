/**
 * Runs of letters in a text, read code point by code point from a table learnt on first sight:
 * the claim terms and the language detector found their words with a regex per sentence and
 * block, and its match arrays and substrings were a good part of an article's claim matching.
 * The same code points as `\p{L}` and `\p{M}` in a `u` regex.
 */

export const LETTER = 1;
export const MARK = 2;
const KNOWN = 4;

const LETTER_PATTERN = /^\p{L}$/u;
const MARK_PATTERN = /^\p{M}$/u;
const unitKinds = new Uint8Array(65536);

function learn(codePoint: number): number {
  const char = String.fromCodePoint(codePoint);
  return (LETTER_PATTERN.test(char) ? LETTER : 0) | (MARK_PATTERN.test(char) ? MARK : 0);
}

/** `LETTER`, `MARK` or 0 for a code point (a lone surrogate is neither). */
export function kindOf(codePoint: number): number {
  if (codePoint < 0x80) {
    const lower = codePoint | 0x20;
    return lower >= 0x61 && lower <= 0x7a ? LETTER : 0;
  }
  if (codePoint > 0xffff) return learn(codePoint);
  let kind = unitKinds[codePoint]!;
  if (kind === 0) {
    kind = learn(codePoint) | KNOWN;
    unitKinds[codePoint] = kind;
  }
  return kind & ~KNOWN;
}

/** The code units of the code point at `at`. */
export const widthAt = (text: string, at: number): number => (text.codePointAt(at)! > 0xffff ? 2 : 1);

/** The end of the run of code points of `kinds` that starts at `at` (`at` itself when there is none). */
export function runEnd(text: string, at: number, kinds: number): number {
  let end = at;
  while (end < text.length) {
    const codePoint = text.codePointAt(end)!;
    if ((kindOf(codePoint) & kinds) === 0) break;
    end += codePoint > 0xffff ? 2 : 1;
  }
  return end;
}
