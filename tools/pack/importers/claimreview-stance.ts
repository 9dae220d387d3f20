import type { Stance } from '../../../lib/schema/records';

/** Lower case, accents and `_`/`-` gone, only the verdict before a colon or full stop (`FALSO: As …`). */
function normalizeRating(rating: string): string {
  const verdict = rating.split(/[:.;!|–—(]/)[0] ?? '';
  return verdict
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[_\-«»“”"'‘’„]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function phrases(list: readonly string[]): string[] {
  return list.map(normalizeRating);
}

/**
 * Verdict words fact-checkers use, per stance, in the languages of the corpus and the largest
 * fact-checking languages, normalised like a rating (so Devanagari and Arabic marks, stripped with
 * the accents, match on both sides). Mixed verdicts are checked first so "half true" or "meia verdade" never
 * counts as "true", and false-like ones before true-like so "not true" never does.
 */
const MIXED = phrases([
  // en
  'half true',
  'half truth',
  'partly true',
  'partly false',
  'partially true',
  'partially false',
  'mixture',
  'mixed',
  'missing context',
  'needs context',
  'lacks context',
  'out of context',
  'unproven',
  'unverified',
  'disputed',
  'exaggerated',
  'imprecise',
  'not quite',
  'satire',
  'spoof',
  // pt
  'meia verdade',
  'impreciso',
  'imprecisa',
  'exagerado',
  'exagerada',
  'contraditorio',
  'sem contexto',
  'fora de contexto',
  'nao e bem assim',
  'subestimado',
  'insustentavel',
  'discutivel',
  // es
  'medio verdadero',
  'media verdad',
  'verdad a medias',
  'parcialmente verdadero',
  'parcialmente falso',
  'sin contexto',
  'fuera de contexto',
  'exagerado',
  'impreciso',
  'cuestionable',
  'inverificable',
  // fr
  'en partie vrai',
  'en partie faux',
  'partiellement vrai',
  'partiellement faux',
  'a nuancer',
  'trompeur en partie',
  'hors contexte',
  'manque de contexte',
  'inverifiable',
  'exagere',
  // de
  'teilweise richtig',
  'teilweise falsch',
  'teils richtig',
  'halb wahr',
  'fehlender kontext',
  'ohne kontext',
  'unbelegt',
  'ubertrieben',
  'unklar',
]);
const TRUE_LIKE_BUT_WEAK = phrases([
  'mostly true',
  'mostly correct',
  'largely true',
  'basicamente verdadeiro',
]);
const FALSE_LIKE = phrases([
  // en
  'false',
  'mostly false',
  'fake',
  'incorrect',
  'wrong',
  'untrue',
  'not true',
  'misleading',
  'pants on fire',
  'fabricated',
  'manipulated',
  'altered',
  'doctored',
  'distorted',
  'hoax',
  'scam',
  'baseless',
  'unfounded',
  'no evidence',
  'debunked',
  'inaccurate',
  'really false',
  // pt, es
  'falso',
  'falsa',
  'enganoso',
  'enganosa',
  'distorcido',
  'distorcida',
  'montagem',
  'manipulado',
  'manipulada',
  'bulo',
  'incorrecto',
  'engano',
  'inexacto',
  'sin evidencia',
  'sem evidencia',
  // fr
  'faux',
  'fausse',
  'trompeur',
  'trompeuse',
  'infonde',
  'intox',
  'inexact',
  'detourne',
  'montage',
  // de
  'falsch',
  'irrefuhrend',
  'manipuliert',
  'frei erfunden',
  'erfunden',
  'unwahr',
  'fake news',
  // it, nl
  'falsa',
  'fuorviante',
  'bufala',
  'onwaar',
  'misleidend',
  // ru, uk
  'ложь',
  'неправда',
  'фейк',
  'манипуляция',
  'маніпуляція',
  'хибно',
  // ar, hi, zh
  'زائف',
  'خطأ',
  'مضلل',
  'كاذب',
  'गलत',
  'भ्रामक',
  'फर्जी',
  'झूठ',
  'फेक',
  '錯誤',
  '错误',
  '誤導',
  '误导',
  '假',
  '謠言',
  '谣言',
]);
const TRUE_LIKE = phrases([
  'true',
  'correct',
  'accurate',
  'verified',
  'verdadeiro',
  'verdadeira',
  'verdadero',
  'verdadera',
  'cierto',
  'correcto',
  'vrai',
  'exact',
  'richtig',
  'wahr',
  'zutreffend',
  'vero',
  'waar',
  'правда',
  'صحيح',
  'सच',
  'सही',
  '正確',
  '正确',
  '事實',
  '属实',
]);

function containsPhrase(verdict: string, phrases: readonly string[]): boolean {
  const padded = ` ${verdict} `;
  return phrases.some((phrase) =>
    // Scripts without spaces between words (Chinese) match anywhere, the others as whole words.
    /[\p{Script=Han}]/u.test(phrase) ? verdict.includes(phrase) : padded.includes(` ${phrase} `),
  );
}

/** A verdict of more than a few words is an explanation, not a rating word; it decides nothing. */
const MAX_VERDICT_WORDS = 6;

/** A numeric rating on its scale: the bottom quarter disputes, the top quarter supports. */
function stanceOfScale(value: number, best: number, worst: number): Stance {
  if (best === worst) return 'context';
  const position = (value - worst) / (best - worst);
  if (position <= 0.25) return 'disputes';
  if (position >= 0.75) return 'supports';
  return 'context';
}

export interface Rating {
  /** `reviewRating.alternateName` or the API's `textualRating`, verbatim. */
  label?: string;
  value?: number;
  best?: number;
  worst?: number;
}

/**
 * The stance a review takes on the claim it rates: `disputes` for false- or misleading-like
 * verdicts, `supports` for true-like ones, `context` for mixed, unknown or unrated ones. The
 * verdict word decides; the numeric scale only when there is no known word and the scale's both
 * ends are given (sites fill `ratingValue` inconsistently, e.g. Aos Fatos rates "não é bem assim" 5
 * of 6).
 */
export function stanceOfRating(rating: Rating): Stance {
  const verdict = rating.label ? normalizeRating(rating.label) : '';
  if (verdict && verdict.split(' ').length <= MAX_VERDICT_WORDS) {
    if (containsPhrase(verdict, MIXED)) return 'context';
    if (containsPhrase(verdict, TRUE_LIKE_BUT_WEAK)) return 'supports';
    if (containsPhrase(verdict, FALSE_LIKE)) return 'disputes';
    if (containsPhrase(verdict, TRUE_LIKE)) return 'supports';
  }
  const { value, best, worst } = rating;
  if (value !== undefined && best !== undefined && worst !== undefined)
    return stanceOfScale(value, best, worst);
  return 'context';
}
