import { concatBytes } from '../bytes';
import type { CompiledRow, KnowledgeDatabase } from './database';

/**
 * The selfie's bytes per row. The browser clones a value in the task that writes or reads it:
 * a 13.5 MB selfie (1,000,000 aliases) put as one value held Chromium's service worker for
 * 117 ms; a megabyte takes a few.
 */
export const PART_BYTES = 1024 * 1024;

const partKey = (key: string, part: number) => `${key}/${part}`;

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
  const parts = Math.max(1, Math.ceil(row.bytes.length / partBytes));
  // A copy, not a view: cloning a view clones the whole buffer behind it.
  const slice = (part: number) => row.bytes.slice(part * partBytes, (part + 1) * partBytes);
  await db.transaction('rw', db.compiled, async () => {
    // Parts of an earlier, larger selfie would otherwise stay behind.
    await db.compiled.where('key').between(`${row.key}/`, `${row.key}/\uffff`).delete();
    await db.compiled.put({ ...row, bytes: slice(0), parts });
    for (let part = 1; part < parts; part++) {
      await db.compiled.put({ ...row, key: partKey(row.key, part), bytes: slice(part) });
    }
  });
}
