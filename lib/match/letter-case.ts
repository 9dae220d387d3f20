import { CasePolicy } from './compiled-index';

/**
 * What the compiler asks of the letters of each form: how many there are and whether they are
 * all lower case or all capitals. Read per code unit from a table learnt on first sight, because
 * a regex and new strings per form were 5–10 % of a million-alias compile; forms with surrogate
 * pairs (letters outside the BMP) take the regex.
 */

const KNOWN = 1;
const LETTER = 2;
/** The letter is its own lower case, its own upper case, or has no case at all. */
const IS_LOWER = 4;
const IS_UPPER = 8;
const UNCASED = 16;

const unitKinds = new Uint8Array(65536);
const LETTER_PATTERN = /^\p{L}$/u;

function learnUnit(code: number): number {
  const char = String.fromCharCode(code);
  let kind = KNOWN;
  if (LETTER_PATTERN.test(char)) {
    const lower = char.toLowerCase();
    const upper = char.toUpperCase();
    kind |= LETTER;
    if (lower === char) kind |= IS_LOWER;
    if (upper === char) kind |= IS_UPPER;
    if (lower === upper) kind |= UNCASED;
  }
  unitKinds[code] = kind;
  return kind;
}

const isSurrogate = (code: number) => code >= 0xd800 && code <= 0xdfff;

/** The flags of the letters `letterSummary` read last, and-ed together. */
let lettersFlags = 0;

/** The number of letters of `form` (their flags in `lettersFlags`), or -1 when it has surrogates. */
function letterSummary(form: string): number {
  let count = 0;
  let all = IS_LOWER | IS_UPPER | UNCASED;
  for (let at = 0; at < form.length; at++) {
    const code = form.charCodeAt(at);
    if (isSurrogate(code)) return -1;
    let kind = unitKinds[code]!;
    if (kind === 0) kind = learnUnit(code);
    if ((kind & LETTER) === 0) continue;
    count++;
    all &= kind;
  }
  lettersFlags = all;
  return count;
}

const lettersOf = (form: string) => form.replace(/[^\p{L}]/gu, '');

/** How many letters (UTF-16 units of letters) `form` has. */
export function letterCount(form: string): number {
  const count = letterSummary(form);
  return count >= 0 ? count : lettersOf(form).length;
}

/** The case a form asks of the text (see `CasePolicy`): from how the pack writes it. */
export function casePolicyOf(form: string): CasePolicy {
  const count = letterSummary(form);
  if (count < 0) return casePolicyOfLetters(lettersOf(form));
  const all = lettersFlags;
  if ((all & UNCASED) !== 0) return CasePolicy.capital;
  if ((all & IS_LOWER) !== 0) return CasePolicy.asWritten;
  if (count > 1 && (all & IS_UPPER) !== 0) return CasePolicy.capitals;
  return CasePolicy.capital;
}

function casePolicyOfLetters(letters: string): CasePolicy {
  if (letters.toLowerCase() === letters.toUpperCase()) return CasePolicy.capital;
  if (letters === letters.toLowerCase()) return CasePolicy.asWritten;
  if (letters.length > 1 && letters === letters.toUpperCase()) return CasePolicy.capitals;
  return CasePolicy.capital;
}
