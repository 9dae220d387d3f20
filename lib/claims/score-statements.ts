import { entityIdAt } from '../match/entity-ids';
import { type ClaimIndex, findTerm, termWeight } from './claim-index';
import type { Term } from './claim-terms';

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

export interface StatementMark {
  claim: string;
  block: number;
  start: number;
  end: number;
  /** What matched, as written: "100 Milliarden · Dollar · Ukraine · Blinken". */
  evidence: string;
  /** The share of the statement's weight found. */
  coverage: number;
}

/**
 * The share of a statement's weight a sentence must hold, and the distinct pieces of evidence
 * it needs: calibrated for precision on the CheckThat! dev data (docs/matcher.md). A statement
 * of at most `short` terms needs all of them: "Das Alte Rathaus in Leipzig ist versunken" has
 * four, and "Das Alte Rathaus in Leipzig wird renoviert" holds three, the topic without the claim.
 */
export const THRESHOLDS = { coverage: 0.7, evidence: 3, short: 4 };
export type Thresholds = typeof THRESHOLDS;
/** A mention of one of the claim's entities weighs like a term found in one statement in ten. */
const ENTITY_SHARE = 0.1;

const MAX_PIECES = 6;

interface Hit {
  claim: number;
  statement: number;
  coverage: number;
}

interface Window {
  sentences: ScoredSentence[];
  language: number;
}

/** Scores statements against windows of text, reusing its buffers across calls. */
class StatementScorer {
  private readonly scores: Float32Array;
  private readonly counts: Uint16Array;
  private readonly touched: number[] = [];
  private readonly statementCount: number;
  private readonly entityWeight: number;

  constructor(
    private readonly index: ClaimIndex,
    private readonly thresholds: Thresholds,
  ) {
    this.statementCount = index.statementClaim.length;
    this.scores = new Float32Array(this.statementCount);
    this.counts = new Uint16Array(this.statementCount);
    const shared = Math.max(1, Math.round(this.statementCount * ENTITY_SHARE));
    this.entityWeight = termWeight(shared, Math.max(this.statementCount, 2));
  }

  private claimEntities(claim: number): Uint32Array {
    return this.index.entityList.subarray(this.index.entityStarts[claim], this.index.entityStarts[claim + 1]);
  }

  private readonly seen = new Set<number>();

  /** Adds a sentence's terms (those not added yet) to the statements that hold them. */
  add(sentence: ScoredSentence, language: number): void {
    const { index, scores, counts, touched, seen } = this;
    for (const term of sentence.terms) {
      if (seen.has(term.key)) continue;
      seen.add(term.key);
      const at = findTerm(index, term.key);
      if (at < 0) continue;
      const first = index.termStarts[at]!;
      const last = index.termStarts[at + 1]!;
      const weight = termWeight(last - first, this.statementCount);
      for (let posting = first; posting < last; posting++) {
        const statement = index.termStatements[posting]!;
        if (index.statementLanguage[statement] !== language) continue;
        if (counts[statement] === 0) touched.push(statement);
        scores[statement]! += weight;
        counts[statement]!++;
      }
    }
  }

  /** Forgets what was added: the next window starts empty. */
  clear(): void {
    for (const statement of this.touched) {
      this.scores[statement] = 0;
      this.counts[statement] = 0;
    }
    this.touched.length = 0;
    this.seen.clear();
  }

  /**
   * The claim whose statement the sentences added so far (`window`) state best, if any passes
   * the thresholds. Only the window's best claim: fact-check pools hold many claims on one
   * topic, and a sentence states one of them (docs/matcher.md).
   */
  best(window: Window): Hit | undefined {
    const { index, scores, counts, touched, thresholds } = this;
    let best: Hit | undefined;
    for (const statement of touched) {
      const matched = counts[statement]!;
      // One more piece can come from an entity mention: fewer cannot pass.
      if (matched + 1 < thresholds.evidence) continue;
      const claim = index.statementClaim[statement]!;
      const entities = this.claimEntities(claim);
      const mentioned =
        entities.length > 0 &&
        window.sentences.some((sentence) =>
          sentence.mentions.some(({ entity }) => entities.includes(entity)),
        );
      const evidence = matched + (mentioned ? 1 : 0);
      const total = index.statementWeight[statement]! + (entities.length > 0 ? this.entityWeight : 0);
      const coverage = (scores[statement]! + (mentioned ? this.entityWeight : 0)) / total;
      const terms = index.statementTermCount[statement]!;
      if (evidence < thresholds.evidence || coverage < thresholds.coverage) continue;
      if (terms <= thresholds.short && matched < terms) continue;
      if (!best || best.coverage < coverage) best = { claim, statement, coverage };
    }
    return best;
  }

