/**
 * Numbers and amounts as language-independent terms: "100 Milliarden US-Dollar", "$100 billion"
 * and "100 млрд долларов" all give the terms `#100000000000` and `¤usd`. Motivated by the
 * starter pack's "100 billion dollars" claim, which RT wrote in German and Ukrainian news in
 * Russian and English.
 */

/** Scale words after a number, by the start of the lower-case word; `billion` depends on language. */
const SCALES: ReadonlyArray<[RegExp, number]> = [
  [/^(thousand|tausend|mille|mil$|tys|тыс|тис|duizend|tysi)/u, 1e3],
  [/^(million|mio$|mln|millón|millones|milh|milion|miljoen|млн|миллион|мільйон)/u, 1e6],
  [/^(milliard|mrd$|bn$|miliard|miljard|bilh|млрд|миллиард|мільярд)/u, 1e9],
  [/^(trillion|billionen|billón|billones|trilh|bilion|трлн|триллион|трильйон)/u, 1e12],
];
/** Number suffixes glued to the digits: "$5bn", "100k". */
const SUFFIX_SCALES: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, b: 1e9, tn: 1e12 };

const PERCENT = /^(percent|prozent|procent|процент|відсот|porcento|%)/u;
const PERCENT_PHRASES = new Set(['pour cent', 'por ciento', 'por cento', 'per cento', 'per cent']);

const CURRENCIES: ReadonlyArray<[RegExp, string]> = [
  [/^(\$|usd$|dollar|dólar|dolar|доллар|долар)/u, '¤usd'],
  [/^(€|eur$|euro|евро|євро)/u, '¤eur'],
  [/^(£|gbp$|pound|pfund)/u, '¤gbp'],
];

/** The scale a word gives a number before it: `billion` is 10⁹ in English, 10¹² elsewhere. */
export function scaleOf(word: string, language: string | undefined): number | undefined {
  if (word === 'billion' || word === 'billions')
    return language === 'en' || language === undefined ? 1e9 : 1e12;
  for (const [pattern, scale] of SCALES) if (pattern.test(word)) return scale;
  return undefined;
}

export const suffixScaleOf = (suffix: string): number | undefined => SUFFIX_SCALES[suffix];

export const isPercentWord = (word: string): boolean => PERCENT.test(word);
export const isPercentPhrase = (first: string, second: string): boolean =>
  PERCENT_PHRASES.has(`${first} ${second}`);

export function currencyOf(word: string): string | undefined {
  for (const [pattern, key] of CURRENCIES) if (pattern.test(word)) return key;
  return undefined;
}

/**
 * The value of digits as written: "4,300" and "4.300" are 4300 (a single separator before
 * exactly three digits groups thousands), "1,5" and "1.5" are 1.5, "100 000" is 100000.
 */
export function parseDigits(written: string): number {
  const digits = written.replace(/[\s\u00a0\u202f]/gu, '');
  const separators = digits.match(/[.,]/gu) ?? [];
  if (separators.length === 0) return Number(digits);
  const last = Math.max(digits.lastIndexOf('.'), digits.lastIndexOf(','));
  const distinct = new Set(separators).size;
  const thousandsOnly = distinct === 1 && (separators.length > 1 || digits.length - last - 1 === 3);
  if (thousandsOnly) return Number(digits.replace(/[.,]/gu, ''));
  return Number(`${digits.slice(0, last).replace(/[.,]/gu, '')}.${digits.slice(last + 1)}`);
}

/** A number's term: its value to six significant digits, so "1.5 billion" = "1 500 million". */
export const numberKey = (value: number, percent: boolean): string =>
  `#${Number(value.toPrecision(6))}${percent ? '%' : ''}`;
