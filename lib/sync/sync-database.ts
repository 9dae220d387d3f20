import Dexie, { type Table } from 'dexie';
import type { ShardCache, SyncStateStore } from './ports';
import { SyncState } from './sync-state';

interface ShardRow {
  sha256: string;
  bytes: Uint8Array;
}

/**
 * The sync engine's own database: sync states and the content-addressed shard cache. Apart from
 * the knowledge store because nothing in it is knowledge: losing it costs one full download.
 * Schema history is append-only (STYLE.md habit 6).
 */
export class SyncDatabase extends Dexie {
  states!: Table<SyncState, string>;
  shards!: Table<ShardRow, string>;

  constructor(name = 'source-context-sync') {
    super(name);
    this.version(1).stores({ states: 'packId', shards: 'sha256' });
  }
}

export function syncStateStore(db: SyncDatabase): SyncStateStore {
  // Rows written by an older extension version that no longer parse are treated as absent.
  const parse = (row: unknown) => {
    const parsed = SyncState.safeParse(row);
    return parsed.success ? parsed.data : undefined;
  };
  return {
    get: async (packId) => parse(await db.states.get(packId)),
    put: async (state) => {
      await db.states.put(state);
    },
    delete: (packId) => db.states.delete(packId),
    list: async () => (await db.states.toArray()).flatMap((row) => parse(row) ?? []),
  };
}

export function shardCache(db: SyncDatabase): ShardCache {
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
