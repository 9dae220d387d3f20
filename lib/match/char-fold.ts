/**
 * How each UTF-16 code unit takes part in matching: as part of a word (with its folded form),
 * as a separator of some kind, or not at all. Text and aliases go through the same table, so
 * "Außenminister", "Aussenminister" and "AUSSENMINISTER" meet in one form.
 *
 * Classes are computed lazily per code unit and cached: building all 65,536 entries up front
 * would cost milliseconds on every service-worker wake-up, while real text uses a few hundred.
 */

export const CharClass = {
  unknown: 0,
  /** A letter or digit that is its own folded form (most lower-case letters, CJK). */
  word: 1,
  /** A letter whose folded form is one other unit, found in `foldedUnit`. */
  foldedWord: 2,
  /** A letter folded to several units (ä → ae), found with `foldedOf`. */
  expandedWord: 3,
  space: 4,
  apostrophe: 5,
  hyphen: 6,
  /** Soft hyphens, zero-width characters and combining marks: inside words, folded away. */
  ignorable: 7,
  /** Sentence and clause punctuation and every other symbol. */
  punctuation: 8,
} as const;

/** Whether a class is one of the three word classes. */
const isWordClass = (kind: number) => kind !== CharClass.unknown && kind <= CharClass.expandedWord;

const classes = new Uint8Array(65536);
/** Folded unit of each `foldedWord` unit: a typed array, because Cyrillic capitals are common. */
export const foldedUnit = new Uint16Array(65536);
/** Folded form of each `expandedWord` unit. */
const folds = new Map<number, string>();

// German transliteration both ways: ä and ae must meet, so the umlaut is written out.
const SPECIAL_FOLDS: Record<string, string> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ß: 'ss',
  ẞ: 'ss',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  þ: 'th',
};
const APOSTROPHES = '\u2019\u2018\u02BC\u02B9\u2032\u00B4\u0060\uFF07';
const SPACES = /^[\s\u00A0\u2007\u202F\u2060]$/u;
const IGNORABLE = /^[\u00AD\u200B-\u200D\uFEFF\p{M}]$/u;
const WORD = /^[\p{L}\p{N}]$/u;

function classify(code: number): number {
  if (code >= 0xd800 && code <= 0xdfff) return CharClass.word;
  const char = String.fromCharCode(code);
  if (IGNORABLE.test(char)) return CharClass.ignorable;
  if (SPACES.test(char)) return CharClass.space;
  if (char === "'" || APOSTROPHES.includes(char)) return CharClass.apostrophe;
  if (char === '-' || /^[\u2010-\u2015\u2212\uFE63\uFF0D]$/u.test(char)) return CharClass.hyphen;
  if (!WORD.test(char)) return CharClass.punctuation;
  const lower = char.toLowerCase();
  const special = SPECIAL_FOLDS[lower];
  const folded =
    special ??
    lower
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .split('')
      .map((part) => SPECIAL_FOLDS[part] ?? part)
      .join('');
  if (folded === '') return CharClass.ignorable;
  if (folded === char) return CharClass.word;
  if (folded.length === 1) {
    foldedUnit[code] = folded.charCodeAt(0);
    return CharClass.foldedWord;
  }
  folds.set(code, folded);
  return CharClass.expandedWord;
}

/** The class of one UTF-16 code unit (see CharClass). */
export function charClass(code: number): number {
  let known = classes[code]!;
  if (known === CharClass.unknown) {
    known = classify(code);
    classes[code] = known;
  }
  return known;
}

/** The folded form of an `expandedWord` unit. */
export function foldedOf(code: number): string {
  return folds.get(code)!;
}

/** The folded form of a word unit of class `kind`. */
function foldedForm(code: number, kind: number): string {
  if (kind === CharClass.expandedWord) return foldedOf(code);
  return String.fromCharCode(kind === CharClass.foldedWord ? foldedUnit[code]! : code);
}

/** Folds a whole string the way the scanner folds words, keeping separators as one space. */
export function foldText(text: string): string {
  let out = '';
  let pendingSpace = false;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    const kind = charClass(code);
    if (isWordClass(kind)) {
      if (pendingSpace && out !== '') out += ' ';
      pendingSpace = false;
      out += foldedForm(code, kind);
    } else if (kind !== CharClass.ignorable) {
      pendingSpace = true;
    }
  }
  return out;
}
