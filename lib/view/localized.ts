/**
 * Record texts come in several languages (`{ en: "…", de: "…" }`). The reader sees their own
 * language when the record has it, else English, else whatever the record has — and the element
 * carries that text's language so screen readers pronounce it right.
 */
export interface PickedText {
  text: string;
  lang: string;
}

/** The reader's language code (`de-AT` → `de`). */
export function primaryLanguage(locale: string): string {
  return locale.split(/[-_]/)[0]?.toLowerCase() || 'en';
}

export function pickLocalized(
  texts: Record<string, string> | undefined,
  readerLanguage: string,
): PickedText | undefined {
  if (!texts) return undefined;
  const wanted = primaryLanguage(readerLanguage);
  for (const lang of [wanted, 'en']) {
    const text = texts[lang];
    if (text !== undefined) return { text, lang };
  }
  const [first] = Object.entries(texts);
  return first ? { text: first[1], lang: first[0] } : undefined;
}
