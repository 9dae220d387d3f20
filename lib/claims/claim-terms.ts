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
import { LETTER, MARK, runEnd, widthAt } from './letter-runs';
import { stem } from './stemmers';
import { isStopWord } from './stop-words';

/** One piece of evidence in a text: a stemmed content word, a number or amount, or a currency. */
export interface Term {
  /** 32-bit hash of the term's normal form; text and statements meet here. */
  key: number;
  /** The text as written, for the card's "matched: …". */
  start: number;
  end: number;
}

// Digits with thousands groups or a decimal part, an optional glued scale ("5bn", "100k"), read
// where a digit is; words are runs of letters and combining marks (no apostrophe: "l'Ukraine",
// "Milley's" split); symbols.
const NUMBER =
  /([0-9]{1,3}(?:[\u00a0\u202f ][0-9]{3}(?![0-9]))+|[0-9]+(?:[.,][0-9]+)*)(bn|tn|mn|[kmb])?(?![\p{L}0-9])/uy;
const SYMBOLS = '$€£%';

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
}

/** A word as written, lower-cased (NFC), and its term key in a language (0: no term of its own). */
interface Word {
  text: string;
  key: number;
}

/** Words per language by how they are written: stemming is most of the cost, and words repeat. */
const wordCache = new Map<string, Map<string, Word>>();
const MAX_CACHED_WORDS = 50_000;

/** A currency word is its currency; a function word or a single letter is no term. */
function wordKey(text: string, language: string | undefined): number {
  const currency = currencyOf(text);
  if (currency !== undefined) return termKey(currency);
  if (text.length < 2 || isStopWord(text, language)) return 0;
  return termKey(`w${foldText(stem(text, language)).replace(/ /gu, '')}`);
}

/** The words of `language` met so far, by how they are written. */
function wordsIn(language: string | undefined): Map<string, Word> {
  let cache = wordCache.get(language ?? '');
  if (!cache) {
    cache = new Map();
    wordCache.set(language ?? '', cache);
  }
  return cache;
}

function wordOf(written: string, language: string | undefined, cache: Map<string, Word>): Word {
  let word = cache.get(written);
  if (word === undefined) {
    const text = written.normalize('NFC').toLowerCase();
    word = { text, key: wordKey(text, language) };
    if (cache.size >= MAX_CACHED_WORDS) cache.clear();
    cache.set(written, word);
  }
  return word;
}

/** Scripts written without spaces between words: a run of their letters is a phrase, not a word. */
const UNSPACED = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
let wordSegmenter: Intl.Segmenter | undefined;

/**
 * The words of a run of letters: the run itself, or for Thai and its neighbours the words the
 * platform's dictionary segmenter (ICU, in Node and every browser) finds in it. Motivated by the
 * CheckThat! Thai posts: "นายกรัฐมนตรีประกาศว่าจะขึ้นภาษี" was one term, so a post shared under
 * 10 % of its claim's terms and 7 % of the posts were found.
 */
function pushWords(
  tokens: Token[],
  run: string,
  start: number,
  language: string | undefined,
  cache: Map<string, Word>,
): void {
  const word = (written: string, at: number): Token => {
    const { text, key } = wordOf(written, language, cache);
    return { kind: 'word', text, key, start: at, end: at + written.length };
  };
  if (!UNSPACED.test(run)) {
    tokens.push(word(run, start));
    return;
  }
  wordSegmenter ??= new Intl.Segmenter('th', { granularity: 'word' });
  for (const { segment, index, isWordLike } of wordSegmenter.segment(run))
    if (isWordLike) tokens.push(word(segment, start + index));
}

function tokensOf(text: string, offset: number, language: string | undefined): Token[] {
  const tokens: Token[] = [];
  const cache = wordsIn(language);
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
    if (end > at) {
      pushWords(tokens, text.slice(at, end), offset + at, language, cache);
      at = end;
    } else if (SYMBOLS.includes(text[at]!)) {
      tokens.push({ kind: 'symbol', text: text[at]!, start: offset + at, end: offset + at + 1 });
      at++;
    } else at += widthAt(text, at);
  }
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
      terms.push({ key: termKey(numberKey(value, percent)), start: token.start, end });
      continue;
    }
    if (token.kind === 'symbol') {
      const currency = currencyOf(token.text);
      if (currency !== undefined) terms.push({ key: termKey(currency), start: token.start, end: token.end });
      continue;
    }
    if (!token.key) continue;
    // "US-Dollar", "US $": the country is part of the currency's name, not evidence of its own.
    const next = tokens[at + 1];
    if (token.text === 'us' && next && currencyOf(next.text) !== undefined) continue;
    terms.push({ key: token.key, start: token.start, end: token.end });
  }
  return terms;
}
