import { sortedHas } from '../sorted-search';
import { type ClaimIndex, findTerm } from './claim-index';
import type { Term } from './claim-terms';
import { type FixedPairRule, fixedPairsIn } from './fixed-pairs';
import { phraseKey } from './phrases';

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

/** A sentence, or a sentence and the next, scored against the statements of its language. */
export interface Window {
  sentences: ScoredSentence[];
  /** Each sentence's terms as positions in the index's `termKeys` (-1: a term the index lacks). */
  terms: Int32Array[];
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
export function windowOf(sentences: ScoredSentence[], terms: Int32Array[], language: number): Window {
  let mentioned = NOTHING_MENTIONED;
  if (sentences.some((sentence) => sentence.mentions.length > 0))
    mentioned = new Set(sentences.flatMap((sentence) => sentence.mentions.map(({ entity }) => entity)));
  return { sentences, terms, language, mentioned };
}

/** A sentence's terms as positions in the index's `termKeys`, -1 for a term it lacks. */
export function termPositions(index: ClaimIndex, sentence: ScoredSentence): Int32Array {
  const positions = new Int32Array(sentence.terms.length);
  sentence.terms.forEach((term, at) => {
    positions[at] = findTerm(index, term.key);
  });
  return positions;
}

/** Whether the statement holds the term at `at` in `termKeys`. */
const holds = (index: ClaimIndex, at: number, statement: number) =>
  sortedHas(index.termStatements, statement, index.termStarts[at]!, index.termStarts[at + 1]!);

/** The window's terms the index keeps, in reading order. */
const keptOf = (window: Window) =>
  (window.kept ??= window.terms.flatMap((positions) => [...positions].filter((at) => at >= 0)));

/** The fixed pairs (names, fixed expressions) among the window's adjacent terms. */
export const fixedPairsOf = (index: ClaimIndex, window: Window, rule: FixedPairRule) =>
  (window.fixed ??= fixedPairsIn(index, keptOf(window), rule));

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
    const positions = window.terms[at]!;
    const found = [
      ...sentence.terms.filter(
        (_, term) => positions[term]! >= 0 && holds(index, positions[term]!, statement),
      ),
      ...sentence.mentions.filter(({ entity }) => entities.includes(entity)),
    ].sort((a, b) => a.start - b.start);
    for (const piece of found) {
      const written = text(sentence.block, piece.start, piece.end);
      if (!seen.has(written.toLowerCase())) pieces.push(written);
      seen.add(written.toLowerCase());
    }
  });
  return pieces.slice(0, MAX_PIECES).join(' · ');
}
