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
 * Writes `bytes` in parts of at most `partBytes` (at least one) with `write`, one after the
 * other, each copied only when it is written: copying a 13.5 MB selfie's parts all at once was
 * a task of about 100 ms of its own. Part 0 is told how many there are.
 */
export async function writeParts(
  bytes: Uint8Array,
  write: (part: number, bytes: Uint8Array, parts: number) => Promise<unknown>,
  partBytes = PART_BYTES,
): Promise<void> {
  const parts = Math.max(1, Math.ceil(bytes.length / partBytes));
  for (let part = 0; part < parts; part++) {
    // Copies, not views: cloning a view clones the whole buffer behind it.
    await write(part, bytes.slice(part * partBytes, (part + 1) * partBytes), parts);
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
