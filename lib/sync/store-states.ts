import type { KnowledgeDatabase } from '../store/database';
import { bytesSource, joinParts, keyOfPart, partKey, writeParts } from '../store/parts';
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

/** Verified shards by their SHA-256, each in parts of a megabyte (lib/store/parts.ts). */
export function shardCache(db: KnowledgeDatabase): ShardCache {
  return {
    get: (sha256) =>
      // A part lost (the store cleared in between) is a shard to download again.
      db.transaction('r', db.shards, async () =>
        joinParts(await db.shards.get(sha256), (part) => db.shards.get(partKey(sha256, part))),
      ),
    put: (sha256, bytes) =>
      db.transaction('rw', db.shards, () =>
        writeParts(bytesSource(bytes), (part, slice, parts) =>
          db.shards.put(
            part === 0 ? { sha256, bytes: slice, parts } : { sha256: partKey(sha256, part), bytes: slice },
          ),
        ),
      ),
    retainOnly: async (keep) => {
      // Keys only: the shards' bytes need not be read to decide which to drop.
      const stored = await db.shards.toCollection().primaryKeys();
      await db.shards.bulkDelete(stored.filter((key) => !keep.has(keyOfPart(key))));
    },
  };
}
