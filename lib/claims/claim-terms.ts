import { foldText } from '../match/char-fold';
import {
  currencyOf,
  isPercentPhrase,
  isPercentWord,
  numberKey,
  parseDigits,
  scaleOf,
  suffixScaleOf,
} from './amounts';
import { splitsCompounds } from './compounds';
import { LETTER, MARK, runEnd, widthAt } from './letter-runs';
import { stem } from './stemmers';
import { isStopWord } from './stop-words';
import { hashUnits, WrittenWords } from './written-words';

/** One piece of evidence in a text: a stemmed content word, a number or amount, or a currency. */
export interface Term {
  /** 32-bit hash of the term's normal form; text and statements meet here. */
  key: number;
  /** The text as written, for the card's "matched: …". */
  start: number;
  end: number;
  /** A word's stem as its key is made, where the language writes closed compounds (`compounds.ts`). */
  stem?: string;
  /** There too, after a hyphen: the stem of the word and the one before written closed ("Corona-Virus"). */
  closed?: string;
  /**
   * One designation with the term before: a number and a word (or number) a hyphen joins
   * ("Covid-19", "SARS-CoV-2", "Covid-19-Impfstoffe"), in every language.
   */
  withBefore?: true;
}

// Digits with thousands groups or a decimal part, an optional glued scale ("5bn", "100k"), read
// where a digit is; words are runs of letters and combining marks (no apostrophe: "l'Ukraine",
// "Milley's" split); symbols.
const NUMBER =
  /([0-9]{1,3}(?:[\u00a0\u202f ][0-9]{3}(?![0-9]))+|[0-9]+(?:[.,][0-9]+)*)(bn|tn|mn|[kmb])?(?![\p{L}0-9])/uy;

