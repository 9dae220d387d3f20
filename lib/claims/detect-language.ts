import { LETTER, runEnd, widthAt } from './letter-runs';
import { STOP_WORDS } from './stop-words';
import { hashUnits, WrittenWords } from './written-words';

/**
 * The language of a text when the page does not say it: by script where a script has one
 * language here (Greek, Thai…) or tells two apart (Ukrainian has і ї є ґ, Russian ы э ъ), else
 * by the function words of `stop-words.ts`, each weighted by how few languages share it ("die"
 * is German only, "a" five languages' word). Motivated by issue 12: without a language the
 * triggers of all languages counted together, so "referendum" counted three times.
 */

const SCRIPTS: ReadonlyArray<[RegExp, string]> = [
  [/\p{Script=Arabic}/u, 'ar'],
  [/\p{Script=Devanagari}/u, 'hi'],
  [/\p{Script=Gurmukhi}/u, 'pa'],
  [/\p{Script=Tamil}/u, 'ta'],
  [/\p{Script=Bengali}/u, 'bn'],
  [/\p{Script=Thai}/u, 'th'],
  [/\p{Script=Greek}/u, 'el'],
  [/\p{Script=Hebrew}/u, 'he'],
  [/\p{Script=Hangul}/u, 'ko'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'ja'],
  [/\p{Script=Han}/u, 'zh'],
];

const LANGUAGES = [...STOP_WORDS.keys()];

/** A function word's languages (positions in `LANGUAGES`) and weight: 1 / how many list it. */
interface FunctionWord {
  languages: number[];
  weight: number;
}

/** Every function word, found by its code units in the text (no string is made of a word). */
interface FunctionWords {
  written: WrittenWords<FunctionWord>;
  longest: number;
}

let functionWords: FunctionWords | undefined;

/**
 * Built at the first detection, not when the worker's script runs: the worker's first evaluation
 * was one task of 36–45 ms of CPU at load 8, a tenth of it this table (2026-12-08).
 */
function functionWordTable(): FunctionWords {
  if (functionWords) return functionWords;
  const byWord = new Map<string, FunctionWord>();
  LANGUAGES.forEach((language, code) => {
    for (const word of STOP_WORDS.get(language)!) {
      const found = byWord.get(word) ?? { languages: [], weight: 0 };
      found.languages.push(code);
      byWord.set(word, found);
    }
  });
  const written = new WrittenWords<FunctionWord>(Number.POSITIVE_INFINITY);
  let longest = 0;
  for (const [word, found] of byWord) {
    found.weight = 1 / found.languages.length;
    longest = Math.max(longest, word.length);
    written.set(word, hashUnits(word, 0, word.length), found);
  }
  functionWords = { written, longest };
  return functionWords;
}
/** Each language's weighted function words in the text being read, zero again after it. */
const scores = new Float64Array(LANGUAGES.length);

/** Weighted function words needed: two clear ones, e.g. "the … of" or "der … und". */
const MIN_EVIDENCE = 2;
/** The best language must lead the next by this factor (Spanish and Portuguese share much). */
const MIN_LEAD = 1.5;
const SAMPLE = 4000;

export interface DetectedLanguage {
  language: string;
  /** Weighted function words found, or Infinity when the script decided. */
  evidence: number;
}

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/** Latin, Cyrillic and other letters by code point range: a regex per character cost 1 ms per KB. */
function scriptCounts(text: string): { latin: number; cyrillic: number; other: number } {
  let latin = 0;
  let cyrillic = 0;
  let other = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code < 0x80) {
      if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) latin++;
    } else if ((code >= 0xc0 && code <= 0x24f) || (code >= 0x1e00 && code <= 0x1eff)) latin++;
    else if (code >= 0x400 && code <= 0x52f) cyrillic++;
    // Punctuation, symbols, spaces and surrogate halves are no script's letters.
    else if (code >= 0x370 && !(code >= 0x2000 && code <= 0x2bff) && !(code >= 0xd800 && code <= 0xdfff))
      other++;
  }
  return { latin, cyrillic, other };
}

function byScript(text: string): string | undefined {
  const { latin, cyrillic, other } = scriptCounts(text);
  if (latin >= cyrillic + other) return undefined;
  if (cyrillic >= other) {
    return count(text, /[іїєґІЇЄҐ]/gu) > count(text, /[ыэъЫЭЪ]/gu) ? 'uk' : 'ru';
  }
  // The script with the most letters, not the first in the table: CheckThat! Thai posts with a
  // few Devanagari or Arabic letters in their image text were read as Hindi or Arabic.
  let best: string | undefined;
  let most = 0;
  for (const [script, language] of SCRIPTS) {
    if (!script.test(text)) continue;
    const letters = count(text, new RegExp(script.source, 'gu'));
    if (letters > most) [best, most] = [language, letters];
  }
  return best;
}

