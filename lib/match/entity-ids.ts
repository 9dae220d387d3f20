import { concatBytes } from '../bytes';
import type { Steps } from '../time-slices';

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

/** Ids encoded per step: a million ids at once took 60 ms in Chromium's service worker. */
const IDS_PER_STEP = 16_384;

/** The ids' table, encoded `IDS_PER_STEP` ids a step: the same bytes as `ids.join('\n')`. */
export function* encodeEntityIdsSteps(ids: string[]): Steps<EntityIdTable> {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  for (let start = 0; start < ids.length; start += IDS_PER_STEP) {
    yield;
    const last = start + IDS_PER_STEP >= ids.length;
    const text = ids.slice(start, start + IDS_PER_STEP).join('\n');
    parts.push(encoder.encode(last ? text : `${text}\n`));
  }
  yield;
  const bytes = concatBytes(parts);
  const checkpoints = new Uint32Array(Math.ceil(ids.length / CHECKPOINT_EVERY));
  let offset = 0;
  ids.forEach((id, index) => {
    if (index % CHECKPOINT_EVERY === 0) checkpoints[index / CHECKPOINT_EVERY] = offset;
    // Slugs are ASCII (records.ts), so characters and bytes agree.
    offset += id.length + 1;
  });
  return { count: ids.length, bytes, checkpoints };
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
