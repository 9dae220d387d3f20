/** The verdict sentence per language; a language without one here gets the English sentence. */
const SENTENCES: Record<string, (rating: string, publisher: string) => string> = {
  en: (rating, publisher) => `Rated “${rating}” by ${publisher}`,
  de: (rating, publisher) => `Bewertet als „${rating}“ von ${publisher}`,
  fr: (rating, publisher) => `Verdict de ${publisher} : « ${rating} »`,
  es: (rating, publisher) => `Calificado como «${rating}» por ${publisher}`,
  pt: (rating, publisher) => `Classificado como “${rating}” por ${publisher}`,
  it: (rating, publisher) => `Valutato «${rating}» da ${publisher}`,
};

/**
 * A short neutral sentence for a claim's assessment: `{ pt: 'Classificado como “Falso” por
 * Checamos (2020-06-23).' }`, in the review's language where there is a sentence for it, else in
 * English, keyed by the language it is written in.
 */
export function assessmentText(
  rating: string,
  publisher: string,
  date: string,
  language: string,
): Record<string, string> {
  const written = language in SENTENCES ? language : 'en';
  const sentence = SENTENCES[written] ?? SENTENCES.en!;
  return { [written]: `${sentence(rating, publisher)} (${date}).` };
}
