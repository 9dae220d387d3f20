import { claimIndexBytes, claimIndexFromBytes } from '../claims/claim-index-bytes';
import { runToEnd, type Steps } from '../time-slices';
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
  return runToEnd(serializeIndexSteps(index));
}

/** `serializeIndex` in steps, one array copied per step: with a million aliases it writes 13 MB. */
export function* serializeIndexSteps(index: CompiledIndex): Steps<Uint8Array> {
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
  const size =
    header.byteLength +
    words.reduce((sum, array) => sum + array.byteLength, 0) +
    padded(idBytes.length) +
    claims.length;
  const out = new Uint8Array(size);
  let offset = 0;
  for (const array of [header, ...words]) {
    yield;
    out.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), offset);
    offset += array.byteLength;
  }
  out.set(idBytes, offset);
  out.set(claims, offset + padded(idBytes.length));
  return out;
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
