import type { CompiledClaim } from '../match/compiled-index';
import { type EntityIdTable, entityIdTable } from '../match/entity-ids';
import type { ClaimRecord } from '../schema/records';
import { SlugNumbers } from '../slug-numbers';
import { sortedIndexOf } from '../sorted-search';
import type { Steps } from '../time-slices';
import { termsOf } from './claim-terms';
import { blockLanguages, inOtherScript, primaryLanguage } from './detect-language';
import { nearDuplicateSteps } from './near-duplicates';
import { statementPhrases } from './phrases';
import { compileTriggers, type TriggerSource } from './triggers';

/**
 * Claims compiled for matching from their statements: every statement (a claim's title and
 * paraphrases per language) is a set of term keys; postings lead from each key to the
 * statements that hold it, so a sentence is scored only against statements it shares terms
 * with. Everything is a typed array except the few hand-written trigger lists.
 */
export interface ClaimIndex {
  readonly ids: EntityIdTable;
  /** Claim c's entities (its `entities` and its claimant) are `entityList[entityStarts[c]..entityStarts[c+1]]`. */
  readonly entityStarts: Uint32Array;
  readonly entityList: Uint32Array;
  /** Distinct term keys, ascending. */
  readonly termKeys: Uint32Array;
  /** Term t's statements are `termStatements[termStarts[t]..termStarts[t+1]]`. */
  readonly termStarts: Uint32Array;
  readonly termStatements: Uint32Array;
  readonly statementClaim: Uint32Array;
  /** Index into `languages`. */
  readonly statementLanguage: Uint8Array;
  /** Distinct terms in the statement (at most 255 counted). */
  readonly statementTermCount: Uint8Array;
  /** Sum of the statement's term weights: what a sentence stating it all would score. */
  readonly statementWeight: Float32Array;
  readonly languages: string[];
  /**
   * Claim c's near-duplicates — claims with a statement in other words of the same claim — are
   * `nearList[nearStarts[c]..nearStarts[c+1]]` (`near-duplicates.ts`): no rivals of each other.
   */
  readonly nearStarts: Uint32Array;
  readonly nearList: Uint32Array;
  /**
   * Statement s's phrases — adjacent pairs of its kept terms, as 16-bit fingerprints — are
   * `phraseList[phraseStarts[s]..phraseStarts[s+1]]`, ascending (`phrases.ts`).
   */
  readonly phraseStarts: Uint32Array;
  readonly phraseList: Uint16Array;
  /** Claims with trigger terms (hand-written packs), by claim index. */
  readonly triggers: CompiledClaim[];
}

/** How rare a term is among the statements: BM25's inverse document frequency. */
export const termWeight = (statementsWithTerm: number, statementCount: number) =>
  Math.log(1 + (statementCount - statementsWithTerm + 0.5) / (statementsWithTerm + 0.5));

/** A claim's statements per language: its title, its paraphrases. */
function* statementsOf(claim: ClaimRecord): Generator<[string, string]> {
  for (const [language, text] of Object.entries(claim.title)) yield [language, text];
  for (const [language, texts] of Object.entries(claim.statements ?? {}))
    for (const text of texts) yield [language, text];
}

/**
 * The language a statement is matched in: the one the pack declares, unless the text is
 * written in another script and clearly reads as another language, by the rule a page's block
 * follows (`blockLanguages`). Only another script: by function words alone six PolitiFact
 * statements read as French ("… found dead \"in a dumpster in D.C.\""), and two debate
 * sentences lost their mark. Motivated by the
 * CheckThat! 2025 Punjabi pool: fact-checkers' feeds declare the review's language, and English
 * claims reviewed by Punjabi fact-checkers ("Indian students being deported back to india
 * because of their FAKE IELTS exam result submissions") were indexed as Punjabi, so an English
 * post quoting them word for word — read as English, as a page's English block is — never met
 * them.
 */
function statementLanguageOf(declared: string, text: string): string {
  if (!inOtherScript(text, declared)) return declared;
  const read = blockLanguages([text], declared)[0];
  return read === undefined || read === primaryLanguage(declared) ? declared : read;
}

/**
 * Statements compiled between two yields. Counted by statement, not by claim: the starter pack's
 * nine claims have 38 wordings each, and compiling all 342 in one step (stemming every word, the
 * stemmers' code still cold after an install) was a task of 60–100 ms in Chromium's worker.
 */
/** Terms in more than this share of the statements, and in more than `MIN_COMMON`, are left out. */
const COMMON_SHARE = 0.01;
const MIN_COMMON = 32;

/**
 * The claim index, built as claims come: each claim's statements are read into their terms when
 * it is added, and only those terms, its id, its entities' ids and its trigger terms are kept.
 * The install of a pack of 20,000 claims kept every claim's whole record until its last step and
 * then read every statement there, on the way to the index being ready (issue 16).
 */
export class ClaimIndexBuilder {
  private readonly ids = new SlugNumbers();
  /** Claim c's entity ids (its `entities` and its claimant) are `entityIds[entityIdStarts[c]..]`. */
  private readonly entityIds: string[] = [];
  private readonly entityIdStarts: number[] = [0];
  private readonly languages: string[] = [];
  private readonly languageIndex = new Map<string, number>();
  private readonly statementClaim: number[] = [];
  private readonly statementLanguage: number[] = [];
  private readonly statementTerms: Uint32Array[] = [];
  /** Each statement's term keys in reading order, for its phrases. */
  private readonly statementSequences: Uint32Array[] = [];
  private readonly triggerSources: { claim: number; source: TriggerSource }[] = [];
  private termCount = 0;

