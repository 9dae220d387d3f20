import { entityIdAt } from '../match/entity-ids';
import type { Steps } from '../time-slices';
import { type ClaimIndex, termWeight } from './claim-index';
import { mergedPieces } from './fixed-pairs';
import {
  evidenceText,
  fixedPairsOf,
  type IndexedTerms,
  type ScoredSentence,
  sharedPhrases,
  termPositions,
  type Window,
  windowOf,
} from './statement-window';
import { THRESHOLDS, type Thresholds } from './thresholds';

export type { ScoredSentence } from './statement-window';

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

/** A mention of one of the claim's entities weighs like a term found in one statement in ten. */
const ENTITY_SHARE = 0.1;

/** How much lighter than the held terms' average a short statement's missing term must be (float noise aside). */
const LIGHTER = 1 - 1e-3;

/** Pieces of evidence a statement needs to count at all, as a match or as a rival. */
const RIVAL_EVIDENCE = 2;

interface Hit {
  claim: number;
  statement: number;
  coverage: number;
}

interface Candidate extends Hit {
  evidence: number;
  matched: number;
}

/** Scores statements against windows of text, reusing its buffers across calls. */
class StatementScorer {
  private readonly scores: Float32Array;
  private readonly counts: Uint16Array;
  private readonly touched: number[] = [];
  /** The window's terms added so far, by their position in `termKeys`. */
  private readonly added: Uint8Array;
  private readonly addedList: number[] = [];
  /** Each term's weight by its position, worked out when first needed (NaN before). */
  private readonly termWeights: Float64Array;
  /** Whether the index holds statements in one language only: then no posting needs its language checked. */
  private readonly oneLanguage: boolean;
  /** The touched statements holding at least two of the window's terms, in the order they got there. */
  private readonly several: number[] = [];
  private readonly statementCount: number;
  private readonly entityWeight: number;
  /** How many statements the index holds in each language (by its code). */
  private readonly languageSizes: Uint32Array;

  /** The thresholds of the article being matched. */
  thresholds: Thresholds = THRESHOLDS;

  constructor(private readonly index: ClaimIndex) {
    this.statementCount = index.statementClaim.length;
    this.scores = new Float32Array(this.statementCount);
    this.counts = new Uint16Array(this.statementCount);
    const shared = Math.max(1, Math.round(this.statementCount * ENTITY_SHARE));
    this.entityWeight = termWeight(shared, Math.max(this.statementCount, 2));
    this.languageSizes = new Uint32Array(index.languages.length);
    for (const code of index.statementLanguage) this.languageSizes[code]!++;
    this.oneLanguage = this.languageSizes.filter((size) => size > 0).length <= 1;
    this.added = new Uint8Array(index.termKeys.length);
    this.termWeights = new Float64Array(index.termKeys.length).fill(Number.NaN);
  }

  /**
   * The coverage a statement of `language` needs. Rarity means something only among many
   * statements: in a pool of hundreds, half a statement's weight is its rare, specific words;
   * among the few statements of a hand-written pack every word weighs about the same, and half
   * of "Boris Johnson persuaded Ukraine to leave the Istanbul talks" is "Boris Johnson came to
   * Istanbul", the topic alone. Fewer than `sparse.statements` in the language keep the higher bar.
   */
  private sparse(language: number): boolean {
    return (this.languageSizes[language] ?? 0) < this.thresholds.sparse.statements;
  }

  /** The coverage the candidate needs in the window (see `THRESHOLDS`). */
  private coverageFor(candidate: Candidate, window: Window): number {
    const { thresholds } = this;
    if (this.sparse(window.language)) return thresholds.sparse.coverage;
    let needed = thresholds.coverage;
    const lowest = Math.min(...thresholds.phrases.map((tier) => tier.coverage));
    if (candidate.coverage >= needed || candidate.coverage < lowest) return needed;
    const shared = sharedPhrases(this.index, candidate.statement, window, thresholds.fixedPairs);
    for (const tier of thresholds.phrases)
      if (shared >= tier.shared) needed = Math.min(needed, tier.coverage);
    return needed;
  }

