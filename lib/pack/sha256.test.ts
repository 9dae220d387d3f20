import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { runToEnd } from '../time-slices';
import { sha256Hex } from './digest';
import { sha256HexSteps } from './sha256';

/** Deterministic bytes: every length below hashes different content. */
const bytesOf = (length: number) => Uint8Array.from({ length }, (_, at) => (at * 31 + (at >> 8) * 7) & 0xff);
const reference = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('sha256HexSteps', () => {
  it('agrees with Node’s SHA-256 at every length around the block and padding edges', () => {
    for (const length of [0, 1, 3, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 1000]) {
      const bytes = bytesOf(length);
      expect(runToEnd(sha256HexSteps(bytes)), `${length} bytes`).toBe(reference(bytes));
    }
  });

  it('knows the standard test vector "abc"', () => {
    expect(runToEnd(sha256HexSteps(new TextEncoder().encode('abc')))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});

describe('sha256Hex', () => {
  it('hashes a shard of megabytes in slices to the same hash as WebCrypto gives a small one', async () => {
    // A 4 MB shard in one WebCrypto call held Chromium's worker for over 50 ms (issue 11).
    const shard = bytesOf(3 * 1024 * 1024 + 17);
    expect(await sha256Hex(shard)).toBe(reference(shard));
    expect(await sha256Hex(shard.subarray(0, 1000))).toBe(reference(shard.subarray(0, 1000)));
  });
});
