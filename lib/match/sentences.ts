/** A sentence of a block: offsets into the block, without surrounding white space. */
export interface Sentence {
  start: number;
  end: number;
}

// Words whose period does not end a sentence ("Gen. Milley", "U.S. officials", "z. B.").
const ABBREVIATIONS = new Set([
  'gen',
  'dr',
  'mr',
  'mrs',
  'ms',
  'prof',
  'st',
  'jr',
  'sr',
  'mme',
  'nr',
  'bzw',
  'ca',
  'vs',
  'lt',
  'col',
  'sen',
  'rep',
  'gov',
  'adm',
  'sgt',
  'capt',
  'maj',
  'no',
  'vgl',
  'etc',
  'inkl',
  'usw',
  'dt',
  'engl',
  'franz',
  'jan',
  'feb',
  'aug',
  'sept',
  'okt',
  'oct',
  'nov',
  'dez',
  'dec',
  // Scales after a number: "100 Mrd. Dollar", "5 Mio. Euro".
  'mrd',
  'mio',
  'tsd',
  'ст',
  'м',
  'г',
  'гг',
  'пп',
]);

const BOUNDARY = /[.!?…]+["'»«“”’)]*\s+(?=[\p{Lu}\p{N}"'„“«»‹›(–—-])/gu;
const WORD_BEFORE = /(\p{L}+)[.!?…]*["'»«“”’)]*\s*$/u;

/** Splits a block into sentences at end punctuation followed by a capital, minding abbreviations. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/u.test(text[start]!)) start++;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    if (end > start) sentences.push({ start, end });
  };
  for (const boundary of text.matchAll(BOUNDARY)) {
    const at = boundary.index;
    if (boundary[0].startsWith('.')) {
      const word = WORD_BEFORE.exec(text.slice(Math.max(from, at - 12), at + 1))?.[1];
      if (word !== undefined && (word.length === 1 || ABBREVIATIONS.has(word.toLowerCase()))) continue;
    }
    const end = at + boundary[0].length;
    push(from, end);
    from = end;
  }
  push(from, text.length);
  return sentences;
}
