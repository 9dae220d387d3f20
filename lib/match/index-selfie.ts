import { claimIndexBytes, claimIndexFromBytes } from '../claims/claim-index-bytes';
import type { CompiledIndex } from './compiled-index';

/**
 * The compiled index as one byte array (the "selfie" kept in IndexedDB): a header of counts,
 * then the typed arrays back to back, so loading creates views and copies nothing.
 * Raise INDEX_FORMAT_VERSION whenever the layout, the hashing, the normalisation or the built-in
 * title words change: the store then rebuilds the index from the packs.
 */
export const INDEX_FORMAT_VERSION = 7;

const MAGIC = 0x494d4353; // "SCMI"
const HEADER_WORDS = 15;

const padded = (bytes: number) => (bytes + 3) & ~3;

export function serializeIndex(index: CompiledIndex): Uint8Array {
  const selfie = indexSelfie(index);
  return selfie.copy(0, selfie.length);
}

/**
 * The selfie's length and any range of it, copied from the index's arrays on demand, so the
 * store writes it part by part without the whole selfie in memory at once (lib/store/parts.ts).
 */
export function indexSelfie(index: CompiledIndex): {
  length: number;
  copy(start: number, end: number): Uint8Array;
} {
  const claims = claimIndexBytes(index.claims);
  const { bytes: idBytes, checkpoints, count: entityCount } = index.entityIds;
  const words = [
    index.fingerprints,
    index.values,
    index.postings,
    index.startBits,
    index.tokenBits,
    index.endBits,
    checkpoints,
    index.roleKeys,
  ];
  const header = new Uint32Array([
    MAGIC,
    INDEX_FORMAT_VERSION,
    index.fingerprints.length,
    index.postings.length,
    index.startBits.length,
    index.tokenBits.length,
    index.maxTokens,
    index.keyCount,
    entityCount,
    checkpoints.length,
    idBytes.length,
    claims.length,
    index.maxTitleTokens,
    index.endBits.length,
    index.roleKeys.length,
  ]);
  const segments = [
    ...[header, ...words].map((array) => new Uint8Array(array.buffer, array.byteOffset, array.byteLength)),
    idBytes,
    new Uint8Array(padded(idBytes.length) - idBytes.length),
    claims,
  ];
  const length = segments.reduce((sum, segment) => sum + segment.length, 0);
  return {
    length,
    copy(start, end) {
      const out = new Uint8Array(end - start);
      let offset = 0;
      for (const segment of segments) {
        const from = Math.max(start - offset, 0);
        const to = Math.min(end - offset, segment.length);
        if (from < to) out.set(segment.subarray(from, to), offset + from - start);
        offset += segment.length;
      }
      return out;
    },
  };
}

export function deserializeIndex(bytes: Uint8Array): CompiledIndex {
  // Typed-array views need 4-byte alignment; IndexedDB returns fresh buffers, so this rarely copies.
  const source = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const { buffer } = source;
  let offset = source.byteOffset;
  const words = (length: number) => {
    const view = new Uint32Array(buffer, offset, length);
    offset += length * 4;
    return view;
  };
  if (source.byteLength < HEADER_WORDS * 4) throw new Error('compiled index: too short');
  const header = words(HEADER_WORDS);
  if (header[0] !== MAGIC) throw new Error('compiled index: not a Source Context index');
  if (header[1] !== INDEX_FORMAT_VERSION) {
    throw new Error(`compiled index: format ${header[1]}, expected ${INDEX_FORMAT_VERSION}`);
  }
  const [slotCount, postingCount, startWords, tokenWords, maxTokens, keyCount, entityCount] = header.subarray(
    2,
    9,
  );
  const [checkpointCount, idByteCount, claimByteCount, maxTitleTokens, endWords, roleKeyCount] =
    header.subarray(9, 15);
  const fingerprints = words(slotCount!);
  const values = words(slotCount!);
  const postings = words(postingCount!);
  const startBits = words(startWords!);
  const tokenBits = words(tokenWords!);
  const endBits = words(endWords!);
  const checkpoints = words(checkpointCount!);
  const roleKeys = words(roleKeyCount!);
  const idBytes = new Uint8Array(buffer, offset, idByteCount!);
  offset += padded(idByteCount!);
  const claims = claimIndexFromBytes(buffer, offset, claimByteCount!);
  return {
    fingerprints,
    values,
    postings,
    startBits,
    tokenBits,
    endBits,
    maxTokens: maxTokens!,
    maxTitleTokens: maxTitleTokens!,
    keyCount: keyCount!,
    entityIds: { count: entityCount!, bytes: idBytes, checkpoints },
    claims,
    roleKeys,
  };
}
