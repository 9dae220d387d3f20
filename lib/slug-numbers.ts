import { grown } from './typed-growth';

const NEWLINE = 0x0a;

/**
 * Slugs (record ids) numbered in the order they come, found again by value, and kept as the
 * bytes of their newline-separated list (lib/match/entity-ids.ts makes the index's id table of
 * them). The compiler of a million aliases kept 250,000 ids as strings plus a `Map` from id to
 * number, and the pack's record-set check another such `Map`: small objects alive through the
 * whole install. V8 lets the worker's heap grow to four or five times what is live, and Chromium
 * gives the pages of that peak back in one task after the install (a memory-reducing collection
 * of 80–100 ms, issue 11); here the ids are bytes, offsets and a hash table in typed arrays,
 * outside V8's heap pages.
 */
export class SlugNumbers {
  /** The slugs so far, each followed by a newline. */
  private bytes = new Uint8Array(4096);
  private byteCount = 0;
  /** Byte offset and hash of each slug. */
  private starts = new Uint32Array(256);
  private hashes = new Uint32Array(256);
  /** Open addressing: the slug's number + 1 per slot, 0 for an empty slot. */
  private slots = new Int32Array(512);
  count = 0;

  /** The number of `slug`, if it was appended (a `Map`'s `get`). */
  get(slug: string): number | undefined {
    const hash = hashOf(slug);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!;
      if (entry === 0) return undefined;
      if (this.hashes[entry - 1] === hash && this.equals(entry - 1, slug)) return entry - 1;
    }
  }

  /** Appends `slug` (ASCII, as records.ts requires of ids) and returns its number. */
  append(slug: string): number {
    for (let at = 0; at < slug.length; at++)
      if (slug.charCodeAt(at) > 0x7f) throw new Error(`id ${JSON.stringify(slug)} is not ASCII`);
    const index = this.count;
    if (this.byteCount + slug.length + 1 > this.bytes.length)
      this.bytes = grown(this.bytes, this.byteCount + slug.length + 1);
    if (index === this.starts.length) {
      this.starts = grown(this.starts, index + 1);
      this.hashes = grown(this.hashes, index + 1);
    }
    this.starts[index] = this.byteCount;
    this.hashes[index] = hashOf(slug);
    for (let at = 0; at < slug.length; at++) this.bytes[this.byteCount++] = slug.charCodeAt(at);
    this.bytes[this.byteCount++] = NEWLINE;
    this.count++;
    if (this.count * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(index);
    return index;
  }

  /** The slugs joined by newlines, as bytes: the same as encoding `slugs.join('\n')`. */
  joined(): Uint8Array {
    return this.bytes.slice(0, Math.max(0, this.byteCount - 1));
  }

  /** Where slug `index` starts in `joined()`. */
  startOf(index: number): number {
    return this.starts[index]!;
  }

  private equals(index: number, slug: string): boolean {
    const start = this.starts[index]!;
    if (this.bytes[start + slug.length] !== NEWLINE) return false;
    for (let at = 0; at < slug.length; at++) if (this.bytes[start + at] !== slug.charCodeAt(at)) return false;
    return true;
  }

  private place(index: number): void {
    const mask = this.slots.length - 1;
    let slot = this.hashes[index]! & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = index + 1;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    for (let index = 0; index < this.count; index++) this.place(index);
  }
}

/** FNV-1a of the slug's characters. */
function hashOf(slug: string): number {
  let hash = 0x811c9dc5;
  for (let at = 0; at < slug.length; at++) hash = Math.imul(hash ^ slug.charCodeAt(at), 0x01000193);
  return hash >>> 0;
}