  /** Adds a sentence's terms (positions in `termKeys`, those not added yet) to the statements that hold them. */
  add(terms: IndexedTerms, language: number): void {
    const { index, scores, counts, touched, several, added, termWeights, oneLanguage } = this;
    const { termStarts, termStatements, statementLanguage } = index;
    for (const at of terms.positions) {
      if (at < 0 || added[at] === 1) continue;
      added[at] = 1;
      this.addedList.push(at);
      const first = termStarts[at]!;
      const last = termStarts[at + 1]!;
      let weight = termWeights[at]!;
      if (Number.isNaN(weight)) weight = termWeights[at] = termWeight(last - first, this.statementCount);
      for (let posting = first; posting < last; posting++) {
        const statement = termStatements[posting]!;
        if (!oneLanguage && statementLanguage[statement] !== language) continue;
        const count = counts[statement]!;
        if (count === 0) touched.push(statement);
        else if (count === 1) several.push(statement);
        scores[statement]! += weight;
        counts[statement] = count + 1;
      }
    }
  }

  /** Forgets what was added: the next window starts empty. */
  clear(): void {
    for (const statement of this.touched) {
      this.scores[statement] = 0;
      this.counts[statement] = 0;
    }
    for (const at of this.addedList) this.added[at] = 0;
    this.touched.length = 0;
    this.several.length = 0;
    this.addedList.length = 0;
  }

  /** Whether claim `b` is a near-duplicate of claim `a` (another review of the same claim). */
  private near(a: number, b: number): boolean {
    const { nearStarts, nearList } = this.index;
    for (let at = nearStarts[a]!; at < nearStarts[a + 1]!; at++) if (nearList[at] === b) return true;
    return false;
  }

  /**
   * The statement's coverage and pieces of evidence in a window mentioning `mentioned`, if it
   * shares `RIVAL_EVIDENCE` with it. Reads the claim's entities in place and builds no object for
   * statements that are no rivals: a window's common words touch thousands of the 20,000-claim
   * index's statements, and their subarrays and candidates were most of a page's analysis and
   * its garbage (pagecost, 2026-12-07).
   */
  private coverage(statement: number, mentioned: ReadonlySet<number>): number {
    const { index, scores, counts } = this;
    const matched = counts[statement]!;
    // A statement sharing one word with the window is no rival (nor a match).
    if (matched + 1 < RIVAL_EVIDENCE) return -1;
    const claim = index.statementClaim[statement]!;
    const mentions = this.mentions(claim, mentioned);
    if (matched + (mentions ? 1 : 0) < RIVAL_EVIDENCE) return -1;
    const hasEntities = index.entityStarts[claim + 1]! > index.entityStarts[claim]!;
    const total = index.statementWeight[statement]! + (hasEntities ? this.entityWeight : 0);
    return (scores[statement]! + (mentions ? this.entityWeight : 0)) / total;
  }

  /** Whether the window mentions one of the claim's entities. */
  private mentions(claim: number, mentioned: ReadonlySet<number>): boolean {
    if (mentioned.size === 0) return false;
    const { entityStarts, entityList } = this.index;
    for (let at = entityStarts[claim]!; at < entityStarts[claim + 1]!; at++)
      if (mentioned.has(entityList[at]!)) return true;
    return false;
  }

  /** `coverage` with what the thresholds need, for rivals; a fixed pair ("Covid 19") is one piece. */
  private measure(statement: number, window: Window): Candidate | undefined {
    const { mentioned } = window;
    const coverage = this.coverage(statement, mentioned);
    if (coverage < 0) return undefined;
    const { index } = this;
    const claim = index.statementClaim[statement]!;
    const matched = this.counts[statement]!;
    const evidence =
      matched +
      (this.mentions(claim, mentioned) ? 1 : 0) -
      mergedPieces(index, statement, fixedPairsOf(index, window, this.thresholds.fixedPairs));
    return { claim, statement, coverage, evidence, matched };
  }

  /**
   * How far the best statement must be ahead of the rival: less when it shares more of its
   * phrases with the window than the rival shares of its own. Motivated by the CheckThat! 2022
   * debates: "In America, we pay, by far, the highest prices in the world for prescription drugs"
   * was held back by "… the cost of prescription drugs actually went down", which shares the
   * words "prescription drugs" but not the sentence's wording.
   */
  private marginOver(best: Candidate, rival: Candidate | undefined, window: Window): number {
    const { margin, phraseMargin, fixedPairs } = this.thresholds;
    if (!rival || phraseMargin >= margin || this.sparse(window.language)) return margin;
    const { index } = this;
    const ahead =
      sharedPhrases(index, best.statement, window, fixedPairs) >
      sharedPhrases(index, rival.statement, window, fixedPairs);
    return ahead ? phraseMargin : margin;
  }