/** FNV-1a over UTF-16 units: term keys only need to tell terms apart within a pack's vocabulary. */
export function termKey(normal: string): number {
  let hash = 0x811c9dc5;
  for (let at = 0; at < normal.length; at++) {
    hash ^= normal.charCodeAt(at);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0 || 1;
}

interface Token {
  kind: 'number' | 'word' | 'symbol';
  text: string;
  start: number;
  end: number;
  suffix?: string;
  /** A word's term key, 0 when it is a function word or a single letter. */
  key?: number;
  /** As in `Term`. */
  stem?: string;
  closed?: string;
  /** Joined by a hyphen to the token before, which ends here (a line break may follow the hyphen). */
  hyphenAfter?: number;
}

/** A word as written, lower-cased (NFC), and its term key in a language (0: no term of its own). */
interface Word {
  text: string;
  key: number;
  /** The stem the key is made of, kept where the language writes closed compounds. */
  stem?: string;
}

/** A currency word is its currency; a function word or a single letter is no term. */
function wordOf(written: string, language: string | undefined): Word {
  const text = written.normalize('NFC').toLowerCase();
  const currency = currencyOf(text);
  if (currency !== undefined) return { text, key: termKey(currency) };
  if (text.length < 2 || isStopWord(text, language)) return { text, key: 0 };
  const stemmed = foldText(stem(text, language)).replace(/ /gu, '');
  const key = termKey(`w${stemmed}`);
  return splitsCompounds(language) ? { text, key, stem: stemmed } : { text, key };
}

/** Scripts written without spaces between words: a run of their letters is a phrase, not a word. */
const UNSPACED = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
/** What a run of letters of those scripts is kept as: it is read word by word. */
const UNSPACED_RUN: Word = { text: '', key: 0 };
let wordSegmenter: Intl.Segmenter | undefined;

/**
 * Words per language as written (runs of letters, and the words of unspaced runs): stemming is
 * most of the cost, and words repeat.
 */
interface KnownWords {
  runs: WrittenWords<Word>;
  segments: Map<string, Word>;
}
const knownWords = new Map<string, KnownWords>();
const MAX_CACHED_WORDS = 50_000;

function knownIn(language: string | undefined): KnownWords {
  let known = knownWords.get(language ?? '');
  if (!known) {
    known = { runs: new WrittenWords(MAX_CACHED_WORDS), segments: new Map() };
    knownWords.set(language ?? '', known);
  }
  return known;
}

/**
 * The words of an unspaced run: those the platform's dictionary segmenter (ICU, in Node and every
 * browser) finds in it. Motivated by the CheckThat! Thai posts: "นายกรัฐมนตรีประกาศว่าจะขึ้นภาษี" was
 * one term, so a post shared under 10 % of its claim's terms and 7 % of the posts were found.
 */
function pushSegments(tokens: Token[], run: string, start: number, language: string | undefined): void {
  const { segments } = knownIn(language);
  wordSegmenter ??= new Intl.Segmenter('th', { granularity: 'word' });
  for (const { segment, index, isWordLike } of wordSegmenter.segment(run)) {
    if (!isWordLike) continue;
    let word = segments.get(segment);
    if (!word) {
      word = wordOf(segment, language);
      if (segments.size >= MAX_CACHED_WORDS) segments.clear();
      segments.set(segment, word);
    }
    const at = start + index;
    tokens.push({ kind: 'word', text: word.text, key: word.key, start: at, end: at + segment.length });
  }
}

/** The word tokens of the run of letters at `text[start..end)`. */
function pushRun(
  tokens: Token[],
  text: string,
  start: number,
  end: number,
  offset: number,
  language: string | undefined,
  runs: WrittenWords<Word>,
): void {
  const hash = hashUnits(text, start, end);
  let word = runs.get(text, start, end, hash);
  if (!word) {
    const run = text.slice(start, end);
    word = UNSPACED.test(run) ? UNSPACED_RUN : wordOf(run, language);
    runs.set(run, hash, word);
  }
  if (word === UNSPACED_RUN) pushSegments(tokens, text.slice(start, end), offset + start, language);
  else
    tokens.push({
      kind: 'word',
      text: word.text,
      key: word.key,
      start: offset + start,
      end: offset + end,
      stem: word.stem,
    });
}

/** `-`, `‐`, `‑`: a hyphen that joins two words. */
const isHyphen = (code: number) => code === 0x2d || code === 0x2010 || code === 0x2011;

/**
 * Where the text goes on after a hyphen ending a line at `at` (spaces or tabs around the line
 * break), or -1: "Covid-19-\nImpfungen" is one designation, "Nebenwir-\nkungen" one word.
 */
function afterLineBreakHyphen(text: string, at: number): number {
  if (!isHyphen(text.charCodeAt(at))) return -1;
  let next = at + 1;
  let lines = 0;
  for (; next < text.length; next++) {
    const code = text.charCodeAt(next);
    if (code === 0x0a) lines++;
    else if (code !== 0x20 && code !== 0x09 && code !== 0x0d) break;
  }
  return lines === 1 ? next : -1;
}

/** Whether the code point at `at` is a lower-case letter (of a script with case). */
function isLowerAt(text: string, at: number): boolean {
  const char = String.fromCodePoint(text.codePointAt(at)!);
  return char !== char.toUpperCase() && char === char.toLowerCase();
}

/**
 * Where the second part of a word broken at a line's end begins ("Nebenwir-" and "kungen" on the
 * next line: the part goes on in lower case), or -1. Motivated by the CheckThat! 2025 German
 * posts, many of them newspaper columns read from an image ("5000 schweren Nebenwir-\nkungen mit
 * Schäden wie Erblin-\ndung"): each half was a term no statement holds.
 */
function brokenWordAt(text: string, end: number): number {
  const next = afterLineBreakHyphen(text, end);
  return next >= 0 && next < text.length && isLowerAt(text, next) ? next : -1;
}

/**
 * A word broken at a line's end as its two halves and, between them, the word they make, spanning
 * both: a compound that keeps its hyphen goes on in lower case too ("la glande hémato-\nencéphalique",
 * CheckThat! 2025 French), and only the statements tell which reading is a term.
 */
function pushBrokenWord(
  tokens: Token[],
  text: string,
  start: number,
  end: number,
  next: number,
  nextEnd: number,
  offset: number,
  language: string | undefined,
  runs: WrittenWords<Word>,
): void {
  pushRun(tokens, text, start, end, offset, language, runs);
  const joined = text.slice(start, end) + text.slice(next, nextEnd);
  const at = tokens.length;
  pushRun(tokens, joined, 0, joined.length, offset + start, language, runs);
  // Only spaced scripts have case, so the joined run is one word: its token spans both halves.
  const word = tokens[at];
  if (word) word.end = offset + nextEnd;
  pushRun(tokens, text, next, nextEnd, offset, language, runs);
}

/**
 * The tokens a hyphen joins to the one before, and where the language writes compounds closed,
 * the stem of two such words written closed: "Corona-Virus" is the statements' "Coronavirus"
 * (`compounds.ts`).
 */
function joinHyphenated(tokens: Token[], text: string, offset: number, language: string | undefined) {
  for (let at = 1; at < tokens.length; at++) {
    const before = tokens[at - 1]!;
    const token = tokens[at]!;
    const hyphenated =
      before.end === token.start - 1
        ? isHyphen(text.charCodeAt(token.start - 1 - offset))
        : afterLineBreakHyphen(text, before.end - offset) === token.start - offset;
    if (!hyphenated) continue;
    token.hyphenAfter = before.end;
    if (token.stem !== undefined && before.stem !== undefined)
      token.closed = foldText(stem(before.text + token.text, language)).replace(/ /gu, '');
  }
}

/** `$ € £ %`. */
const isSymbol = (code: number) => code === 0x24 || code === 0x20ac || code === 0xa3 || code === 0x25;

function tokensOf(text: string, offset: number, language: string | undefined): Token[] {
  const tokens: Token[] = [];
  const { runs } = knownIn(language);
  for (let at = 0; at < text.length; ) {
    const code = text.charCodeAt(at);
    if (code >= 0x30 && code <= 0x39) {
      NUMBER.lastIndex = at;
      const found = NUMBER.exec(text);
      if (found) {
        const end = at + found[0].length;
        tokens.push({
          kind: 'number',
          text: found[1]!,
          start: offset + at,
          end: offset + end,
          suffix: found[2],
        });
        at = end;
      } else at++;
      continue;
    }
    const end = runEnd(text, at, LETTER | MARK);
    const next = end > at ? brokenWordAt(text, end) : -1;
    const nextEnd = next < 0 ? -1 : runEnd(text, next, LETTER | MARK);
    if (nextEnd > next && next >= 0) {
      pushBrokenWord(tokens, text, at, end, next, nextEnd, offset, language, runs);
      at = nextEnd;
    } else if (end > at) {
      pushRun(tokens, text, at, end, offset, language, runs);
      at = end;
    } else if (isSymbol(code)) {
      tokens.push({ kind: 'symbol', text: text[at]!, start: offset + at, end: offset + at + 1 });
      at++;
    } else at += widthAt(text, at);
  }
  joinHyphenated(tokens, text, offset, language);
  return tokens;
}

/**
 * The terms of a text in `language`: function words dropped, words stemmed (Snowball where the
 * language has one) and folded like names, numbers with the scale and percent sign after them
 * read as one value, currency words and signs as one term per currency. Offsets are into
 * `text` plus `offset`.
 */
export function termsOf(text: string, language: string | undefined, offset = 0): Term[] {
  const tokens = tokensOf(text, offset, language);
  const terms: Term[] = [];
  /** The token of the last term, for designations (`Term.withBefore`). */
  let last: Token | undefined;
  const push = (term: Term, token: Token) => {
    const before = terms[terms.length - 1];
    if (
      token.hyphenAfter !== undefined &&
      before?.end === token.hyphenAfter &&
      (token.kind === 'number' || last?.kind === 'number')
    )
      term.withBefore = true;
    terms.push(term);
    last = token;
  };
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at]!;
    if (token.kind === 'number') {
      let value = parseDigits(token.text);
      if (!Number.isFinite(value)) continue;
      let end = token.end;
      const suffixScale = token.suffix ? suffixScaleOf(token.suffix) : undefined;
      if (suffixScale !== undefined) value *= suffixScale;
      else {
        const scale = tokens[at + 1]?.kind === 'word' ? scaleOf(tokens[at + 1]!.text, language) : undefined;
        if (scale !== undefined) {
          value *= scale;
          end = tokens[++at]!.end;
        }
      }
      const next = tokens[at + 1];
      let percent = false;
      if (next && (next.text === '%' || (next.kind === 'word' && isPercentWord(next.text)))) {
        percent = true;
        end = tokens[++at]!.end;
      } else if (next && tokens[at + 2] && isPercentPhrase(next.text, tokens[at + 2]!.text)) {
        percent = true;
        at += 2;
        end = tokens[at]!.end;
      }
      push({ key: termKey(numberKey(value, percent)), start: token.start, end }, token);
      continue;
    }
    if (token.kind === 'symbol') {
      const currency = currencyOf(token.text);
      if (currency !== undefined) push({ key: termKey(currency), start: token.start, end: token.end }, token);
      continue;
    }
    if (!token.key) continue;
    // "US-Dollar", "US $": the country is part of the currency's name, not evidence of its own.
    const next = tokens[at + 1];
    if (token.text === 'us' && next && currencyOf(next.text) !== undefined) continue;
    const term: Term = { key: token.key, start: token.start, end: token.end };
    if (token.stem !== undefined) term.stem = token.stem;
    if (token.closed !== undefined) term.closed = token.closed;
    push(term, token);
  }
  return terms;
}
