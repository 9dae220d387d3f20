import { runInSlices } from '../time-slices';
import { sha256HexSteps } from './sha256';

/** Bytes from which hashing runs in time slices rather than in WebCrypto's single call. */
const SLICED_FROM = 1024 * 1024;

/**
 * Lowercase hex SHA-256, the same in Node and in a service worker: WebCrypto for small inputs,
 * in time slices for a shard of megabytes (WebCrypto's one call held Chromium's worker for
 * 52–68 ms of CPU per 4–6 MB shard; the sliced hash costs about twice its CPU, in slices).
 */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  if (bytes.length >= SLICED_FROM) return runInSlices(sha256HexSteps(bytes));
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes as BufferSource));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
