import { sortedHas } from '../sorted-search';
import { type ClaimIndex, findTerm } from './claim-index';
import type { Term } from './claim-terms';
import { splitsCompounds, stemKey as stemKeyOf } from './compounds';
import { type FixedPairRule, fixedPairsIn } from './fixed-pairs';
import { phraseKey } from './phrases';
import { readingOf } from './unknown-words';

/** A sentence as the statement scorer reads it. */
export interface ScoredSentence {
  block: number;
  start: number;
  end: number;
  language: string | undefined;
  terms: Term[];
  /** Entities mentioned in the sentence, with where. */
  mentions: { entity: number; start: number; end: number }[];
}

/** A sentence's terms as the index knows them. */
export interface IndexedTerms {
  /**
   * The sentence's terms: a word the index lacks as the terms it stands for (`unknown-words.ts`),
   * each spanning the word; after a hyphenated pair, its closed form where that is a term.
   */
  terms: Term[];
  /** Each term's position in the index's `termKeys`, -1 for a term it lacks. */
  positions: Int32Array;
  /**
   * Pairs of positions that are one piece of evidence and no phrase: the parts of one word, a
   * hyphenated pair and its closed form, a number and the term a hyphen joins it to.
   */
  joined: [number, number][];
}

/** A sentence, or a sentence and the next, scored against the statements of its language. */
export interface Window {
  sentences: ScoredSentence[];
  /** Each sentence's terms as the index knows them. */
  terms: IndexedTerms[];
  /** The language's code in the index. */
  language: number;
  /** The entities the window mentions. */
  mentioned: ReadonlySet<number>;
  /** The window's terms the index keeps, in reading order (made when first needed). */
  kept?: number[];
  /** The fixed pairs among its adjacent kept terms (`fixed-pairs.ts`, made when first needed). */
  fixed?: [number, number][];
}

const NOTHING_MENTIONED: ReadonlySet<number> = new Set();

/**
 * The window of `sentences`; `terms` are their term positions, looked up once per sentence: a
 * sentence is scored alone and again with the one before it.
 */
export function windowOf(sentences: ScoredSentence[], terms: IndexedTerms[], language: number): Window {
  let mentioned = NOTHING_MENTIONED;
  if (sentences.some((sentence) => sentence.mentions.length > 0))
    mentioned = new Set(sentences.flatMap((sentence) => sentence.mentions.map(({ entity }) => entity)));
  return { sentences, terms, language, mentioned };
}

/** FNV-1a of "w" and a stem: its term key (as `termKey` makes it). */
const stemKey = (stem: string) => stemKeyOf(stem, 0, stem.length);

/**
 * A sentence's terms as positions in the index's `termKeys`. In a language that writes closed
 * compounds (`compounds.ts`), a word the index lacks is read as its parts where they are terms
 * ("Coronaimpfung": `corona` and `impfung`), and a hyphenated pair also as the closed word where
 * that is a term ("Corona-Virus": `coronavirus` too); the parts of one word are one piece. A
 * German verb form the index lacks is read as its stem where that is a term ("rammten": `ramm`).
 * In every language, a number and the term a hyphen joins it to are one piece ("Covid-19").
 */
export function termPositions(index: ClaimIndex, sentence: ScoredSentence): IndexedTerms {
  const find = (key: number) => findTerm(index, key);
  const found = sentence.terms.map((term) => find(term.key));
  const { language } = sentence;
  const joined: [number, number][] = [];
  /** Joins the term at `position` to the one before when both are one designation ("Covid-19"). */
  const designation = (term: Term, before: number | undefined, position: number) => {
    if (term.withBefore && before !== undefined && before >= 0 && position >= 0 && before !== position)
      joined.push([before, position]);
  };
  if (language === undefined || !splitsCompounds(language)) {
    sentence.terms.forEach((term, at) => {
      designation(term, found[at - 1], found[at]!);
    });
    return { terms: sentence.terms, positions: Int32Array.from(found), joined };
  }
  const terms: Term[] = [];
  const positions: number[] = [];
  sentence.terms.forEach((term, at) => {
    const first = positions.length;
    const parts =
      found[at]! < 0 && term.stem !== undefined ? readingOf(index, term.stem, language) : undefined;
    for (const part of parts ?? [found[at]!]) {
      terms.push(parts ? { key: index.termKeys[part]!, start: term.start, end: term.end } : term);
      positions.push(part);
    }
    designation(term, positions[first - 1], positions[first]!);
    for (let part = first + 1; part < positions.length; part++)
      if (positions[part - 1] !== positions[part]) joined.push([positions[part - 1]!, positions[part]!]);
    const closed = term.closed === undefined ? -1 : find(stemKey(term.closed));
    const before = terms[first - 1];
    if (closed < 0 || before?.end !== term.start - 1) return;
    terms.push({ key: index.termKeys[closed]!, start: before.start, end: term.end });
    for (const part of positions.slice(first - 1))
      if (part >= 0 && part !== closed) joined.push([part, closed]);
    positions.push(closed);
  });
  return { terms, positions: Int32Array.from(positions), joined };
}

