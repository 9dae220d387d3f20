import type { CompiledRow, KnowledgeDatabase } from './database';
import { joinParts, PART_BYTES, type PartSource, partKey, writeParts } from './parts';

/** The stored matcher index for `key`, when it was built from `sourceKey` with `formatVersion`. */
export async function loadCompiledIndex(
  db: KnowledgeDatabase,
  key: string,
  formatVersion: number,
  sourceKey: string,
): Promise<Uint8Array | undefined> {
  const valid = (row: CompiledRow) => row.formatVersion === formatVersion && row.sourceKey === sourceKey;
  return db.transaction('r', db.compiled, async () =>
    joinParts(await db.compiled.get(key), (part) => db.compiled.get(partKey(key, part)), valid),
  );
}

/** Stores a selfie in parts of `PART_BYTES`, one write per task, replacing any earlier one. */
export async function saveCompiledIndex(
  db: KnowledgeDatabase,
  row: Omit<CompiledRow, 'parts' | 'bytes'>,
  selfie: PartSource,
  partBytes = PART_BYTES,
): Promise<void> {
  await db.transaction('rw', db.compiled, async () => {
    // Parts of an earlier, larger selfie would otherwise stay behind.
    await db.compiled.where('key').between(`${row.key}/`, `${row.key}/\uffff`).delete();
    await writeParts(
      selfie,
      (part, bytes, parts) =>
        db.compiled.put(
          part === 0 ? { ...row, bytes, parts } : { ...row, key: partKey(row.key, part), bytes },
        ),
      partBytes,
    );
  });
}
