/**
 * Letters that Unicode decomposition does not reduce to ASCII (`ß`, `ø`, `ł` have no combining
 * mark to strip), spelled the way they are commonly transliterated.
 */
const TRANSLITERATIONS: Record<string, string> = {
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ø: 'o',
  Ø: 'o',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  Ð: 'd',
  þ: 'th',
  Þ: 'th',
  ı: 'i',
};

/**
 * A lowercase ASCII slug (`Zoë Ångström` → `zoe-angstrom`), cut at a word boundary to at most
 * `maxLength` characters. Empty when the text has no Latin letters or digits (the caller then
 * falls back to an identifier such as the QID).
 */
export function slugify(text: string, maxLength = 60): string {
  const ascii = text
    .replace(/[ßẞæÆœŒøØłŁđĐðÐþÞı]/g, (letter) => TRANSLITERATIONS[letter] ?? letter)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
  const words = ascii.split(/[^a-z0-9]+/).filter((word) => word.length > 0);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) break;
    slug = next;
  }
  // A single word longer than the limit still yields a slug rather than nothing.
  if (!slug && words[0]) slug = words[0].slice(0, maxLength);
  return slug;
}

/**
 * Hands out ids that are unique within one import. The first record keeps the plain slug; a later
 * one with the same slug gets `-<suffix>` when its caller has one (a QID), then a counter, so the
 * result depends only on the input and its order.
 */
export class IdAllocator {
  private readonly taken = new Set<string>();

  /** `preferred` when free, else `preferred-<suffix>`, else the first free `…-2`, `…-3`, … */
  allocate(preferred: string, suffix?: string): string {
    const base = suffix && this.taken.has(preferred) ? `${preferred}-${suffix}` : preferred;
    let candidate = base;
    for (let n = 2; this.taken.has(candidate); n++) candidate = `${base}-${n}`;
    this.taken.add(candidate);
    return candidate;
  }
}
