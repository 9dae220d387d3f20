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
 * The same forms the other way round: a statement in the third person or the participle ("Putin
 * lacht hier über Annalena Baerbock", `lacht`; "… bis zum 31.12.2021 verlängert", `verlangert`)
 * and a text with the infinitive or a noun of the verb ("vor lachen", `lach`; "Verlängerung",
 * which Snowball stems to `verlanger`). Motivated by those two CheckThat! 2025 German posts.
 */
const LONGER = [(stem: string) => `${stem}t`, (stem: string) => `${stem}et`, (stem: string) => `ge${stem}t`];

/**
 * The position (by `find`) of the statement term that a German word's `stem` (as its key is
 * made) is a verb form of, or -1: without ge-, then without -et or -t; else, where the statements
 * write the longer form, the stem with -t, -et or ge-…-t (`LONGER`).
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
  if (stem.length < MIN_STEM) return -1;
  for (const longer of LONGER) {
    const form = longer(stem);
    const found = find(stemKey(form, 0, form.length));
    if (found >= 0) return found;
  }
  return -1;
}