/** Whether the statement holds the term at `at` in `termKeys`. */
const holds = (index: ClaimIndex, at: number, statement: number) =>
  sortedHas(index.termStatements, statement, index.termStarts[at]!, index.termStarts[at + 1]!);

/** The window's terms the index keeps, in reading order. */
const keptOf = (window: Window) =>
  (window.kept ??= window.terms.flatMap(({ positions }) => [...positions].filter((at) => at >= 0)));

/** The fixed pairs (names, fixed expressions, the parts of a compound) among the window's adjacent terms. */
export const fixedPairsOf = (index: ClaimIndex, window: Window, rule: FixedPairRule) =>
  (window.fixed ??= [
    ...fixedPairsIn(index, keptOf(window), rule),
    ...window.terms.flatMap(({ joined }) => joined),
  ]);

/**
 * The statement's phrases the window holds: adjacent kept terms, both the statement's, in its
 * order, and no fixed pair ("Covid 19" is a name, not the claim's wording).
 */
export function sharedPhrases(
  index: ClaimIndex,
  statement: number,
  window: Window,
  rule: FixedPairRule,
): number {
  const kept = keptOf(window);
  const fixed = fixedPairsOf(index, window, rule);
  const from = index.phraseStarts[statement]!;
  const to = index.phraseStarts[statement + 1]!;
  const found = new Set<number>();
  for (let at = 0; at + 1 < kept.length; at++) {
    const [a, b] = [kept[at]!, kept[at + 1]!];
    if (a === b || !holds(index, a, statement) || !holds(index, b, statement)) continue;
    if (fixed.some(([x, y]) => (x === a && y === b) || (x === b && y === a))) continue;
    const phrase = phraseKey(index.termKeys[a]!, index.termKeys[b]!);
    if (sortedHas(index.phraseList, phrase, from, to)) found.add(phrase);
  }
  return found.size;
}

/** The hyphen and line break inside a word broken at a line's end ("klini-\nsche"): the card shows it whole. */
const BROKEN_AT_LINE_END = /[-\u2010\u2011][ \t\r]*\n[ \t\r]*/gu;

/** How many pieces of evidence a claim mark shows: the card has one line for them. */
const MAX_PIECES = 6;

/**
 * The window's text pieces that match the statement, in reading order, and the mentions of its
 * claim's entities: "100 Milliarden · Dollar · Ukraine · Blinken".
 */
export function evidenceText(
  index: ClaimIndex,
  window: Window,
  statement: number,
  text: (block: number, start: number, end: number) => string,
): string {
  const claim = index.statementClaim[statement]!;
  const entities = index.entityList.subarray(index.entityStarts[claim], index.entityStarts[claim + 1]);
  const pieces: string[] = [];
  const seen = new Set<string>();
  window.sentences.forEach((sentence, at) => {
    const { terms, positions } = window.terms[at]!;
    const found = [
      ...terms.filter((_, term) => positions[term]! >= 0 && holds(index, positions[term]!, statement)),
      ...sentence.mentions.filter(({ entity }) => entities.includes(entity)),
    ].sort((a, b) => a.start - b.start);
    for (const piece of found) {
      const written = text(sentence.block, piece.start, piece.end).replace(BROKEN_AT_LINE_END, '');
      if (!seen.has(written.toLowerCase())) pieces.push(written);
      seen.add(written.toLowerCase());
    }
  });
  return pieces.slice(0, MAX_PIECES).join(' · ');
}
