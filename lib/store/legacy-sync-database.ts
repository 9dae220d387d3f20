import Dexie, { type Table } from 'dexie';
import type { KnowledgeDatabase, ShardRow, SyncStateRow } from './database';

/**
 * In `meta` from the upgrade to schema version 5 until the rows of the sync's former database
 * have moved into the knowledge store and that database is deleted.
 */
export const LEGACY_SYNC_DATABASE_KEY = 'legacySyncDatabase';

/** The sync's own database as the extension kept it before schema version 5. */
class LegacySyncDatabase extends Dexie {
  states!: Table<SyncStateRow, string>;
  shards!: Table<ShardRow, string>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({ states: 'packId', shards: 'sha256' });
  }
}

/**
 * Moves every sync state and cached shard of the sync's former database (`legacyName`) into
 * `db`, then deletes that database; run as `db` opens, before anything else reads it. Each step
 * can be repeated: cut short (the worker stopped, a write failed), the mark stays and the next
 * open moves what is still there, and the old database is deleted only once its rows are in.
 */
export async function moveLegacySyncDatabase(db: KnowledgeDatabase, legacyName: string): Promise<void> {
  if (!(await db.meta.get(LEGACY_SYNC_DATABASE_KEY))) return;
  try {
    if (await Dexie.exists(legacyName)) {
      const legacy = new LegacySyncDatabase(legacyName);
      try {
        await legacy.open();
        await moveRows(legacy, db);
      } finally {
        legacy.close();
      }
      await Dexie.delete(legacyName);
    }
    await db.meta.delete(LEGACY_SYNC_DATABASE_KEY);
  } catch (error) {
    // The store stays usable; until the states arrive their packs show as installed without a
    // subscription, which subscribing again adopts (docs/sync.md, "Lost sync state").
    console.warn(
      `Source Context: the sync states in "${legacyName}" could not be moved yet and stay there until the next start:`,
      error,
    );
  }
}

async function moveRows(legacy: LegacySyncDatabase, db: KnowledgeDatabase): Promise<void> {
  // As stored, also a row that no longer parses: the sync treats it as absent, as before.
  const states = await legacy.states.toArray();
  await db.transaction('rw', db.syncState, async () => {
    for (const state of states) {
      // A state already here was written after an earlier move that was cut short: it is newer.
      if ((await db.syncState.get(state.packId)) === undefined) await db.syncState.add(state);
    }
  });
  // One at a time: a pack's shards can add up to hundreds of megabytes. Content-addressed, so
  // a shard moved twice is the same row.
  for (const sha256 of await legacy.shards.toCollection().primaryKeys()) {
    const shard = await legacy.shards.get(sha256);
    if (shard) await db.shards.put(shard);
  }
}
