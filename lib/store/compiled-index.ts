import { concatBytes } from '../bytes';
import type { CompiledRow, KnowledgeDatabase } from './database';
import { PART_BYTES, partCount, partKey, partsOf } from './parts';

/** The stored matcher index for `key`, when it was built from `sourceKey` with `formatVersion`. */
export async function loadCompiledIndex(
  db: KnowledgeDatabase,
  key: string,
  formatVersion: number,
  sourceKey: string,
): Promise<Uint8Array | undefined> {
  const valid = (row: CompiledRow | undefined): row is CompiledRow =>
    row !== undefined && row.formatVersion === formatVersion && row.sourceKey === sourceKey;
  return db.transaction('r', db.compiled, async () => {
    const first = await db.compiled.get(key);
    if (!valid(first)) return undefined;
    const parts = first.parts ?? 1;
    if (parts === 1) return first.bytes;
    const rest = await db.compiled.bulkGet(
      Array.from({ length: parts - 1 }, (_, at) => partKey(key, at + 1)),
    );
    const rows = [first, ...rest];
    return rows.every(valid) ? concatBytes(rows.map((row) => row.bytes)) : undefined;
  });
}

/** Stores a selfie in parts of `PART_BYTES`, one write per task, replacing any earlier one. */
export async function saveCompiledIndex(
  db: KnowledgeDatabase,
  row: Omit<CompiledRow, 'parts'>,
  partBytes = PART_BYTES,
): Promise<void> {
  const parts = partCount(row.bytes, partBytes);
  await db.transaction('rw', db.compiled, async () => {
    // Parts of an earlier, larger selfie would otherwise stay behind.
    await db.compiled.where('key').between(`${row.key}/`, `${row.key}/\uffff`).delete();
    let part = 0;
    for (const bytes of partsOf(row.bytes, partBytes)) {
      await db.compiled.put(
        part === 0 ? { ...row, bytes, parts } : { ...row, key: partKey(row.key, part), bytes },
      );
      part++;
    }
  });
}
