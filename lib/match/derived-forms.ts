/**
 * Forms the compiler derives from a pack's own forms, so packs need not list every way a
 * newsroom writes a name (issue 13).
 */

/** Definite articles that begin names of publications: "Die Welt", "The Guardian", "Le Monde", "L'Express". */
const LEADING_ARTICLE = /^(?:(?:der|die|das|the|le|la|les)\s+|l['’])(?=\p{L})/iu;

export interface ArticleFreeForm {
  form: string;
  /**
   * One word alone ("Welt", "Spiegel", "Zeit") is also a common noun, in German capitalised like
   * any noun: it needs evidence right beside it, a full name elsewhere is not enough ("Die Welt
   * berichtet … die größte Armee der Welt").
   */
  needsEvidenceBeside: boolean;
}

/**
 * A name that begins with an article without it: German declines the article ("der Welt",
 * "des Spiegels", "Nachrichtenmagazins Der Spiegel" → "Laut Spiegel") and English drops it
 * ("a New York Times report"). Undefined for a form without a leading article.
 */
export function articleFreeForm(form: string): ArticleFreeForm | undefined {
  const trimmed = form.trim();
  // Every article begins with d, t or l: most forms are ruled out without the regex.
  const first = trimmed.charCodeAt(0) | 0x20;
  if (first !== 0x64 && first !== 0x74 && first !== 0x6c) return undefined;
  const article = trimmed.match(LEADING_ARTICLE);
  if (!article) return undefined;
  const rest = trimmed.slice(article[0].length);
  return { form: rest, needsEvidenceBeside: !/\s/u.test(rest) };
}
