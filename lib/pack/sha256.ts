import type { Steps } from '../time-slices';

/**
 * SHA-256 (FIPS 180-4) in plain JavaScript, fed a block at a time, so hashing a shard of several
 * megabytes can run in time slices. WebCrypto's `digest` hashes in one call: a 4–6 MB shard
 * held Chromium's service worker for 52–68 ms of CPU in one task (issue 11's trace).
 */

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);

/** Blocks of 64 bytes hashed between two yields: about a millisecond of work. */
const BLOCKS_PER_STEP = 2_048;

/**
 * Hashes the 64-byte blocks of `bytes` from `start` to `end` into `state`; `words` is scratch
 * space. A step's blocks in one call, each word read in one `DataView` call: a call per block
 * reading a byte at a time hashed 150 MB per second of CPU in Node, this 190–197 (a million-alias
 * install hashes 68 MB in the worker, 0.6 s of its CPU before).
 */
function compress(state: Uint32Array, words: Int32Array, view: DataView, start: number, end: number): void {
  for (let at = start; at < end; at += 64) {
    for (let t = 0; t < 16; t++) words[t] = view.getInt32(at + t * 4);
    for (let t = 16; t < 64; t++) {
      const w15 = words[t - 15]!;
      const w2 = words[t - 2]!;
      const s0 = ((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3);
      const s1 = ((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10);
      words[t] = (words[t - 16]! + s0 + words[t - 7]! + s1) | 0;
    }
    let a = state[0]! | 0;
    let b = state[1]! | 0;
    let c = state[2]! | 0;
    let d = state[3]! | 0;
    let e = state[4]! | 0;
    let f = state[5]! | 0;
    let g = state[6]! | 0;
    let h = state[7]! | 0;
    for (let t = 0; t < 64; t++) {
      const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const t1 = (h + s1 + ((e & f) ^ (~e & g)) + K[t]! + words[t]!) | 0;
      const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const t2 = (s0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    state[0] = (state[0]! + a) | 0;
    state[1] = (state[1]! + b) | 0;
    state[2] = (state[2]! + c) | 0;
    state[3] = (state[3]! + d) | 0;
    state[4] = (state[4]! + e) | 0;
    state[5] = (state[5]! + f) | 0;
    state[6] = (state[6]! + g) | 0;
    state[7] = (state[7]! + h) | 0;
  }
}

/** The lowercase hex SHA-256 of `bytes`, yielding between steps (lib/time-slices.ts). */
export function* sha256HexSteps(bytes: Uint8Array): Steps<string> {
  const state = new Uint32Array([
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
  ]);
  const words = new Int32Array(64);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const whole = bytes.length - (bytes.length % 64);
  for (let start = 0; start < whole; start += BLOCKS_PER_STEP * 64) {
    yield;
    compress(state, words, view, start, Math.min(whole, start + BLOCKS_PER_STEP * 64));
  }
  // The rest, the 0x80 marker and the length in bits as a 64-bit big-endian number.
  const tail = new Uint8Array(bytes.length % 64 < 56 ? 64 : 128);
  tail.set(bytes.subarray(whole));
  tail[bytes.length % 64] = 0x80;
  const tailView = new DataView(tail.buffer);
  tailView.setUint32(tail.length - 8, Math.floor(bytes.length / 0x20000000));
  tailView.setUint32(tail.length - 4, (bytes.length * 8) >>> 0);
  compress(state, words, tailView, 0, tail.length);
  return Array.from(state, (word) => (word >>> 0).toString(16).padStart(8, '0')).join('');
}
