import { runInSlices, runToEnd, type Steps } from './time-slices';

/** The parts one after another in a new array, a step per part. */
function* concatSteps(parts: readonly Uint8Array[]): Steps<Uint8Array> {
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
    yield;
  }
  return bytes;
}

/** The parts one after another in a new array: shard lines, a pack's files, entity ids. */
export const concatBytes = (parts: readonly Uint8Array[]): Uint8Array => runToEnd(concatSteps(parts));

/**
 * `concatBytes` pausing whenever a time slice is used up, for the background: the first writes
 * into a new array of megabytes map its pages, which is slow on this machine, and joining an
 * 8 MB shard's download was a task of 42 ms of Chromium's worker (issue 11's trace).
 */
export const concatBytesInSlices = (parts: readonly Uint8Array[]): Promise<Uint8Array> =>
  runInSlices(concatSteps(parts));
