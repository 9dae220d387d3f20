import { CharClass, charClass, foldedOf, foldedUnit, foldText } from './char-fold';
import {
  finish,
  hashUnits,
  STREAM_1_MULTIPLIER,
  STREAM_1_SEED,
  STREAM_2_MULTIPLIER,
  STREAM_2_SEED,
} from './token-hash';

/** How two neighbouring tokens are separated; only the first four let a name run on. */
export const Gap = {
  space: 0,
  hyphen: 1,
  apostrophe: 2,
  period: 3,
  /** Commas, quotes, dashes between spaces, ampersands…: a name never runs across them. */
  other: 4,
} as const;

export const TokenFlag = {
  cyrillic: 1,
  /** The token ends in -s and its genitive-stripped hash differs from its own. */
  genitive: 2,
  /** hash2 and genitive2 are computed (see secondHashes). */
  second: 4,
} as const;

/**
 * The tokens of one text as parallel typed arrays, offsets into the original string. One stream
 * is reused for every block: the scanner is the hot loop and must not allocate per token.
 */
export interface TokenStream {
  count: number;
  start: Int32Array;
  end: Int32Array;
  hash1: Int32Array;
  /** Valid for a token only after `secondHashes` ran for it. */
  hash2: Int32Array;
  /** The hashes without a German genitive -s (equal to hash1/hash2 when there is none). */
  genitive1: Int32Array;
  /** Valid for a token only after `secondHashes` ran for it. */
  genitive2: Int32Array;
  flags: Uint8Array;
  gapBefore: Uint8Array;
}

export function createTokenStream(capacity = 256): TokenStream {
  return {
    count: 0,
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    hash1: new Int32Array(capacity),
    hash2: new Int32Array(capacity),
    genitive1: new Int32Array(capacity),
    genitive2: new Int32Array(capacity),
    flags: new Uint8Array(capacity),
    gapBefore: new Uint8Array(capacity),
  };
}

function ensureCapacity(stream: TokenStream, needed: number): void {
  if (stream.start.length >= needed) return;
  const grown = createTokenStream(Math.max(needed, stream.start.length * 2));
  Object.assign(stream, grown);
}

/** Longest token whose ending rules are applied; longer ones are kept whole. */
const MAX_RULE_LENGTH = 48;

// Case endings of Ukrainian and Russian nouns and adjectives, folded like text (й → и), longest
// first. Plural endings such as -ов are left out: "Лавров" must not lose its own -ов and meet
// "лаври" (Києво-Печерської лаври).
const CYRILLIC_ENDINGS = [
  'ого',
  'его',
  'ому',
  'ему',
  'ими',
  'ыми',
  'ами',
  'ями',
  'ою',
  'ею',
  'єю',
  'ий',
  'ый',
  'ій',
  'ой',
  'ей',
  'ої',
  'ом',
  'ем',
  'єм',
  'им',
  'ым',
  'ім',
  'ая',
  'ую',
  'а',
  'я',
  'у',
  'ю',
  'е',
  'є',
  'і',
  'и',
  'ы',
]
  .map((ending) => Array.from(foldText(ending), (char) => char.charCodeAt(0)))
  .sort((a, b) => b.length - a.length);
const MIN_CYRILLIC_STEM = 3;

const asciiClass = new Uint8Array(128);
for (let code = 0; code < 128; code++) asciiClass[code] = charClass(code);

const units = new Uint16Array(MAX_RULE_LENGTH + 2);
const LOWER_Y = 0x79;
const LOWER_I = 0x69;
const LOWER_J = 0x6a;
const LOWER_S = 0x73;

function endsWithUnits(length: number, ending: number[]): boolean {
  const offset = length - ending.length;
  for (let at = 0; at < ending.length; at++) if (units[offset + at] !== ending[at]) return false;
  return true;
}

/**
 * Hash of the first `length` folded units with Latin name endings made canonical: -yj, -yy, -ij
 * and -yi all end in -yi, so Selenskyj, Selenskyi and Zelenskyy's own spellings can meet.
 */
function canonicalHash(length: number, stream: 1 | 2): number {
  if (length >= 5) {
    const last = units[length - 1];
    const before = units[length - 2];
    if (
      (last === LOWER_J || last === LOWER_Y || last === LOWER_I) &&
      (before === LOWER_Y || before === LOWER_I)
    ) {
      const saved1 = units[length - 2]!;
      const saved2 = units[length - 1]!;
      units[length - 2] = LOWER_Y;
      units[length - 1] = LOWER_I;
      const hash = hashUnits(units, length, stream);
      units[length - 2] = saved1;
      units[length - 1] = saved2;
      return hash;
    }
  }
  return hashUnits(units, length, stream);
}

function cyrillicStemLength(length: number): number {
  for (const ending of CYRILLIC_ENDINGS) {
    if (length - ending.length >= MIN_CYRILLIC_STEM && endsWithUnits(length, ending))
      return length - ending.length;
  }
  return length;
}

/** A token's hash from its running hash and its folded units in `units`, with the ending rules. */
function finalHash(length: number, running: number, cyrillic: boolean, stream: 1 | 2): number {
  if (length > MAX_RULE_LENGTH) return finish(running);
  if (cyrillic) return hashUnits(units, cyrillicStemLength(length), stream);
  if (length >= 5 && (units[length - 2] === LOWER_Y || units[length - 2] === LOWER_I)) {
    return canonicalHash(length, stream);
  }
  return finish(running);
}

/** The hash without a final -s, from the running hash before it where no ending rule applies. */
function genitiveHash(length: number, beforeLast: number, stream: 1 | 2): number {
  const stemEnding = units[length - 3];
  if (length >= 6 && (stemEnding === LOWER_Y || stemEnding === LOWER_I))
    return canonicalHash(length - 1, stream);
  return finish(beforeLast);
}

