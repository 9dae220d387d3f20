import type { CompiledClaim } from '../match/compiled-index';
import type { ClaimIndex } from './claim-index';

/**
 * The claim index as bytes, appended to the entity index in the selfie: a header of counts,
 * the typed arrays back to back (4-byte aligned, so loading makes views), the claim ids, then
 * the language codes and the hand-written trigger lists as JSON (a few claims have them).
 */
const HEADER_WORDS = 10;
const padded = (bytes: number) => (bytes + 3) & ~3;

interface Extras {
  languages: string[];
  triggers: CompiledClaim[];
}

export function claimIndexBytes(index: ClaimIndex): Uint8Array {
  const extras = new TextEncoder().encode(
    JSON.stringify({ languages: index.languages, triggers: index.triggers } satisfies Extras),
  );
  const { ids } = index;
  const statements = index.statementClaim.length;
  const header = new Uint32Array([
    ids.count,
    ids.checkpoints.length,
    ids.bytes.length,
    index.entityList.length,
    index.termKeys.length,
    index.termStatements.length,
    statements,
    extras.length,
    index.nearList.length,
    index.phraseList.length,
  ]);
  const parts: Uint8Array[] = [
    header,
    ids.checkpoints,
    index.entityStarts,
    index.entityList,
    index.termKeys,
    index.termStarts,
    index.termStatements,
    index.statementClaim,
    index.statementWeight,
    index.nearStarts,
    index.nearList,
    index.phraseStarts,
    index.phraseList,
  ].map((array) => new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
  parts.push(ids.bytes, index.statementLanguage, index.statementTermCount, extras);
  const sizes = parts.map((part, at) => (at < parts.length - 1 ? padded(part.length) : part.length));
  const out = new Uint8Array(sizes.reduce((sum, size) => sum + size, 0));
  let offset = 0;
  parts.forEach((part, at) => {
    out.set(part, offset);
    offset += sizes[at]!;
  });
  return out;
}

/** Views over `buffer` from `offset` (4-byte aligned), as `claimIndexBytes` wrote them. */
export function claimIndexFromBytes(buffer: ArrayBufferLike, offset: number, length: number): ClaimIndex {
  const end = offset + length;
  const take = (bytes: number) => {
    const at = offset;
    offset += padded(bytes);
    if (offset > end + 3) throw new Error('compiled index: claim section too short');
    return at;
  };
  const words = (count: number) => new Uint32Array(buffer, take(count * 4), count);
  const [
    idCount,
    checkpointCount,
    idByteCount,
    entityCount,
    termCount,
    postingCount,
    statements,
    extraBytes,
    nearCount,
    phraseCount,
  ] = words(HEADER_WORDS);
  const checkpoints = words(checkpointCount!);
  const entityStarts = words(idCount! + 1);
  const entityList = words(entityCount!);
  const termKeys = words(termCount!);
  const termStarts = words(termCount! + 1);
  const termStatements = words(postingCount!);
  const statementClaim = words(statements!);
  const statementWeight = new Float32Array(buffer, take(statements! * 4), statements!);
  const nearStarts = words(idCount! + 1);
  const nearList = words(nearCount!);
  const phraseStarts = words(statements! + 1);
  const phraseList = new Uint16Array(buffer, take(phraseCount! * 2), phraseCount!);
  const idBytes = new Uint8Array(buffer, take(idByteCount!), idByteCount!);
  const statementLanguage = new Uint8Array(buffer, take(statements!), statements!);
  const statementTermCount = new Uint8Array(buffer, take(statements!), statements!);
  const extras = JSON.parse(
    new TextDecoder().decode(new Uint8Array(buffer, take(extraBytes!), extraBytes!)),
  ) as Extras;
  return {
    ids: { count: idCount!, bytes: idBytes, checkpoints },
    entityStarts,
    entityList,
    termKeys,
    termStarts,
    termStatements,
    statementClaim,
    statementLanguage,
    statementWeight,
    statementTermCount,
    languages: extras.languages,
    nearStarts,
    nearList,
    phraseStarts,
    phraseList,
    triggers: extras.triggers,
  };
}
