import type { SlugNumbers } from '../slug-numbers';

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

/** The id table of the slugs in `numbers`, in their order. */
export function entityIdTable(numbers: SlugNumbers): EntityIdTable {
  const checkpoints = new Uint32Array(Math.ceil(numbers.count / CHECKPOINT_EVERY));
  for (let at = 0; at < checkpoints.length; at++) checkpoints[at] = numbers.startOf(at * CHECKPOINT_EVERY);
  return { count: numbers.count, bytes: numbers.joined(), checkpoints };
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
