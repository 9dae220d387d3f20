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
  return runToEnd(serializeIndexSteps(index))[0]!;
}

/** Bytes copied between two yields: a million aliases' fingerprints are 8 MB in one array. */
const COPY_BYTES = 1024 * 1024;

/**
 * `serializeIndex` in steps, written into parts of at most `partBytes`, each with a buffer of
 * its own, as the store keeps them (lib/store/parts.ts). Serializing into one array and copying
 * it into parts held the selfie twice at the end of an install, when the worker's memory peaks
 * (`sync.entities_100k.chromium_peak_mb`, issue 16).
 */
export function* serializeIndexSteps(
  index: CompiledIndex,
  partBytes = Number.POSITIVE_INFINITY,
): Steps<Uint8Array[]> {
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
  const out = new PartWriter(size, partBytes);
  const pieces = [
    ...[header, ...words].map((array) => new Uint8Array(array.buffer, array.byteOffset, array.byteLength)),
    idBytes,
    new Uint8Array(padded(idBytes.length) - idBytes.length),
    claims,
  ];
  for (const piece of pieces) {
    for (let at = 0; at < piece.length; at += COPY_BYTES) {
      yield;
      out.write(piece.subarray(at, at + COPY_BYTES));
    }
  }
  return out.parts;
}

/** Bytes written in order into parts of `partBytes` (the last one shorter), `size` in all. */
class PartWriter {
  readonly parts: Uint8Array[] = [];
  private part = new Uint8Array(0);
  private at = 0;

  constructor(
    private left: number,
    private readonly partBytes: number,
  ) {
    this.nextPart();
  }

  write(bytes: Uint8Array): void {
    for (let from = 0; from < bytes.length; ) {
      if (this.at === this.part.length) this.nextPart();
      const count = Math.min(bytes.length - from, this.part.length - this.at);
      this.part.set(bytes.subarray(from, from + count), this.at);
      this.at += count;
      from += count;
    }
  }

  private nextPart(): void {
    this.part = new Uint8Array(Math.min(this.partBytes, this.left));
    this.left -= this.part.length;
    this.at = 0;
    this.parts.push(this.part);
  }
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
