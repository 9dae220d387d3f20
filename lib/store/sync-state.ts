import type { KnowledgeDatabase, SyncStateRow } from './database';

export async function getSyncState(db: KnowledgeDatabase, packId: string): Promise<SyncStateRow | undefined> {
  return db.syncState.get(packId);
}

export async function putSyncState(db: KnowledgeDatabase, state: SyncStateRow): Promise<void> {
  await db.syncState.put(state);
}