  /** The window's text pieces that match the statement, in reading order, and the claim's mentions. */
  evidence(
    window: Window,
    statement: number,
    text: (block: number, start: number, end: number) => string,
  ): string {
    const { index } = this;
    const holds = (key: number) => {
      const at = findTerm(index, key);
      if (at < 0) return false;
      const postings = index.termStatements.subarray(index.termStarts[at], index.termStarts[at + 1]);
      return postings.includes(statement);
    };
    const entities = this.claimEntities(index.statementClaim[statement]!);
    const pieces: string[] = [];
    const seen = new Set<string>();
    for (const sentence of window.sentences) {
      const found = [
        ...sentence.terms.filter((term) => holds(term.key)),
        ...sentence.mentions.filter(({ entity }) => entities.includes(entity)),
      ].sort((a, b) => a.start - b.start);
      for (const piece of found) {
        const written = text(sentence.block, piece.start, piece.end);
        if (!seen.has(written.toLowerCase())) pieces.push(written);
        seen.add(written.toLowerCase());
      }
    }
    // The card has one line for it: the first pieces in reading order.
    return pieces.slice(0, MAX_PIECES).join(' · ');
  }
}

/**
 * Marks the sentences that state a claim in their own words: a sentence (or it and the next,
 * in the same language) holds at least `THRESHOLDS.coverage` of one statement's weight — rare
 * terms weigh more — and at least `THRESHOLDS.evidence` distinct terms or mentions of the claim's entities.
 */
export function findStatementMarks(
  sentences: ScoredSentence[],
  index: ClaimIndex,
  text: (block: number, start: number, end: number) => string,
  thresholds: Thresholds = THRESHOLDS,
): StatementMark[] {
  const marks: StatementMark[] = [];
  if (index.statementClaim.length === 0) return marks;
  const scorer = new StatementScorer(index, thresholds);
  const languageCode = (language: string | undefined) =>
    language === undefined ? -1 : index.languages.indexOf(language);
  /** The sentence up to which each claim is already marked. */
  const markedUntil = new Map<number, number>();
  for (let at = 0; at < sentences.length; at++) {
    const sentence = sentences[at]!;
    const language = languageCode(sentence.language);
    if (language < 0) continue;
    const alone = { sentences: [sentence], language };
    const next = sentences[at + 1];
    // Only within a paragraph: a mark lives in one block, and a pair across a paragraph break was
    // marked on its first sentence, the end of the paragraph before the one stating the claim.
    const pair =
      next && next.block === sentence.block && next.language === sentence.language
        ? { sentences: [sentence, next], language }
        : undefined;
    scorer.add(sentence, language);
    const single = scorer.best(alone);
    let paired: Hit | undefined;
    if (pair) {
      scorer.add(pair.sentences[1]!, language);
      paired = scorer.best(pair);
    }
    scorer.clear();
    const hits = [
      ...(single ? [{ claim: single.claim, hit: single, window: alone }] : []),
      ...(paired && paired.claim !== single?.claim
        ? [{ claim: paired.claim, hit: paired, window: pair! }]
        : []),
    ];
    for (const { claim, hit, window } of hits) {
      if ((markedUntil.get(claim) ?? -1) >= at) continue;
      const last = window.sentences[window.sentences.length - 1]!;
      markedUntil.set(claim, at + window.sentences.length - 1);
      marks.push({
        claim: entityIdAt(index.ids, claim),
        block: sentence.block,
        start: sentence.start,
        end: last.end,
        evidence: scorer.evidence(window, hit.statement, text),
        coverage: hit.coverage,
      });
    }
  }
  return marks;
}
