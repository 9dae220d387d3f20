import { foldText } from './char-fold';
import type { CompiledClaim, CompiledIndex, CompiledTrigger } from './compiled-index';
import { type Sentence, splitSentences } from './sentences';

/** An entity mention as the claim matcher sees it. */
export interface EntityAt {
  block: number;
  start: number;
  entity: number;
}

export interface ClaimMark {
  claim: string;
  block: number;
  start: number;
  end: number;
  evidence: string;
}

const MIN_TRIGGERS = 2;
const TRIGGERS_WITHOUT_ENTITY = 3;

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

/** The distinct trigger terms of `claim` found in a sentence's folded tokens. */
function triggersIn(triggers: CompiledTrigger[], tokens: string[], stems: Set<string>): Set<string> {
  const found = new Set<string>();
  for (const trigger of triggers) if (triggerOccurs(trigger, tokens, stems)) found.add(trigger.term);
  return found;
}

function triggersFor(claim: CompiledClaim, language: string | undefined): CompiledTrigger[] {
  if (language !== undefined) return claim.triggers[language] ?? [];
  return Object.values(claim.triggers).flat();
}

interface FoldedSentence extends Sentence {
  block: number;
  tokens: string[];
  stems: Set<string>;
}

/**
 * Marks the sentences that state a claim: at least two distinct trigger terms of the claim in
 * the sentence (or in it and the next one), and a mention of one of the claim's entities there
 * or a third trigger term. One keyword, or the claim's people in another context, never suffice.
 * The mark covers the sentence, or both sentences when the evidence needs the next one and it
 * is in the same block.
 */
export function findClaims(
  blocks: string[],
  index: CompiledIndex,
  mentions: EntityAt[],
  language: string | undefined,
): ClaimMark[] {
  const marks: ClaimMark[] = [];
  if (index.claims.length === 0) return marks;
  const claims = index.claims
    .map((claim) => ({ claim, triggers: triggersFor(claim, language) }))
    .filter(({ triggers }) => triggers.length >= MIN_TRIGGERS);
  if (claims.length === 0) return marks;
  // Sentences of the whole article in reading order: a statement often runs on from one
  // paragraph into the next.
  const sentences: FoldedSentence[] = blocks.flatMap((text, block) =>
    splitSentences(text).map((sentence) => {
      const tokens = foldText(text.slice(sentence.start, sentence.end)).split(' ');
      return { ...sentence, block, tokens, stems: new Set(tokens.map((token) => token.slice(0, 3))) };
    }),
  );
  const mentionedIn = (entities: number[], sentence: FoldedSentence) =>
    mentions.some(
      (mention) =>
        mention.block === sentence.block &&
        mention.start >= sentence.start &&
        mention.start < sentence.end &&
        entities.includes(mention.entity),
    );
  for (const { claim, triggers } of claims) {
    for (let at = 0; at < sentences.length; at++) {
      const sentence = sentences[at]!;
      const here = triggersIn(triggers, sentence.tokens, sentence.stems);
      if (here.size === 0) continue;
      const alone = { found: here, withEntity: mentionedIn(claim.entities, sentence), next: undefined };
      const next = sentences[at + 1];
      const windows: { found: Set<string>; withEntity: boolean; next?: FoldedSentence }[] = [alone];
      if (next) {
        windows.push({
          found: new Set([...here, ...triggersIn(triggers, next.tokens, next.stems)]),
          withEntity: alone.withEntity || mentionedIn(claim.entities, next),
          next,
        });
      }
      const fit = windows.find(
        ({ found, withEntity }) =>
          found.size >= MIN_TRIGGERS && (withEntity || found.size >= TRIGGERS_WITHOUT_ENTITY),
      );
      if (!fit) continue;
      // A mark lives in one block: it takes in the next sentence only when that shares the block.
      const end = fit.next?.block === sentence.block ? fit.next.end : sentence.end;
      marks.push({
        claim: claim.id,
        block: sentence.block,
        start: sentence.start,
        end,
        evidence: `${fit.found.size} triggers${fit.withEntity ? ' + entity' : ''}`,
      });
      if (fit.next) at++;
    }
  }
  return marks;
}
