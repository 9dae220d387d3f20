import { concatBytes } from '../bytes';

/**
 * Large byte values (the compiled index, cached pack shards) are stored as rows of a megabyte.
 * The browser clones a value in the task that writes or reads it: a 13.5 MB selfie (1,000,000
 * aliases) put as one value held Chromium's service worker for 117 ms, and each 5 MB shard of a
 * million-alias pack put into the shard cache 63–85 ms (issue 11); a megabyte takes a few.
 */
export const PART_BYTES = 1024 * 1024;

/** The key of part `part` (from 1) of the value stored under `key`; part 0 is under `key` itself. */
export const partKey = (key: string, part: number) => `${key}/${part}`;

/** The key a part's key belongs to. */
export const keyOfPart = (key: string) => key.split('/')[0]!;

/**
 * Bytes to store in parts, copied a range at a time: a selfie assembled into one array first was
 * a second 25 MB buffer (a million aliases), freed in one piece by the worker's memory-reducing
 * garbage collection after the install, and a buffer of a megabyte or more costs that collection
 * about 0.2 ms per MB to unmap in Chromium's service worker (issue 11).
 */
export interface PartSource {
  readonly length: number;
  /** A fresh array of the bytes from `start` to `end`: cloning a view clones the whole buffer behind it. */
  copy(start: number, end: number): Uint8Array;
}

export const bytesSource = (bytes: Uint8Array): PartSource => ({
  length: bytes.length,
  copy: (start, end) => bytes.slice(start, end),
});

/**
 * Writes `source` in parts of at most `partBytes` (at least one) with `write`, one after the
 * other, each copied only when it is written: copying a 13.5 MB selfie's parts all at once was
 * a task of about 100 ms of its own. Part 0 is told how many there are.
 */
export async function writeParts(
  source: PartSource,
  write: (part: number, bytes: Uint8Array, parts: number) => Promise<unknown>,
  partBytes = PART_BYTES,
): Promise<void> {
  const parts = Math.max(1, Math.ceil(source.length / partBytes));
  for (let part = 0; part < parts; part++) {
    const start = part * partBytes;
    await write(part, source.copy(start, Math.min(source.length, start + partBytes)), parts);
  }
}

/**
 * The bytes stored in parts whose first row is `first` (it says how many), reading the others
 * with `read`, one per task: the browser clones a value in the task that reads it. Undefined when
 * a part is missing or `valid` refuses one.
 */
export async function joinParts<Row extends { bytes: Uint8Array; parts?: number }>(
  first: Row | undefined,
  read: (part: number) => Promise<Row | undefined>,
  valid: (row: Row) => boolean = () => true,
): Promise<Uint8Array | undefined> {
  if (!first || !valid(first)) return undefined;
  const parts = [first.bytes];
  for (let part = 1; part < (first.parts ?? 1); part++) {
    const row = await read(part);
    if (!row || !valid(row)) return undefined;
    parts.push(row.bytes);
  }
  return parts.length === 1 ? first.bytes : concatBytes(parts);
}
