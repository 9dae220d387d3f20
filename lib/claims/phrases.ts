/**
 * Phrase evidence: adjacent pairs of a statement's terms (function words and the pool's common
 * terms skipped), kept per statement as sorted 16-bit fingerprints. A sentence that holds two of
 * a statement's terms side by side, in the statement's order, holds a piece of its wording, not
 * only its topic: "Bolsonaro" and "vacina" apart are a topic, "vacina chinesa" is how one claim
 * puts it (docs/matcher.md, Phrases).
 */

/** The 16-bit fingerprint of the phrase "a b" (term keys, in this order). */
export function phraseKey(a: number, b: number): number {
  let hash = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  hash = Math.imul(hash ^ (hash >>> 15), 0xc2b2ae35);
  return (hash ^ (hash >>> 13)) & 0xffff;
}

/**
 * Per statement, the fingerprints of its phrases (CSR: statement s's are
 * `list[starts[s]..starts[s+1]]`, ascending, distinct), from its term keys in reading order;
 * `kept` says which keys the index keeps.
 */
export function statementPhrases(
  sequences: readonly ArrayLike<number>[],
  kept: (key: number) => boolean,
): { starts: Uint32Array; list: Uint16Array } {
  const starts = new Uint32Array(sequences.length + 1);
  const list: number[] = [];
  sequences.forEach((sequence, statement) => {
    const phrases = new Set<number>();
    let previous: number | undefined;
    for (let at = 0; at < sequence.length; at++) {
      const key = sequence[at]!;
      if (!kept(key)) continue;
      if (previous !== undefined && previous !== key) phrases.add(phraseKey(previous, key));
      previous = key;
    }
    list.push(...[...phrases].sort((a, b) => a - b));
    starts[statement + 1] = list.length;
  });
  return { starts, list: Uint16Array.from(list) };
}