/**
 * The second hash stream of token `at` (hash2, genitive2), computed on first use: only tokens
 * that may be part of a name need it, so the scanner's loop hashes once per character.
 */
export function secondHashes(text: string, stream: TokenStream, at: number): void {
  const flag = stream.flags[at]!;
  if ((flag & TokenFlag.second) !== 0) return;
  let h2 = STREAM_2_SEED;
  let before2 = h2;
  let length = 0;
  for (let offset = stream.start[at]!; offset < stream.end[at]!; offset++) {
    const code = text.charCodeAt(offset);
    const kind = code < 128 ? asciiClass[code]! : charClass(code);
    if (kind > CharClass.expandedWord) continue;
    const folded = kind === CharClass.expandedWord ? foldedOf(code) : undefined;
    const parts = folded === undefined ? 1 : folded.length;
    for (let part = 0; part < parts; part++) {
      const unit =
        folded !== undefined
          ? folded.charCodeAt(part)
          : kind === CharClass.foldedWord
            ? foldedUnit[code]!
            : code;
      if (length < MAX_RULE_LENGTH) units[length] = unit;
      before2 = h2;
      h2 = Math.imul(h2 ^ unit, STREAM_2_MULTIPLIER);
      length++;
    }
  }
  const a2 = finalHash(length, h2, (flag & TokenFlag.cyrillic) !== 0, 2);
  stream.hash2[at] = a2;
  stream.genitive2[at] = (flag & TokenFlag.genitive) !== 0 ? genitiveHash(length, before2, 2) : a2;
  stream.flags[at] = flag | TokenFlag.second;
}

/**
 * Splits `text` into word tokens and hashes their folded forms. With `genitive`, a token ending
 * in -s also gets the hash of its form without it (German "Blinkens"); English and French plurals
 * ("two Johnsons") must not lose theirs, so the caller decides by language.
 */
export function scanTokens(text: string, stream: TokenStream, genitive: boolean): TokenStream {
  ensureCapacity(stream, (text.length >> 1) + 2);
  const { start, end, hash1, genitive1, flags, gapBefore } = stream;
  let count = 0;
  let length = 0;
  let h1 = STREAM_1_SEED;
  // The hash before the last unit: a genitive -s is one ASCII unit, so this is the hash
  // without it, kept instead of hashing the token again.
  let before1 = h1;
  let tokenStart = 0;
  let tokenEnd = 0;
  let cyrillic = false;
  let gap: number = Gap.other;
  let sawSpace = false;
  const textLength = text.length;
  for (let at = 0; at <= textLength; at++) {
    const code = at < textLength ? text.charCodeAt(at) : 0x20;
    const kind = code < 128 ? asciiClass[code]! : charClass(code);
    // Classes 1–3 are the word classes (charClass never answers 0).
    if (kind <= CharClass.expandedWord) {
      if (length === 0) {
        tokenStart = at;
        cyrillic = false;
      }
      if (kind !== CharClass.expandedWord) {
        let unit = code;
        if (code < 128) {
          if (code >= 0x41 && code <= 0x5a) unit = code | 0x20;
        } else {
          if (code >= 0x400 && code <= 0x52f) cyrillic = true;
          if (kind === CharClass.foldedWord) unit = foldedUnit[code]!;
        }
        if (length < MAX_RULE_LENGTH) units[length] = unit;
        before1 = h1;
        h1 = Math.imul(h1 ^ unit, STREAM_1_MULTIPLIER);
        length++;
      } else {
        const folded = foldedOf(code);
        for (let part = 0; part < folded.length; part++) {
          const unit = folded.charCodeAt(part);
          if (length < MAX_RULE_LENGTH) units[length] = unit;
          before1 = h1;
          h1 = Math.imul(h1 ^ unit, STREAM_1_MULTIPLIER);
          length++;
        }
      }
      tokenEnd = at + 1;
      continue;
    }
    if (kind === CharClass.ignorable) {
      // A combining mark belongs to the letter before it, so the mark covers it too.
      if (length > 0) tokenEnd = at + 1;
      continue;
    }
    if (length > 0) {
      start[count] = tokenStart;
      end[count] = tokenEnd;
      gapBefore[count] = count === 0 ? Gap.other : gap;
      let flag = 0;
      if (cyrillic) flag = TokenFlag.cyrillic;
      const a1 = finalHash(length, h1, cyrillic, 1);
      hash1[count] = a1;
      if (
        genitive &&
        !cyrillic &&
        length >= 4 &&
        length <= MAX_RULE_LENGTH &&
        units[length - 1] === LOWER_S
      ) {
        flag |= TokenFlag.genitive;
        genitive1[count] = genitiveHash(length, before1, 1);
      } else {
        genitive1[count] = a1;
      }
      flags[count] = flag;
      count++;
      length = 0;
      h1 = STREAM_1_SEED;
      gap = Gap.space;
      sawSpace = false;
    }
    // The separator run after a token decides whether the next token may continue a name.
    if (kind === CharClass.space) {
      sawSpace = true;
      if (gap === Gap.hyphen || gap === Gap.apostrophe) gap = Gap.other;
    } else if (kind === CharClass.hyphen) {
      gap = gap === Gap.space && !sawSpace ? Gap.hyphen : Gap.other;
    } else if (kind === CharClass.apostrophe) {
      gap = gap === Gap.space && !sawSpace ? Gap.apostrophe : Gap.other;
    } else if (code === 0x2e) {
      gap = gap === Gap.space && !sawSpace ? Gap.period : Gap.other;
    } else {
      gap = Gap.other;
    }
  }
  stream.count = count;
  return stream;
}
