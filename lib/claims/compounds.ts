import { foldText } from '../match/char-fold';
import { stem as stemOf } from './stemmers';

/**
 * Closed compounds: German writes "Coronaimpfung" where a fact-check writes "Impfung gegen
 * Corona", "Impfverbot" for "Verbot … Impfung", "Vireninfektion" for "Infektion mit Viren". A
 * word the installed statements lack is read as its parts when it splits into two (or three)
 * stems that are statement terms, joined directly or by a linking element of the language
 * (German Fugenelemente: Gesundheit-s-gefahr, Viren, Kranken-pfleger). Motivated by the
 * CheckThat! 2025 German posts, whose missed claims often shared fewer than two terms with the
 * post because one side wrote a compound (docs/benchmarks.md, Claims). Only languages that write
 * compounds closed, each with its linking elements (longest first); others are never split.
 */
interface CompoundRule {
  /** Linking elements, longest first. */
  links: readonly string[];
  /**
   * Endings the stemmer removes only far enough into a word, so from a compound's head but not
   * from the head alone: Snowball's German "Coronaimpfung" is `coronaimpf`, "Impfung" `impfung`.
   */
  endings: readonly string[];
}

const RULES: Record<string, CompoundRule> = {
  de: {
    links: ['ens', 'es', 'en', 'er', 'ns', 's', 'n', 'e'],
    endings: ['ung', 'heit', 'keit', 'lich', 'isch', 'ig', 'ik', 'end'],
  },
  nl: { links: ['en', 's', 'e'], endings: ['heid', 'en', 'e'] },
};

/** A part shorter than this is no stem of its own ("er-halt", "b-ericht"). */
const MIN_PART = 3;

/** Whether the language writes compounds closed (its words' stems are kept for splitting). */
export const splitsCompounds = (language: string | undefined): boolean =>
  language !== undefined && Object.hasOwn(RULES, language);

/** FNV-1a of "w", `text[from..to)` and `ending`: the term key of a stem (as `termKey` makes it). */
export function stemKey(text: string, from: number, to: number, ending = ''): number {
  let hash = Math.imul(0x811c9dc5 ^ 0x77, 0x01000193);
  for (let at = from; at < to; at++) {
    hash ^= text.charCodeAt(at);
    hash = Math.imul(hash, 0x01000193);
  }
  for (let at = 0; at < ending.length; at++) {
    hash ^= ending.charCodeAt(at);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0 || 1;
}

/** The position of the head `stem[split..]` as a term, also with an ending the stemmer took from the compound. */
function headAt(stem: string, split: number, rule: CompoundRule, find: (key: number) => number): number {
  const found = find(stemKey(stem, split, stem.length));
  if (found >= 0) return found;
  for (const ending of rule.endings) {
    const restored = find(stemKey(stem, split, stem.length, ending));
    if (restored >= 0) return restored;
  }
  return -1;
}

/**
 * The position (by `find`) of the modifier `stem[0..end)` as a term: as written, without a
 * linking element, or stemmed as a word of its own ("Regierung-s-chef": `regierung` → `regier`).
 */
function modifierAt(stem: string, end: number, language: string, find: (key: number) => number): number {
  let found = find(stemKey(stem, 0, end));
  if (found >= 0) return found;
  for (const link of RULES[language]!.links) {
    const bare = end - link.length;
    if (bare < MIN_PART || !stem.startsWith(link, bare)) continue;
    found = find(stemKey(stem, 0, bare));
    if (found >= 0) return found;
  }
  const stemmed = foldText(stemOf(stem.slice(0, end), language)).replace(/ /gu, '');
  return stemmed.length >= MIN_PART && stemmed !== stem.slice(0, end)
    ? find(stemKey(stemmed, 0, stemmed.length))
    : -1;
}

/**
 * The parts of a word's `stem` (folded, as its term key is made) that `find` knows as terms
 * (positions, modifier first), or undefined when it is no compound of them. The longest known
 * head wins: the head names what the compound is ("Gesundheitsministerium" is a ministry), and
 * the longest is the most specific. A modifier that is no term may itself be two
 * ("Bundesgesundheitsministerium": Bund-es + Gesundheit-s + Ministerium).
 */
export function compoundParts(
  stem: string,
  language: string,
  find: (key: number) => number,
  depth = 2,
): number[] | undefined {
  const rule = RULES[language];
  if (!rule) return undefined;
  for (let split = MIN_PART; split + MIN_PART <= stem.length; split++) {
    const head = headAt(stem, split, rule, find);
    if (head < 0) continue;
    const modifier = modifierAt(stem, split, language, find);
    if (modifier >= 0) return [modifier, head];
    if (depth < 2) continue;
    // The modifier as written or without a linking element ("Bundesgesundheit-s-ministerium").
    for (const end of [split, ...rule.links.map((link) => split - link.length)]) {
      if (end < 2 * MIN_PART || (end < split && !rule.links.includes(stem.slice(end, split)))) continue;
      const parts = compoundParts(stem.slice(0, end), language, find, depth - 1);
      if (parts) return [...parts, head];
    }
  }
  return undefined;
}
