import type { EntityRecord } from '../schema/records';
import type { Steps } from '../time-slices';
import { HashSet32 } from './hash-set';
import { Int32Chunks } from './int32-chunks';

/**
 * How common a person's full name is, derived from the store itself (issue 17): with 115,000
 * office-holders installed, "Steve Smith", "Bill Lee", "Simon Thomas" or "Vijay Singh" name a
 * politician in the store and many other people in the news. If first names and surnames were
 * independent, a name of first word F and last word L would be carried by
 * count(F) × count(L) / people of the store's people; the same share of everyone else carries it
 * too. A name above `COMMON_SHARE` needs supporting evidence near it (lib/match/name-support.ts).
 */

/** Below this many people the counts say nothing (the starter pack has about a hundred). */
export const MIN_PEOPLE_FOR_FREQUENCIES = 10_000;

/**
 * Expected bearers of a name among the store's people, from its parts: 0.005 is 577 for 115,422
 * people — "John East" (912: 912 Johns, one East) and "Martin Dempsey" (1,395) are common,
 * "Barack Obama" (6), "Vladimir Putin" (217), "Janet Napolitano" (117) are not.
 */
const COMMON_SHARE = 0.005;

export class NameFrequencies {
  people = 0;
  /** People per first word and per last word (hashes): typed sets that grow in steps (hash-set.ts). */
  readonly firsts = new HashSet32({ counting: true });
  readonly lasts = new HashSet32({ counting: true });
  /** (column, first-word hash, last-word hash) of every person's full name. */
  readonly columns = new Int32Chunks();

  /** One person's full names as (column, first hash, last hash) triples. */
  addPerson(names: readonly number[]): void {
    this.people++;
    const firsts = new Set<number>();
    const lasts = new Set<number>();
    for (let at = 0; at < names.length; at += 3) {
      this.columns.push(names[at]!);
      this.columns.push(names[at + 1]!);
      this.columns.push(names[at + 2]!);
      firsts.add(names[at + 1]!);
      lasts.add(names[at + 2]!);
    }
    for (const word of firsts) this.firsts.add(word);
    for (const word of lasts) this.lasts.add(word);
  }
}

/** Columns of the full names whose parts are common enough that the name alone is no proof. */
export function* commonNameColumnsSteps(frequencies: NameFrequencies): Steps<number[]> {
  const { columns, firsts, lasts, people } = frequencies;
  const common: number[] = [];
  for (let at = 0; at < columns.length; at += 3) {
    // 115,000 office-holders have about 700,000 names: one pass held the worker for tens of ms.
    if (at % (3 * NAMES_PER_STEP) === 0) yield;
    const expected = (firsts.count(columns.at(at + 1)) * lasts.count(columns.at(at + 2))) / people;
    if (expected >= COMMON_SHARE) common.push(columns.at(at));
  }
  return common;
}

/** Names weighed between two yields: about a millisecond of work. */
const NAMES_PER_STEP = 32_768;

/** Generational suffixes that end a name but are no surname ("Martin Luther King Jr."). */
const SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/iu;
/** Fewest letters of a derived surname: "Xi", "Li" are words and numerals too. */
const MIN_SURNAME_LETTERS = 3;

/**
 * The surnames of a person whose pack gives no short names (Wikidata's people): the last word of
 * each full name of two words or more.
 */
export function derivedSurnames(entity: EntityRecord): string[] {
  if (Object.values(entity.shortNames ?? {}).some((list) => list.length > 0)) return [];
  const surnames = new Set<string>();
  for (const list of Object.values(entity.names ?? {}))
    for (const name of list) {
      const words = name.trim().split(/\s+/u);
      while (words.length > 1 && SUFFIX.test(words.at(-1)!)) words.pop();
      const last = words.at(-1)!;
      if (
        words.length > 1 &&
        last.replace(/[^\p{L}]/gu, '').length >= MIN_SURNAME_LETTERS &&
        /^\p{Lu}/u.test(last)
      )
        surnames.add(last);
    }
  return [...surnames];
}