  /** Adds `claim` unless a claim of its id came first. */
  add(claim: ClaimRecord): void {
    if (this.ids.get(claim.id) !== undefined) return;
    const index = this.ids.append(claim.id);
    for (const id of new Set([...claim.entities, ...(claim.claimant ? [claim.claimant] : [])]))
      this.entityIds.push(id);
    this.entityIdStarts.push(this.entityIds.length);
    if (claim.triggers)
      this.triggerSources.push({ claim: index, source: { id: claim.id, triggers: claim.triggers } });
    for (const [declared, text] of statementsOf(claim)) {
      const language = statementLanguageOf(declared, text);
      const sequence = Uint32Array.from(termsOf(text, language), (term) => term.key);
      const keys = Uint32Array.from(new Set(sequence));
      if (keys.length === 0) continue;
      let code = this.languageIndex.get(language);
      if (code === undefined) {
        code = this.languages.length;
        if (code > 255) throw new Error('claims in more than 256 languages');
        this.languages.push(language);
        this.languageIndex.set(language, code);
      }
      this.statementClaim.push(index);
      this.statementLanguage.push(code);
      this.statementTerms.push(keys);
      this.statementSequences.push(sequence);
      this.termCount += keys.length;
    }
  }

  /** The index of the claims added, their entities numbered by `entityIndex`. */
  *finishSteps(entityIndex: Pick<ReadonlyMap<string, number>, 'get'>): Steps<ClaimIndex> {
    const {
      entityIdStarts,
      statementClaim,
      statementLanguage,
      statementTerms,
      statementSequences,
      languages,
    } = this;
    const termCount = this.termCount;
    const entityStarts: number[] = [0];
    const entityList: number[] = [];
    for (let claim = 0; claim < this.ids.count; claim++) {
      for (let at = entityIdStarts[claim]!; at < entityIdStarts[claim + 1]!; at++) {
        const entity = entityIndex.get(this.entityIds[at]!);
        if (entity !== undefined) entityList.push(entity);
      }
      entityStarts.push(entityList.length);
    }
    const triggers: CompiledClaim[] = [];
    for (const { claim, source } of this.triggerSources) {
      const triggered = compileTriggers(
        source,
        entityList.slice(entityStarts[claim], entityStarts[claim + 1]),
      );
      if (triggered) triggers.push(triggered);
    }
    yield;
    // Postings: (key, statement) pairs sorted by key, in one typed array of pairs.
    const pairs = new Float64Array(termCount);
    let at = 0;
    statementTerms.forEach((keys, statement) => {
      for (const key of keys) pairs[at++] = key * 2 ** 21 + statement;
    });
    if (statementTerms.length >= 2 ** 21) throw new Error('more than 2,097,152 claim statements');
    pairs.sort();
    yield;
    const statementCount = statementTerms.length;
    const maxStatements = Math.max(MIN_COMMON, Math.ceil(statementCount * COMMON_SHARE));
    const termKeys: number[] = [];
    const termStarts: number[] = [];
    const termStatements = new Uint32Array(termCount);
    const statementTermCount = new Uint8Array(statementCount);
    let kept = 0;
    for (let pair = 0; pair < termCount; ) {
      const key = Math.floor(pairs[pair]! / 2 ** 21);
      let last = pair;
      while (last < termCount && Math.floor(pairs[last]! / 2 ** 21) === key) last++;
      // A term in more than one statement in a hundred is this pack's function word ("says",
      // "percent" among PolitiFact's claims): it weighs little and would cost the most to score.
      if (last - pair <= maxStatements) {
        termKeys.push(key);
        termStarts.push(kept);
        for (let at = pair; at < last; at++) {
          const statement = pairs[at]! - key * 2 ** 21;
          termStatements[kept++] = statement;
          statementTermCount[statement] = Math.min(255, statementTermCount[statement]! + 1);
        }
      }
      pair = last;
    }
    termStarts.push(kept);
    yield;
    const statementWeight = new Float32Array(statementCount);
    const termWeights = new Float64Array(termKeys.length);
    for (let term = 0; term < termKeys.length; term++) {
      const weight = termWeight(termStarts[term + 1]! - termStarts[term]!, statementCount);
      termWeights[term] = weight;
      for (let posting = termStarts[term]!; posting < termStarts[term + 1]!; posting++)
        statementWeight[termStatements[posting]!]! += weight;
    }
    const keptKeys = new Set(termKeys);
    const phrases = statementPhrases(statementSequences, (key) => keptKeys.has(key));
    yield;
    const near = yield* nearDuplicateSteps({
      claimCount: this.ids.count,
      statementClaim,
      statementLanguage,
      statementWeight,
      termStarts,
      termStatements,
      termWeights,
    });
    return {
      ids: entityIdTable(this.ids),
      entityStarts: Uint32Array.from(entityStarts),
      entityList: Uint32Array.from(entityList),
      termKeys: Uint32Array.from(termKeys),
      termStarts: Uint32Array.from(termStarts),
      termStatements: termStatements.slice(0, kept),
      statementClaim: Uint32Array.from(statementClaim),
      statementLanguage: Uint8Array.from(statementLanguage),
      statementWeight,
      statementTermCount,
      languages,
      nearStarts: near.starts,
      nearList: near.list,
      phraseStarts: phrases.starts,
      phraseList: phrases.list,
      triggers,
    };
  }
}

/** The position of `key` in `termKeys`, or -1. */
export const findTerm = (index: ClaimIndex, key: number): number => sortedIndexOf(index.termKeys, key);
