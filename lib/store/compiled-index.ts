import type { CompiledRow, KnowledgeDatabase } from './database';
import { joinParts, partKey } from './parts';

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

/**
 * Stores a selfie given in parts (of `PART_BYTES` at most, each with a buffer of its own: the
 * browser clones a value in the task that writes it), one write per task, replacing any earlier
 * one.
 */
export async function saveCompiledIndex(
  db: KnowledgeDatabase,
  row: Omit<CompiledRow, 'parts' | 'bytes'>,
  parts: readonly Uint8Array[],
): Promise<void> {
  await db.transaction('rw', db.compiled, async () => {
    // Parts of an earlier, larger selfie would otherwise stay behind.
    await db.compiled.where('key').between(`${row.key}/`, `${row.key}/\uffff`).delete();
    for (const [part, bytes] of parts.entries()) {
      await db.compiled.put(
        part === 0 ? { ...row, bytes, parts: parts.length } : { ...row, key: partKey(row.key, part), bytes },
      );
    }
  });
}
