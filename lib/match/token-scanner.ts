import { CharClass, charClass, foldedOf, foldedUnit, foldText } from './char-fold';
import {
  finish,
  hashUnits,
  type STREAM_1_INVERSE,
  type STREAM_1_MULTIPLIER,
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

/** Folded units of the current token: a ring of 64, so a longer token needs no bounds test. */
const RING_MASK = 63;
const units = new Uint16Array(RING_MASK + 1);
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
 * The scanner's own class of each code unit, derived from `charClass` on first sight: the word
 * classes tell Cyrillic apart (for the ending rules) and the period is its own class, so the hot
 * loop needs one table look-up per code unit and no range tests.
 */
const Scan = {
  unknown: 0,
  /** A word unit whose folded form is the one unit in `scanFold` (ASCII letters, most of Latin). */
  word: 1,
  /** The same in Cyrillic (U+0400–U+052F). */
  cyrillic: 2,
  /** A word unit folded to several units (ä → ae). */
  expanded: 3,
  ignorable: 4,
  space: 5,
  apostrophe: 6,
  hyphen: 7,
  period: 8,
  other: 9,
} as const;

const scanClass = new Uint8Array(65536);
/** Folded unit of each `word` and `cyrillic` unit (ASCII capitals lower-cased, Ä… in `foldedOf`). */
const scanFold = new Uint16Array(65536);

function learnClass(code: number): number {
  const kind = charClass(code);
  let scan: number;
  if (kind === CharClass.word || kind === CharClass.foldedWord) {
    scanFold[code] = kind === CharClass.word ? code : foldedUnit[code]!;
    scan = code >= 0x400 && code <= 0x52f ? Scan.cyrillic : Scan.word;
  } else if (kind === CharClass.expandedWord) scan = Scan.expanded;
  else if (kind === CharClass.ignorable) scan = Scan.ignorable;
  else if (kind === CharClass.space) scan = Scan.space;
  else if (kind === CharClass.apostrophe) scan = Scan.apostrophe;
  else if (kind === CharClass.hyphen) scan = Scan.hyphen;
  else scan = code === 0x2e ? Scan.period : Scan.other;
  scanClass[code] = scan;
  return scan;
}
for (let code = 0; code < 128; code++) learnClass(code);

/**
 * The folded unit of each byte that is an ASCII word unit, 0 for every other byte (no letter or
 * digit folds to 0): the run of ASCII letters in a token costs one look-up and one test a byte.
 */
const asciiWordFold = new Uint16Array(256);
for (let code = 0; code < 128; code++)
  if (scanClass[code] === Scan.word) asciiWordFold[code] = scanFold[code]!;

/** The text being scanned as UTF-8, reused from block to block. */
let textBytes = new Uint8Array(16384);
const encoder = new TextEncoder();

/**
 * Longest text encoded in JavaScript rather than by `TextEncoder`. A name or alias is far
 * shorter; a page's block is longer.
 */
const MAX_SCRIPT_ENCODED = 256;

/**
 * The text's UTF-8 bytes in `textBytes` (at most 3 per UTF-16 unit), and their count. The
 * scanner reads bytes from a typed array instead of calling charCodeAt: V8 compiles charCodeAt
 * in a loop with many branches to anything from fast to four times slower, run by run, while
 * the native encoder and typed-array reads are steadily fast.
 *
 * Short texts are encoded here instead: the compiler scans each of a big pack's 3.3 million forms,
 * and Chromium's `encodeInto` made every one of them an external string (Blink keeps its copy of a
 * string passed to it), which cost a tenth of the worker's CPU in the install and 80 ms of a major
 * garbage collection clearing the external-string table (issue 11).
 */
function encodeText(text: string): number {
  if (textBytes.length <= text.length * 3)
    textBytes = new Uint8Array(Math.max(text.length * 3 + 1, textBytes.length * 2));
  const written =
    text.length <= MAX_SCRIPT_ENCODED
      ? encodeShort(text, textBytes)
      : (encoder.encodeInto(text, textBytes).written ?? 0);
  // A 0 after the text ends every run of ASCII letters without a bounds test.
  textBytes[written] = 0;
  return written;
}

/** `TextEncoder.encodeInto` in JavaScript, lone surrogates as U+FFFD like it. */
function encodeShort(text: string, bytes: Uint8Array): number {
  let at = 0;
  for (let offset = 0; offset < text.length; offset++) {
    let code = text.charCodeAt(offset);
    if (code < 0x80) {
      bytes[at++] = code;
      continue;
    }
    if (code < 0x800) {
      bytes[at++] = 0xc0 | (code >> 6);
      bytes[at++] = 0x80 | (code & 0x3f);
      continue;
    }
    if (code >= 0xd800 && code <= 0xdfff) {
      const low = code <= 0xdbff ? text.charCodeAt(offset + 1) : 0;
      if (low >= 0xdc00 && low <= 0xdfff) {
        const point = 0x10000 + ((code & 0x3ff) << 10) + (low & 0x3ff);
        bytes[at++] = 0xf0 | (point >> 18);
        bytes[at++] = 0x80 | ((point >> 12) & 0x3f);
        bytes[at++] = 0x80 | ((point >> 6) & 0x3f);
        bytes[at++] = 0x80 | (point & 0x3f);
        offset++;
        continue;
      }
      code = 0xfffd;
    }
    bytes[at++] = 0xe0 | (code >> 12);
    bytes[at++] = 0x80 | ((code >> 6) & 0x3f);
    bytes[at++] = 0x80 | (code & 0x3f);
  }
  return at;
}

/** Bytes taken by the last unit `decodeUnit` returned (0 for the first half of a surrogate pair). */
let decodedBytes = 1;

/**
 * The UTF-16 unit at `offset` of `text` from its UTF-8 bytes at `at` (a non-ASCII lead byte).
 * A character outside the BMP yields its high surrogate first (taking no bytes), then its low
 * one. The encoder writes U+FFFD for a lone surrogate, so U+FFFD is read back from the text.
 */
function decodeUnit(bytes: Uint8Array, at: number, text: string, offset: number, lowNext: boolean): number {
  const lead = bytes[at]!;
  if (lead < 0xe0) {
    decodedBytes = 2;
    return ((lead & 0x1f) << 6) | (bytes[at + 1]! & 0x3f);
  }
  if (lead < 0xf0) {
    decodedBytes = 3;
    const code = ((lead & 0x0f) << 12) | ((bytes[at + 1]! & 0x3f) << 6) | (bytes[at + 2]! & 0x3f);
    return code === 0xfffd ? text.charCodeAt(offset) : code;
  }
  const point =
    (((lead & 0x07) << 18) |
      ((bytes[at + 1]! & 0x3f) << 12) |
      ((bytes[at + 2]! & 0x3f) << 6) |
      (bytes[at + 3]! & 0x3f)) -
    0x10000;
  if (!lowNext) {
    decodedBytes = 0;
    return 0xd800 | (point >>> 10);
  }
  decodedBytes = 4;
  return 0xdc00 | (point & 0x3ff);
}

/**
 * Splits `text` into word tokens and hashes their folded forms. With `genitive`, a token ending
 * in -s also gets the hash of its form without it (German "Blinkens"); English and French plurals
 * ("two Johnsons") must not lose theirs, so the caller decides by language.
 *
 * One pass over the UTF-8 bytes, one table look-up per UTF-16 unit: a token's units are folded
 * and hashed in an inner loop, and its last 64 folded units are kept in a ring for the ending
 * rules (which apply only to tokens of at most MAX_RULE_LENGTH units, so there the ring holds
 * the whole token). Offsets are counted in UTF-16 units, as the text gives them.
 */
export function scanTokens(text: string, stream: TokenStream, genitive: boolean): TokenStream {
  // Constants as literal locals: V8 folds these into the code, while `Scan.word` or a module
  // constant is a load each time (about 8 % of the scan). Their types keep them equal to those.
  const UNKNOWN: typeof Scan.unknown = 0;
  const WORD: typeof Scan.word = 1;
  const CYRILLIC: typeof Scan.cyrillic = 2;
  const EXPANDED: typeof Scan.expanded = 3;
  const IGNORABLE: typeof Scan.ignorable = 4;
  const SPACE: typeof Scan.space = 5;
  const APOSTROPHE: typeof Scan.apostrophe = 6;
  const HYPHEN: typeof Scan.hyphen = 7;
  const PERIOD: typeof Scan.period = 8;
  const GAP_SPACE: typeof Gap.space = 0;
  const GAP_HYPHEN: typeof Gap.hyphen = 1;
  const GAP_APOSTROPHE: typeof Gap.apostrophe = 2;
  const GAP_PERIOD: typeof Gap.period = 3;
  const GAP_OTHER: typeof Gap.other = 4;
  const MULTIPLIER: typeof STREAM_1_MULTIPLIER = 0x01000193;
  const MULTIPLIER_INVERSE: typeof STREAM_1_INVERSE = 0x359c449b;
  const MASK: typeof RING_MASK = 63;
  const CYRILLIC_FLAG: typeof TokenFlag.cyrillic = 1;
  const GENITIVE_FLAG: typeof TokenFlag.genitive = 2;
  const S: typeof LOWER_S = 0x73;
  const Y: typeof LOWER_Y = 0x79;
  const I: typeof LOWER_I = 0x69;
  const RULE_LENGTH: typeof MAX_RULE_LENGTH = 48;
  ensureCapacity(stream, (text.length >> 1) + 2);
  const byteCount = encodeText(text);
  const bytes = textBytes;
  const { start, end, hash1, genitive1, flags, gapBefore } = stream;
  const classes = scanClass;
  const fold = scanFold;
  const asciiFold = asciiWordFold;
  const ring = units;
  let count = 0;
  let gap: number = GAP_OTHER;
  let sawSpace = false;
  // `at` counts bytes, `offset` UTF-16 units; `step` is the bytes of the current unit.
  let at = 0;
  let offset = 0;
  let lowNext = false;
  while (at < byteCount) {
    let code = bytes[at]!;
    let step = 1;
    if (code >= 0x80) {
      code = decodeUnit(bytes, at, text, offset, lowNext);
      step = decodedBytes;
      lowNext = step === 0;
    }
    let kind = classes[code]!;
    if (kind === UNKNOWN) kind = learnClass(code);
    if (kind <= EXPANDED) {
      const tokenStart = offset;
      let length = 0;
      let h1 = STREAM_1_SEED;
      let cyrillic = false;
      for (;;) {
        if (kind === WORD) {
          let unit = fold[code]!;
          ring[length & MASK] = unit;
          h1 = Math.imul(h1 ^ unit, MULTIPLIER);
          length++;
          // The ASCII letters and digits after it run on here, without decoding or class tests
          // beyond one look-up: in ASCII a byte is a unit, so the offset keeps its distance.
          // The 0 after the text (encodeText) ends the run at the end.
          at += step;
          const shift = offset + 1 - at;
          for (;;) {
            unit = asciiFold[bytes[at]!]!;
            if (unit === 0) break;
            ring[length & MASK] = unit;
            h1 = Math.imul(h1 ^ unit, MULTIPLIER);
            length++;
            at++;
          }
          offset = at + shift;
          if (at >= byteCount) break;
          code = bytes[at]!;
          step = 1;
          if (code >= 0x80) {
            code = decodeUnit(bytes, at, text, offset, lowNext);
            step = decodedBytes;
            lowNext = step === 0;
          }
          kind = classes[code]!;
          if (kind === UNKNOWN) kind = learnClass(code);
          continue;
        } else if (kind === CYRILLIC) {
          const unit = fold[code]!;
          cyrillic = true;
          ring[length & MASK] = unit;
          h1 = Math.imul(h1 ^ unit, MULTIPLIER);
          length++;
        } else if (kind === EXPANDED) {
          const folded = foldedOf(code);
          for (let part = 0; part < folded.length; part++) {
            const unit = folded.charCodeAt(part);
            ring[length & MASK] = unit;
            h1 = Math.imul(h1 ^ unit, MULTIPLIER);
            length++;
          }
        } else if (kind !== IGNORABLE) {
          // A combining mark belongs to the letter before it, so the mark covers it too.
          break;
        }
        at += step;
        offset++;
        if (at >= byteCount) break;
        code = bytes[at]!;
        step = 1;
        if (code >= 0x80) {
          code = decodeUnit(bytes, at, text, offset, lowNext);
          step = decodedBytes;
          lowNext = step === 0;
        }
        kind = classes[code]!;
        if (kind === UNKNOWN) kind = learnClass(code);
      }
      start[count] = tokenStart;
      // Every unit the loop took (letters and marks) is part of the token.
      end[count] = offset;
      gapBefore[count] = count === 0 ? GAP_OTHER : gap;
      let flag = 0;
      if (cyrillic) flag = CYRILLIC_FLAG;
      // Only Cyrillic tokens and tokens ending in -y?/-i? have an ending rule to apply.
      const ruled =
        length <= RULE_LENGTH &&
        (cyrillic || (length >= 5 && (ring[length - 2] === Y || ring[length - 2] === I)));
      const a1 = ruled ? finalHash(length, h1, cyrillic, 1) : finish(h1);
      hash1[count] = a1;
      if (genitive && !cyrillic && length >= 4 && length <= RULE_LENGTH && ring[length - 1] === S) {
        flag |= GENITIVE_FLAG;
        // The hash without the -s: each FNV step can be undone (the multiplier is odd), so
        // the loop need not keep the hash before every unit.
        genitive1[count] = genitiveHash(length, Math.imul(h1, MULTIPLIER_INVERSE) ^ S, 1);
      } else {
        genitive1[count] = a1;
      }
      flags[count] = flag;
      count++;
      gap = GAP_SPACE;
      sawSpace = false;
      if (at >= byteCount) break;
    }
    // The separator run after a token decides whether the next token may continue a name.
    if (kind === SPACE) {
      sawSpace = true;
      if (gap === GAP_HYPHEN || gap === GAP_APOSTROPHE) gap = GAP_OTHER;
    } else if (kind === IGNORABLE) {
      // Outside a word: nothing.
    } else if (kind === HYPHEN) {
      gap = gap === GAP_SPACE && !sawSpace ? GAP_HYPHEN : GAP_OTHER;
    } else if (kind === APOSTROPHE) {
      gap = gap === GAP_SPACE && !sawSpace ? GAP_APOSTROPHE : GAP_OTHER;
    } else if (kind === PERIOD) {
      gap = gap === GAP_SPACE && !sawSpace ? GAP_PERIOD : GAP_OTHER;
    } else {
      gap = GAP_OTHER;
    }
    at += step;
    offset++;
  }
  stream.count = count;
  return stream;
}
