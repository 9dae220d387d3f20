import type { CompiledRow, KnowledgeDatabase } from './database';

/** The stored matcher index for `key`, when it was built from `sourceKey` with `formatVersion`. */
export async function loadCompiledIndex(
  db: KnowledgeDatabase,
  key: string,
  formatVersion: number,
  sourceKey: string,
): Promise<Uint8Array | undefined> {
  const row = await db.compiled.get(key);
  return row && row.formatVersion === formatVersion && row.sourceKey === sourceKey ? row.bytes : undefined;
}

export async function saveCompiledIndex(db: KnowledgeDatabase, row: CompiledRow): Promise<void> {
  await db.compiled.put(row);
}
