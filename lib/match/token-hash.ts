/**
 * Two independent 32-bit hash streams per token (FNV-1a with two multipliers). A key is found
 * by its first stream and confirmed by its second, so the index tells aliases apart by 64 bits
 * without storing any text.
 */

export const STREAM_1_SEED = 0x811c9dc5 | 0;
export const STREAM_2_SEED = 0x3c6ef372 | 0;
export const STREAM_1_MULTIPLIER = 0x01000193;
export const STREAM_2_MULTIPLIER = 0x5bd1e995;
/** Math.imul(STREAM_1_MULTIPLIER, STREAM_1_INVERSE) === 1: undoes one stream-1 step. */
export const STREAM_1_INVERSE = 0x359c449b;

/** MurmurHash3's finaliser: spreads the bits of a streamed hash over the whole word. */
export function finish(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Hash of the first `length` folded code units of `units` in stream 1 or 2, finished. */
export function hashUnits(units: Uint16Array, length: number, stream: 1 | 2): number {
  let h = stream === 1 ? STREAM_1_SEED : STREAM_2_SEED;
  const multiplier = stream === 1 ? STREAM_1_MULTIPLIER : STREAM_2_MULTIPLIER;
  for (let at = 0; at < length; at++) h = Math.imul(h ^ units[at]!, multiplier);
  return finish(h);
}

export const KEY_1_SEED = 0x2545f491;
export const KEY_2_SEED = 0x6a09e667 | 0;

/** Extends the key of a token sequence by one more token hash (order matters). */
export function extendKey1(key: number, token: number): number {
  return finish((Math.imul(key, 0x9e3779b1) + token) | 0);
}

export function extendKey2(key: number, token: number): number {
  return finish((Math.imul(key, 0x7feb352d) ^ token) | 0);
}
