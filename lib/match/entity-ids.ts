import type { Steps } from '../time-slices';
import { grown } from './typed-growth';

/**
 * Entity ids as one UTF-8 blob of newline-separated slugs with the offset of every 32nd id: a
 * million ids cost their bytes plus an eighth of a byte each, and loading decodes nothing until a
 * match needs an id.
 */
export interface EntityIdTable {
  readonly count: number;
  readonly bytes: Uint8Array;
  /** Byte offset of ids 0, 32, 64, … in `bytes`. */
  readonly checkpoints: Uint32Array;
}

const CHECKPOINT_EVERY = 32;
const NEWLINE = 0x0a;

/** Ids appended per step: a million ids encoded at once took 60 ms in Chromium's service worker. */
const IDS_PER_STEP = 16_384;

/**
 * The table of entity ids as they are met, written straight into its bytes: the compiler of a
 * million aliases kept 250,000 ids as strings plus a `Map` from id to number, about 11 MB of small
 * objects alive through the whole install. V8 lets the worker's heap grow to four or five times
 * what is live, and Chromium gives the pages of that peak back in one task after the install (a
 * memory-reducing collection of 80–100 ms, issue 11); here the ids are bytes, offsets and a hash
 * table in typed arrays, outside V8's heap pages.
 */
export class EntityIdBuilder {
  /** The ids so far, each followed by a newline. */
  private bytes = new Uint8Array(4096);
  private byteCount = 0;
  /** Byte offset and hash of each id. */
  private starts = new Uint32Array(256);
  private hashes = new Uint32Array(256);
  /** Open addressing: id index + 1 per slot, 0 for an empty slot. */
  private slots = new Int32Array(512);
  count = 0;

  /** The number of `id`, if it was appended (a `Map`'s `get`, for the claims' entities). */
  get(id: string): number | undefined {
    const hash = hashOf(id);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!;
      if (entry === 0) return undefined;
      if (this.hashes[entry - 1] === hash && this.equals(entry - 1, id)) return entry - 1;
    }
  }

  /** Appends `id` (an ASCII slug, as records.ts requires) and returns its number. */
  append(id: string): number {
    const index = this.count;
    if (this.byteCount + id.length + 1 > this.bytes.length)
      this.bytes = grown(this.bytes, this.byteCount + id.length + 1);
    if (index === this.starts.length) {
      this.starts = grown(this.starts, index + 1);
      this.hashes = grown(this.hashes, index + 1);
    }
    this.starts[index] = this.byteCount;
    this.hashes[index] = hashOf(id);
    for (let at = 0; at < id.length; at++) {
      const code = id.charCodeAt(at);
      if (code > 0x7f) throw new Error(`entity id ${JSON.stringify(id)} is not ASCII`);
      this.bytes[this.byteCount++] = code;
    }
    this.bytes[this.byteCount++] = NEWLINE;
    this.count++;
    if (this.count * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(index);
    return index;
  }

  /** The finished table: the same bytes as `ids.join('\n')`. */
  table(): EntityIdTable {
    const bytes = this.bytes.slice(0, Math.max(0, this.byteCount - 1));
    const checkpoints = new Uint32Array(Math.ceil(this.count / CHECKPOINT_EVERY));
    for (let at = 0; at < checkpoints.length; at++) checkpoints[at] = this.starts[at * CHECKPOINT_EVERY]!;
    return { count: this.count, bytes, checkpoints };
  }

  private equals(index: number, id: string): boolean {
    const start = this.starts[index]!;
    if (this.bytes[start + id.length] !== NEWLINE) return false;
    for (let at = 0; at < id.length; at++) if (this.bytes[start + at] !== id.charCodeAt(at)) return false;
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

/** FNV-1a of the id's characters. */
function hashOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let at = 0; at < id.length; at++) hash = Math.imul(hash ^ id.charCodeAt(at), 0x01000193);
  return hash >>> 0;
}

/** The table of `ids` in order, `IDS_PER_STEP` ids a step: the same bytes as `ids.join('\n')`. */
export function* encodeEntityIdsSteps(ids: readonly string[]): Steps<EntityIdTable> {
  const builder = new EntityIdBuilder();
  for (let at = 0; at < ids.length; at++) {
    if (at % IDS_PER_STEP === 0) yield;
    builder.append(ids[at]!);
  }
  yield;
  return builder.table();
}

const decoder = new TextDecoder();

export function entityIdAt(table: EntityIdTable, index: number): string {
  let offset = table.checkpoints[Math.floor(index / CHECKPOINT_EVERY)]!;
  for (let skip = index % CHECKPOINT_EVERY; skip > 0; skip--) {
    offset = table.bytes.indexOf(NEWLINE, offset) + 1;
  }
  const stop = table.bytes.indexOf(NEWLINE, offset);
  return decoder.decode(table.bytes.subarray(offset, stop < 0 ? table.bytes.length : stop));
}
