import { FormKind } from './compiled-index';
import type { Candidate, Reading } from './entity-mentions';

/**
 * The article-wide decision over the candidates of lib/match/entity-mentions.ts: which entity
 * each found form names, and the evidence the card shows for it.
 */

export interface ResolvedMention {
  block: number;
  start: number;
  end: number;
  surface: string;
  entity: number;
  evidence: string;
}

const EVIDENCE_OF_KIND: Record<number, string> = {
  [FormKind.name]: 'full name',
  [FormKind.alias]: 'alias',
};

/**
 * What the whole article says about its entities: how each is named (for the card's "why") and
 * which surnames also stand after another first name. An entity is established by its full name
 * or alias, or by a title of its own ("Gen. Milley"), not by a generic title word, which fits
 * anyone with that surname.
 */
export interface ArticleContext {
  named: Map<number, string>;
  namesakes: Set<number>;
}

export function articleContext(
  candidates: readonly Candidate[],
  into?: ArticleContext,
  /** A place or institution of the entity's roles that the article names, for a common full name. */
  placeInArticle?: (entity: number) => string | undefined,
): ArticleContext {
  const context = into ?? { named: new Map<number, string>(), namesakes: new Set<number>() };
  const { named, namesakes } = context;
  for (const candidate of candidates) {
    for (const reading of candidate.readings) {
      if (reading.unsupported && placeInArticle !== undefined) {
        const place = placeInArticle(reading.entity);
        if (place !== undefined) {
          delete reading.unsupported;
          reading.support = place;
          reading.supportInArticle = true;
        }
      }
      if (reading.namesake) namesakes.add(reading.entity);
      else if (reading.unsupported) continue;
      else if (reading.kind !== FormKind.short) named.set(reading.entity, 'full name in article');
      else if (reading.title?.specific && !named.has(reading.entity)) {
        named.set(reading.entity, `title in article: ${reading.title.surface}`);
      }
    }
  }
  return context;
}

/**
 * Decides every candidate of an article at once: a short name counts when its entity is named
 * in full anywhere in the article (also after it: headlines come first), when a title stands
 * right before it, or when it is the surname of a well-known entity that nobody else in the
 * article bears. Candidates come sorted by block and start; overlaps keep the earlier one.
 */
export function resolveMentions(
  candidates: Candidate[],
  context: ArticleContext = articleContext(candidates),
): ResolvedMention[] {
  const resolved: ResolvedMention[] = [];
  let block = -1;
  let reached = 0;
  for (const candidate of candidates) {
    if (candidate.block !== block) {
      block = candidate.block;
      reached = 0;
    }
    if (candidate.start < reached) continue;
    const choice = chooseReading(candidate.readings, context);
    if (!choice) continue;
    const { reading, evidence } = choice;
    resolved.push({
      block,
      start: reading.start,
      end: reading.end,
      surface: candidate.text.slice(reading.start, reading.end),
      entity: reading.entity,
      evidence,
    });
    reached = candidate.end;
  }
  return resolved;
}

function chooseReading(
  readings: Reading[],
  { named, namesakes }: ArticleContext,
): { reading: Reading; evidence: string } | undefined {
  const full = readings.find((reading) => reading.kind !== FormKind.short && !reading.unsupported);
  if (full) {
    const evidence = EVIDENCE_OF_KIND[full.kind]!;
    return {
      reading: full,
      evidence:
        full.support === undefined
          ? evidence
          : `${evidence} · ${full.supportInArticle ? 'in article' : 'role'}: ${full.support}`,
    };
  }
  // "Simon Thomas" with no role beside it: his only if the article names him with one elsewhere.
  const namedElsewhere = readings.find((reading) => reading.unsupported && named.has(reading.entity));
  if (namedElsewhere) return { reading: namedElsewhere, evidence: 'full name in article' };
  // Named in full and titled beats either alone.
  let best: Reading[] = [];
  let bestScore = 0;
  for (const reading of readings) {
    if (reading.namesake || reading.unsupported) continue;
    // "Putin sagte": well known by the surname, unless the article also has a "Fred Putin".
    const wellKnown = reading.prominent === true && !namesakes.has(reading.entity);
    const score = (named.has(reading.entity) ? 2 : 0) + (reading.title !== undefined || wellKnown ? 1 : 0);
    if (score < bestScore || score === 0) continue;
    if (score > bestScore) best = [];
    bestScore = score;
    best.push(reading);
  }
  const reading = bestScore >= 2 ? best[0] : soleReading(best, namesakes);
  if (reading === undefined) return undefined;
  return {
    reading,
    evidence:
      reading.title !== undefined
        ? `${reading.title.kind ?? 'title'}: ${reading.title.surface}`
        : (named.get(reading.entity) ?? 'well known'),
  };
}

/**
 * A surname with only a title or fame beside it, borne by several entities ("Präsident Singh",
 * "US-Präsident Obama" with six Obamas among 115,000 office-holders): the one whose roles fit the
 * title, else the one well known by it; when that leaves several, nobody in particular.
 */
function soleReading(readings: Reading[], namesakes: Set<number>): Reading | undefined {
  if (readings.length <= 1) return readings[0];
  const fitting = readings.filter((reading) => reading.titleFits);
  const candidates = fitting.length > 0 ? fitting : readings;
  if (candidates.length === 1) return candidates[0];
  const wellKnown = candidates.filter((reading) => reading.prominent && !namesakes.has(reading.entity));
  return wellKnown.length === 1 ? wellKnown[0] : undefined;
}