  /** Whether a statement holds enough of its weight, and enough pieces, to be marked. */
  private passes(candidate: Candidate, window: Window): boolean {
    const { thresholds } = this;
    if (candidate.evidence < thresholds.evidence || candidate.coverage < this.coverageFor(candidate, window))
      return false;
    const terms = this.index.statementTermCount[candidate.statement]!;
    return (
      terms > thresholds.short || candidate.matched >= terms || this.holdsShort(candidate, terms, window)
    );
  }

  /**
   * Whether a short statement missing one term is held all the same: among many statements
   * (not `sparse`), when the missing term weighs less than the average of the terms the window
   * holds — a word of the pool's common stock, not one of its rare ones. The short rule is for a
   * text on the topic without the claim, and what a short statement claims is its rarest word
   * ("versunken" of "Das Alte Rathaus in Leipzig ist versunken"), which this never spares; where
   * every term is as rare as the others, none is spared. Motivated by the CheckThat! 2025 French
   * posts: "la Patinoire de Mulhouse sert de morgue depuis quelques jours" holds `patinoir`,
   * `mulhous` and `morgu` of "La patinoire de Mulhouse a été transformée en morgue" and was not
   * marked for lack of "transformée", a verb many of the pool's statements write.
   */
  private holdsShort(candidate: Candidate, terms: number, window: Window): boolean {
    if (!this.thresholds.shortSpare || candidate.matched + 1 !== terms || this.sparse(window.language))
      return false;
    const held = this.scores[candidate.statement]!;
    const missing = this.index.statementWeight[candidate.statement]! - held;
    return missing < (LIGHTER * held) / candidate.matched;
  }

  /**
   * Whether no statement can be marked in the window: the best one is marked only if it passes,
   * and one that passes has `evidence` pieces (at least three, so at least two of them terms: it
   * is among `several`). Most windows have none, and then the best statement need not be looked
   * for among the thousands that a window's common words touch in a 20,000-claim index.
   */
  private hopeless(window: Window, mentioned: ReadonlySet<number>): boolean {
    const { thresholds } = this;
    if (thresholds.evidence <= RIVAL_EVIDENCE) return false;
    // Below the lowest coverage bar no statement passes: no need to measure it.
    const lowest = this.sparse(window.language)
      ? thresholds.sparse.coverage
      : Math.min(thresholds.coverage, ...thresholds.phrases.map((tier) => tier.coverage));
    for (const statement of this.several) {
      if (this.coverage(statement, mentioned) < lowest) continue;
      const candidate = this.measure(statement, window);
      if (candidate && this.passes(candidate, window)) return false;
    }
    return true;
  }

  /**
   * The claims whose statements the sentences added so far (`window`) state: the best
   * statement's claim, if it passes the thresholds and is clearly ahead of every other claim's
   * (its near-duplicates aside), then those near-duplicates that pass on their own. Only the
   * window's best claim and other reviews of it: fact-check pools hold many claims on one
   * topic, and a sentence states one of them (docs/matcher.md).
   */
  best(window: Window): Hit[] {
    const { mentioned } = window;
    if (this.hopeless(window, mentioned)) return [];
    let bestStatement = -1;
    let bestCoverage = -1;
    for (const statement of this.touched) {
      const coverage = this.coverage(statement, mentioned);
      if (coverage >= 0 && (bestStatement < 0 || coverage > bestCoverage)) {
        bestStatement = statement;
        bestCoverage = coverage;
      }
    }
    const best = bestStatement < 0 ? undefined : this.measure(bestStatement, window);
    if (!best || !this.passes(best, window)) return [];
    // The best statement passes (rare): the other statements again, as rivals or reviews of it.
    const others = this.touched
      .map((statement) => this.measure(statement, window))
      .filter((other) => other !== undefined && other.claim !== best.claim)
      .sort((a, b) => b!.coverage - a!.coverage) as Candidate[];
    // Another claim stated almost as well is a different claim on the same topic: "Lula vendeu
    // a Amazônia para a Noruega" holds much of "Lula vendeu terras da Amazônia a uma empresa
    // norueguesa" too, and which one the sentence states is a guess (docs/matcher.md). But only
    // a claim that could be marked itself (as many pieces as a match) and is no review of the
    // same claim in other words: "driver" and "license" of "Barack Obama's plan gives a
    // driver's license to any illegal who wants one" are no reason to doubt a sentence that
    // holds most of Sanders' claim on Eliot Spitzer's licences.
    const rival = others.find(
      (other) => other.evidence >= this.thresholds.evidence && !this.near(best.claim, other.claim),
    );
    if (best.coverage - (rival?.coverage ?? 0) < this.marginOver(best, rival, window)) return [];
    const hits: Hit[] = [best];
    // Other reviews of the same claim are marked too when they pass: the reader sees every
    // fact-check of it, and which review's wording the text follows is no evidence.
    for (const other of others)
      if (
        this.near(best.claim, other.claim) &&
        !hits.some((hit) => hit.claim === other.claim) &&
        this.passes(other, window)
      )
        hits.push(other);
    return hits;
  }
}

