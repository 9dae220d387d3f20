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
 * `bytes` in parts of at most `partBytes`, at least one, each copied when it is asked for:
 * copying a 13.5 MB selfie's parts all at once was a task of about 100 ms of its own.
 */
export function* partsOf(bytes: Uint8Array, partBytes = PART_BYTES): Generator<Uint8Array> {
  const count = partCount(bytes, partBytes);
  // Copies, not views: cloning a view clones the whole buffer behind it.
  for (let part = 0; part < count; part++) yield bytes.slice(part * partBytes, (part + 1) * partBytes);
}

/** How many parts `partsOf` makes of `bytes`. */
export const partCount = (bytes: Uint8Array, partBytes = PART_BYTES) =>
  Math.max(1, Math.ceil(bytes.length / partBytes));
