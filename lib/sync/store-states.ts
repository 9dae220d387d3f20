import type { KnowledgeDatabase } from '../store/database';
import type { ShardCache, SyncStateStore } from './ports';
import { SyncState } from './sync-state';

/**
 * The sync engine's states and shard cache in the knowledge store, where the install of a
 * version writes its pack's state in the same transaction (lib/store/install.ts, issue 15).
 */
export function syncStateStore(db: KnowledgeDatabase): SyncStateStore {
  // Rows written by an older extension version that no longer parse are treated as absent.
  const parse = (row: unknown) => {
    const parsed = SyncState.safeParse(row);
    return parsed.success ? parsed.data : undefined;
  };
  return {
    get: async (packId) => parse(await db.syncState.get(packId)),
    put: async (state) => {
      await db.syncState.put(state);
    },
    delete: (packId) => db.syncState.delete(packId),
    list: async () => (await db.syncState.toArray()).flatMap((row) => parse(row) ?? []),
  };
}

export function shardCache(db: KnowledgeDatabase): ShardCache {
  return {
    get: async (sha256) => (await db.shards.get(sha256))?.bytes,
    put: async (sha256, bytes) => {
      await db.shards.put({ sha256, bytes });
    },
    retainOnly: async (keep) => {
      // Keys only: the shards' bytes need not be read to decide which to drop.
      const stored = await db.shards.toCollection().primaryKeys();
      await db.shards.bulkDelete(stored.filter((sha256) => !keep.has(sha256)));
    },
  };
}