/**
 * One scorer per index, kept while the index is: its buffers hold a number per statement (240 KB
 * for 20,000 claims), and one per article was much of a page's garbage.
 */
const scorers = new WeakMap<ClaimIndex, StatementScorer>();

function scorerOf(index: ClaimIndex): StatementScorer {
  let scorer = scorers.get(index);
  if (!scorer) {
    scorer = new StatementScorer(index);
    scorers.set(index, scorer);
  }
  return scorer;
}

/**
 * Marks the sentences that state a claim in their own words: a sentence (or it and the next,
 * in the same language) holds enough of one statement's weight (`THRESHOLDS.coverage`, or
 * `sparse.coverage` among few statements) — rare terms weigh more — at least
 * `THRESHOLDS.evidence` distinct terms or mentions of the claim's entities, and clearly more
 * (`THRESHOLDS.margin`) than of any other claim's statement.
 */
export function* findStatementMarks(
  sentences: ScoredSentence[],
  index: ClaimIndex,
  text: (block: number, start: number, end: number) => string,
  thresholds: Thresholds = THRESHOLDS,
): Steps<StatementMark[]> {
  const marks: StatementMark[] = [];
  if (index.statementClaim.length === 0) return marks;
  // The scorer is shared by every article matched with this index, and another may run in the
  // pauses between sentences: it is clear between sentences, and takes the thresholds each time.
  const scorer = scorerOf(index);
  scorer.clear();
  const languageCode = (language: string | undefined) =>
    language === undefined ? -1 : index.languages.indexOf(language);
  /** The sentence up to which each claim is already marked. */
  const markedUntil = new Map<number, number>();
  const positions: IndexedTerms[] = [];
  const termsAt = (at: number) => {
    positions[at] ??= termPositions(index, sentences[at]!);
    return positions[at];
  };
  for (let at = 0; at < sentences.length; at++) {
    const sentence = sentences[at]!;
    const language = languageCode(sentence.language);
    if (language < 0) continue;
    scorer.thresholds = thresholds;
    const alone = windowOf([sentence], [termsAt(at)], language);
    const next = sentences[at + 1];
    // Only within a paragraph: a mark lives in one block, and a pair across a paragraph break was
    // marked on its first sentence, the end of the paragraph before the one stating the claim.
    const pair =
      next && next.block === sentence.block && next.language === sentence.language
        ? windowOf([sentence, next], [termsAt(at), termsAt(at + 1)], language)
        : undefined;
    scorer.add(termsAt(at), language);
    const single = scorer.best(alone);
    let paired: Hit[] = [];
    if (pair) {
      scorer.add(termsAt(at + 1), language);
      paired = scorer.best(pair);
    }
    scorer.clear();
    const hits = [
      ...single.map((hit) => ({ claim: hit.claim, hit, window: alone })),
      ...paired
        .filter((hit) => !single.some((other) => other.claim === hit.claim))
        .map((hit) => ({ claim: hit.claim, hit, window: pair! })),
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
        evidence: evidenceText(index, window, hit.statement, text),
        coverage: hit.coverage,
      });
    }
    yield;
  }
  return marks;
}
