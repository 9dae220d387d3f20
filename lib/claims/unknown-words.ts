import { type ClaimIndex, findTerm } from './claim-index';
import { compoundParts } from './compounds';
import { verbStemAt } from './verb-forms';

/** What each unknown word was read as, per index: words repeat, and a page repeats its own. */
const readings = new WeakMap<ClaimIndex, Map<string, number[] | null>>();
const MAX_READINGS = 50_000;

/**
 * The statement terms (positions in `termKeys`) that a word the index lacks stands for, by its
 * stem (as its key is made): a closed compound's parts (`compounds.ts`), else the stem of a German
 * verb form (`verb-forms.ts`); undefined when neither is found.
 */
export function readingOf(index: ClaimIndex, stem: string, language: string): number[] | undefined {
  let known = readings.get(index);
  if (!known) {
    known = new Map();
    readings.set(index, known);
  }
  const key = `${language} ${stem}`;
  let reading = known.get(key);
  if (reading === undefined) {
    const find = (termKey: number) => findTerm(index, termKey);
    reading = compoundParts(stem, language, find) ?? null;
    if (reading === null) {
      const verb = verbStemAt(stem, language, find);
      if (verb >= 0) reading = [verb];
    }
    if (known.size >= MAX_READINGS) known.clear();
    known.set(key, reading);
  }
  return reading ?? undefined;
}
