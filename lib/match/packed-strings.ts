import { grown } from '../typed-growth';

/**
 * A list of strings kept as UTF-16 code units in typed arrays, read back one at a time: for
 * strings the compiler holds from the first shard of an install to its end (the surnames it adds
 * only once it knows the store is Wikidata's size). 118,742 surnames of a million generated
 * aliases as strings were about 4 MB of small objects alive through the install, and V8 lets the
 * worker's heap grow to four or five times what is live (issue 11).
 */
export class PackedStrings {
  private units = new Uint16Array(1024);
  private unitCount = 0;
  /** Where each string ends in `units`. */
  private ends = new Uint32Array(64);
  length = 0;

  push(text: string): void {
    if (this.unitCount + text.length > this.units.length)
      this.units = grown(this.units, this.unitCount + text.length);
    for (let at = 0; at < text.length; at++) this.units[this.unitCount++] = text.charCodeAt(at);
    if (this.length === this.ends.length) this.ends = grown(this.ends, this.length + 1);
    this.ends[this.length++] = this.unitCount;
  }

  at(index: number): string {
    const start = index === 0 ? 0 : this.ends[index - 1]!;
    return String.fromCharCode(...this.units.subarray(start, this.ends[index]));
  }
}