/**
 * Languages written in the script that `byScript` names by its first language: the script alone
 * cannot tell them from it. Motivated by the CheckThat! Marathi posts: declared Marathi, two
 * thirds were read as Hindi by their Devanagari and matched against no Marathi claim.
 */
const SAME_SCRIPT: Readonly<Record<string, readonly string[]>> = {
  hi: ['mr', 'ne', 'sa'],
  ar: ['fa', 'ur', 'ps'],
  bn: ['as'],
  zh: ['ja'],
};

/** The language of `text`, or undefined when it is too short or too mixed to tell. */
export function detectLanguage(text: string): DetectedLanguage | undefined {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const script = byScript(sample);
  if (script !== undefined) return { language: script, evidence: Number.POSITIVE_INFINITY };
  /** The languages scored, in the order they were first found: the first of equals wins. */
  const found: number[] = [];
  const lower = sample.toLowerCase();
  const { written, longest } = functionWordTable();
  for (let at = 0; at < lower.length; ) {
    const end = runEnd(lower, at, LETTER);
    if (end === at) {
      at += widthAt(lower, at);
      continue;
    }
    const functionWord =
      end - at <= longest ? written.get(lower, at, end, hashUnits(lower, at, end)) : undefined;
    at = end;
    if (!functionWord) continue;
    for (const code of functionWord.languages) {
      if (scores[code] === 0) found.push(code);
      scores[code]! += functionWord.weight;
    }
  }
  let best = -1;
  let second = 0;
  for (const code of found) {
    if (best < 0 || scores[code]! > scores[best]!) [best, second] = [code, best < 0 ? 0 : scores[best]!];
    else if (scores[code]! > second) second = scores[code]!;
  }
  const evidence = best < 0 ? 0 : scores[best]!;
  for (const code of found) scores[code] = 0;
  if (best < 0 || evidence < MIN_EVIDENCE || evidence < second * MIN_LEAD) return undefined;
  return { language: LANGUAGES[best]!, evidence };
}

/** A block overrides the page's language only with this much evidence of its own. */
const BLOCK_EVIDENCE = 4;
const MIN_BLOCK_LENGTH = 60;

/** `de-AT` → `de`. */
export const primaryLanguage = (code: string | undefined): string | undefined =>
  /^([a-z]{2,3})(?:-|$)/iu.exec(code?.trim() ?? '')?.[1]?.toLowerCase();

/**
 * The language of each block: the page's declared language, else the one detected from all
 * its text; a block that clearly reads as another language (a quote, a bilingual page) keeps
 * its own. Undefined for blocks of unknown language: their claims are matched by nothing
 * language-bound, never by all languages at once.
 */
export function blockLanguages(blocks: string[], declared: string | undefined): (string | undefined)[] {
  const page = primaryLanguage(declared) ?? detectLanguage(blocks.join('\n'))?.language;
  return blocks.map((block) => {
    // A block too short to hold BLOCK_EVIDENCE function words keeps the page's language.
    if (page !== undefined && block.length < MIN_BLOCK_LENGTH) return page;
    const own = detectLanguage(block);
    if (!own || own.language === page || own.evidence < BLOCK_EVIDENCE) return page;
    const byScriptAlone = own.evidence === Number.POSITIVE_INFINITY;
    return byScriptAlone && page !== undefined && SAME_SCRIPT[own.language]?.includes(page)
      ? page
      : own.language;
  });
}

const CYRILLIC = ['ru', 'uk', 'be', 'bg', 'mk', 'sr', 'kk', 'ky', 'mn', 'tg'];

/** The script a language is written in, named as `byScript` names it (undefined: Latin). */
function scriptOf(language: string | undefined): string | undefined {
  if (language === undefined) return undefined;
  if (CYRILLIC.includes(language)) return 'cyrillic';
  for (const [first, others] of Object.entries(SAME_SCRIPT))
    if (language === first || others.includes(language)) return first;
  return SCRIPTS.some(([, named]) => named === language) ? language : undefined;
}

/**
 * Whether `text` is written in another script than the `declared` language is: English in a
 * statement declared Punjabi, Gurmukhi in one declared English. Function words alone are
 * not enough for a short statement: "… found dead \"in a dumpster in D.C.\"" reads as French.
 */
export function inOtherScript(text: string, declared: string): boolean {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  return scriptOf(byScript(sample)) !== scriptOf(primaryLanguage(declared));
}
