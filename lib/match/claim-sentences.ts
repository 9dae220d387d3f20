import type { ClaimIndex } from '../claims/claim-index';
import { termsOf } from '../claims/claim-terms';
import { blockLanguages } from '../claims/detect-language';
import { findStatementMarks, type ScoredSentence } from '../claims/score-statements';
import { THRESHOLDS, type Thresholds } from '../claims/thresholds';
import type { Steps } from '../time-slices';
import { foldText } from './char-fold';
import type { CompiledClaim, CompiledTrigger } from './compiled-index';
import { splitSentences } from './sentences';

/** An entity mention as the claim matcher sees it. */
export interface EntityAt {
  block: number;
  start: number;
  end: number;
  entity: number;
}

export interface ClaimMark {
  claim: string;
  block: number;
  start: number;
  end: number;
  /** What matched, as written or as the pack's trigger terms: "100 Milliarden · Dollar · Blinken". */
  evidence: string;
  /** For marks from statements: the share of the statement's weight found (for calibration). */
  coverage?: number;
}

const MIN_TRIGGERS = 2;
const TRIGGERS_WITHOUT_ENTITY = 3;

interface ClaimSentence extends ScoredSentence {
  tokens: string[];
  stems: Set<string>;
}

function triggerOccurs(trigger: CompiledTrigger, tokens: string[], stems: Set<string>): boolean {
  const head = trigger.tokens[0]!;
  if (head.length >= 3 && !stems.has(head.slice(0, 3))) return false;
  const length = trigger.tokens.length;
  for (let at = 0; at + length <= tokens.length; at++) {
    let all = true;
    for (let part = 0; part < length && all; part++) {
      const wanted = trigger.tokens[part]!;
      const found = tokens[at + part]!;
      all = trigger.prefix && part === length - 1 ? found.startsWith(wanted) : found === wanted;
    }
    if (all) return true;
  }
  return false;
}

/** The distinct trigger terms of a claim found in a sentence's folded tokens. */
function triggersIn(triggers: CompiledTrigger[], sentence: ClaimSentence): Set<string> {
  const found = new Set<string>();
  for (const trigger of triggers)
    if (triggerOccurs(trigger, sentence.tokens, sentence.stems)) found.add(trigger.term.replace(/\*$/u, ''));
  return found;
}

/**
 * Hand-written trigger terms, the older and optional evidence: at least two distinct trigger
 * terms of the sentence's language in the sentence (or in it and the next one), and a mention
 * of one of the claim's entities there or a third trigger term.
 */
function findTriggerMarks(
  sentences: ClaimSentence[],
  claims: CompiledClaim[],
  text: (block: number, start: number, end: number) => string,
): ClaimMark[] {
  const marks: ClaimMark[] = [];
  for (const claim of claims) {
    for (let at = 0; at < sentences.length; at++) {
      const sentence = sentences[at]!;
      // Only the sentence's language: all languages at once counted "referendum" three times.
      const triggers = sentence.language === undefined ? [] : (claim.triggers[sentence.language] ?? []);
      if (triggers.length < MIN_TRIGGERS) continue;
      const here = triggersIn(triggers, sentence);
      if (here.size === 0) continue;
      const mentionOf = (of: ClaimSentence) =>
        of.mentions.find(({ entity }) => claim.entities.includes(entity));
      const windows = [{ found: here, mention: mentionOf(sentence), sentences: [sentence] }];
      const next = sentences[at + 1];
      if (next && next.language === sentence.language) {
        windows.push({
          found: new Set([...here, ...triggersIn(triggers, next)]),
          mention: mentionOf(sentence) ?? mentionOf(next),
          sentences: [sentence, next],
        });
      }
      const fit = windows.find(
        ({ found, mention }) =>
          found.size >= MIN_TRIGGERS && (mention || found.size >= TRIGGERS_WITHOUT_ENTITY),
      );
      if (!fit) continue;
      const last = fit.sentences[fit.sentences.length - 1]!;
      const mentioned = fit.mention
        ? [
            text(
              fit.sentences.find((of) => of.mentions.includes(fit.mention!))!.block,
              fit.mention.start,
              fit.mention.end,
            ),
          ]
        : [];
      marks.push({
        claim: claim.id,
        block: sentence.block,
        start: sentence.start,
        end: last.block === sentence.block ? last.end : sentence.end,
        evidence: [...fit.found, ...mentioned].join(' · '),
      });
      at += fit.sentences.length - 1;
    }
  }
  return marks;
}

/**
 * Marks the sentences that state a claim: by the claim's statements (lib/claims/), and by the
 * pack's trigger terms where it has them. Each sentence is read in its block's language — the
 * page's declared one, else detected — never in all languages at once.
 */
export function* findClaims(
  blocks: string[],
  index: ClaimIndex,
  mentions: EntityAt[],
  declaredLanguage: string | undefined,
  thresholds: Thresholds = THRESHOLDS,
): Steps<ClaimMark[]> {
  if (index.ids.count === 0) return [];
  const languages = blockLanguages(blocks, declaredLanguage);
  // Sentences of the whole article in reading order: a statement often runs on from one
  // paragraph into the next.
  const withTriggers = index.triggers.length > 0;
  const sentences: ClaimSentence[] = [];
  for (let block = 0; block < blocks.length; block++) {
    const text = blocks[block]!;
    for (const { start, end } of splitSentences(text)) {
      const written = text.slice(start, end);
      // Folded tokens only for the trigger rule: imported claims have no triggers.
      const tokens = withTriggers ? foldText(written).split(' ') : [];
      const language = languages[block];
      sentences.push({
        block,
        start,
        end,
        language,
        terms: termsOf(written, language, start),
        mentions: mentions.filter(
          (mention) => mention.block === block && mention.start >= start && mention.start < end,
        ),
        tokens,
        stems: new Set(tokens.map((token) => token.slice(0, 3))),
      });
    }
    yield;
  }
  const text = (block: number, start: number, end: number) => blocks[block]!.slice(start, end);
  const byStatements = yield* findStatementMarks(sentences, index, text, thresholds);
  const byTriggers = findTriggerMarks(sentences, index.triggers, text).filter(
    (mark) =>
      !byStatements.some(
        (other) =>
          other.claim === mark.claim &&
          other.block === mark.block &&
          other.start < mark.end &&
          mark.start < other.end,
      ),
  );
  return [...byStatements, ...byTriggers];
}
