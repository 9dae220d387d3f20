import { stemKey } from './compounds';

/**
 * German verb forms that Snowball's stemmer leaves longer than the statements' stem: the third
 * person and the participle in -t and -et ("rettet", "rammten" → `rammt`, "finanziert") and the
 * participle's ge- ("geimpft", "getestet"). Motivated by the CheckThat! 2025 German posts: "Zwei
 * Militärschiffe rammten einen mit illegalen Einwanderern beladenen Kahn" missed "Australische
 * Militärschiffe rammen hier ein Boot illegal Einwandernder", whose `ramm` it never wrote.
 */
const ENDINGS = ['et', 't'];
const PREFIX = 'ge';
/** The shortest stem left: "hat" is no form of `ha`, "Welt" none of `wel`. */
const MIN_STEM = 4;

/**
 * The position (by `find`) of the statement term that a German word's `stem` (as its key is
 * made) is a verb form of, or -1: without ge-, then without -et or -t.
 */
export function verbStemAt(stem: string, language: string, find: (key: number) => number): number {
  if (language !== 'de') return -1;
  const bases =
    stem.startsWith(PREFIX) && stem.length - PREFIX.length >= MIN_STEM + 1
      ? [stem.slice(PREFIX.length), stem]
      : [stem];
  for (const base of bases) {
    if (base !== stem) {
      const found = find(stemKey(base, 0, base.length));
      if (found >= 0) return found;
    }
    for (const ending of ENDINGS) {
      if (!base.endsWith(ending) || base.length - ending.length < MIN_STEM) continue;
      const found = find(stemKey(base, 0, base.length - ending.length));
      if (found >= 0) return found;
    }
  }
  return -1;
}
