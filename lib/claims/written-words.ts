/**
 * What is known of words as written, found by their code units in the text they stand in: the
 * claim terms read every word of an article, most of them seen before, and making a string of
 * each only to look it up was a tenth of the claim matching (claimspeed, 2026-12-07). Open
 * addressing on an FNV-1a hash of the word's code units; forgets everything when `capacity`
 * words are kept.
 */
export class WrittenWords<T> {
  private slots = new Int32Array(1024);
  private readonly hashes: number[] = [];
  private readonly words: string[] = [];
  private readonly values: T[] = [];

  constructor(private readonly capacity: number) {}

  /** What is kept for `text[start..end)`, whose hash is `hash` (`hashUnits`). */
  get(text: string, start: number, end: number, hash: number): T | undefined {
    const { slots, hashes, words } = this;
    const mask = slots.length - 1;
    for (let slot = hash & mask; slots[slot] !== 0; slot = (slot + 1) & mask) {
      const entry = slots[slot]! - 1;
      if (hashes[entry] === hash && sameUnits(words[entry]!, text, start, end)) return this.values[entry];
    }
    return undefined;
  }

  /** Keeps `value` for `word` (not kept yet), whose hash is `hash`. */
  set(word: string, hash: number, value: T): void {
    if (this.words.length >= this.capacity) this.clear();
    this.hashes.push(hash);
    this.words.push(word);
    this.values.push(value);
    if (this.words.length * 2 > this.slots.length) this.grow();
    else this.place(this.words.length - 1);
  }

  private place(entry: number): void {
    const mask = this.slots.length - 1;
    let slot = this.hashes[entry]! & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry + 1;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let entry = 0; entry < this.words.length; entry++) this.place(entry);
  }

  private clear(): void {
    this.slots = new Int32Array(1024);
    this.hashes.length = 0;
    this.words.length = 0;
    this.values.length = 0;
  }
}

/** FNV-1a over the code units of `text[start..end)`. */
export function hashUnits(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let at = start; at < end; at++) hash = Math.imul(hash ^ text.charCodeAt(at), 0x01000193);
  return hash;
}

function sameUnits(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let at = 0; at < word.length; at++)
    if (word.charCodeAt(at) !== text.charCodeAt(start + at)) return false;
  return true;
}
