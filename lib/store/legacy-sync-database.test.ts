import Dexie, { type DBCore } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SMALL_RECORDS } from '../../tests/fixtures/packs/small-pack';
import { dumpStore, SYNC_TABLES } from '../../tests/fixtures/packs/store-dump';
import { createSyncService } from '../service/sync-service';
import { syncErrors } from '../sync/sync-error';
import type { SyncFailure, SyncState } from '../sync/sync-state';
import { declareSchema, KnowledgeDatabase, ownEntityRow, SCHEMA_VERSION } from './database';
import { LEGACY_SYNC_DATABASE_KEY } from './legacy-sync-database';
import { toBlocks } from './record-blocks';

/**
 * Until schema version 5 the sync kept its states and shard cache in a database of its own; a
 * crash between an install and its state write, or that database lost, stranded a pack (issue
 * 15, finding 8). These tests start from such a pair as an older extension left it.
 */

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2026, 10, 30, 12);

function failureOf(error: ReturnType<typeof syncErrors.offline>, time: number): SyncFailure {
  return { time, kind: error.kind, message: error.message, ...(error.text ? { text: error.text } : {}) };
}

const sha = (letter: string) => letter.repeat(64);

/** Every kind of state the sync wrote: pinned and verified, failing and cut short, never installed. */
const STATES: SyncState[] = [
  {
    packId: 'newsroom',
    url: 'https://packs.example.org/newsroom/manifest.json',
    pinnedKey: `${'A'.repeat(43)}=`,
    keyId: '0123456789abcdef',
    etag: '"newsroom-7"',
    lastModified: 'Sat, 28 Nov 2026 10:00:00 GMT',
    installedVersion: 7,
    installedShards: [sha('a'), sha('b')],
    lastSync: T0,
    nextAttempt: T0 + DAY,
    failures: 0,
  },
  {
    packId: 'fact-checks',
    url: 'http://127.0.0.1:8765/fact-checks/manifest.json',
    keyId: 'fedcba9876543210',
    installedVersion: 3,
    installedShards: [sha('c')],
    lastSync: T0 - 3 * DAY,
    lastError: failureOf(syncErrors.httpStatus('claims.ndjson', 503), T0 - DAY),
    nextAttempt: T0 - DAY + 30 * 60 * 1000,
    failures: 2,
    syncStarted: T0 - 60 * 1000,
  },
  {
    packId: 'weekly',
    url: 'https://weekly.example.net/pack/manifest.json',
    installedShards: [],
    lastError: failureOf(syncErrors.offline(), T0),
    nextAttempt: T0 + 15 * 60 * 1000,
    failures: 1,
  },
];
/** A row an even older version wrote that no longer parses: carried along, still unread. */
const UNREADABLE = { packId: 'old-format', url: 42 };
const SHARDS = ['a', 'b', 'c'].map((letter, index) => ({
  sha256: sha(letter),
  bytes: new TextEncoder().encode(`{"kind":"entity","id":"shard-${index}"}\n`),
}));

/** A version-4 knowledge store with packs, own entities and notes, and the sync's database beside it. */
async function oldPair(): Promise<{ name: string; legacyName: string }> {
  const name = `legacy-sync-${crypto.randomUUID()}`;
  const legacyName = `${name}-sync`;
  const v4 = new Dexie(name);
  declareSchema(v4, 4);
  const pack = (id: string, version: number, source: string) => ({
    id,
    version,
    name: id,
    published: '2026-11-01',
    source,
    manifest: {},
    installedAt: '2026-11-02T00:00:00.000Z',
    recordCount: SMALL_RECORDS.length,
    setId: `set-${id}`,
    ordered: true,
  });
  await v4
    .table('packs')
    .bulkAdd([
      pack('starter', 2, 'starter'),
      pack('newsroom', 7, 'subscribed'),
      pack('fact-checks', 3, 'subscribed'),
    ]);
  for (const id of ['starter', 'newsroom', 'fact-checks']) {
    await v4.table('blocks').bulkAdd(toBlocks(`set-${id}`, SMALL_RECORDS));
  }
  const own = { ...SMALL_RECORDS.find((record) => record.kind === 'entity')!, id: 'my-mayor' };
  await v4.table('ownEntities').add(ownEntityRow(own as never, '2026-10-01T00:00:00.000Z'));
  await v4.table('notes').bulkAdd([
    { kind: 'entity', id: 'my-mayor', text: 'Ran again in 2026.', updated: '2026-10-01T00:00:00.000Z' },
    { kind: 'entity', id: 'antony-blinken', text: 'Check.', updated: '2026-10-02T00:00:00.000Z' },
  ]);
  await v4.table('meta').add({ key: 'dataVersion', value: 9 });
  v4.close();

  const sync = new Dexie(legacyName);
  sync.version(1).stores({ states: 'packId', shards: 'sha256' });
  await sync.table('states').bulkAdd([...STATES, UNREADABLE]);
  await sync.table('shards').bulkAdd(SHARDS);
  sync.close();
  return { name, legacyName };
}

/** The knowledge store as version 4 reads it, all of it but the sync's tables. */
async function knowledgeOf(name: string, version: number): Promise<string> {
  const db = new Dexie(name);
  declareSchema(db, version);
  const dump = await dumpStore(db, SYNC_TABLES);
  db.close();
  return dump;
}

const byPack = (a: { packId: unknown }, b: { packId: unknown }) =>
  String(a.packId).localeCompare(String(b.packId));

/** A store whose sync state writes fail, as on a full disk. */
function failingSyncStateWrites(db: Dexie): void {
  db.use({
    stack: 'dbcore',
    name: 'sync-state-disk-full',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== 'syncState') return table;
        return { ...table, mutate: () => Promise.reject(new DOMException('full', 'QuotaExceededError')) };
      },
    }),
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the upgrade to version 5 with the sync’s own database beside the store', () => {
  it('moves every subscription and cached shard into the store, keeps everything else, then deletes that database', async () => {
    const { name, legacyName } = await oldPair();
    const before = await knowledgeOf(name, 4);

    const db = new KnowledgeDatabase(name);
    expect((await db.syncState.toArray()).sort(byPack)).toEqual([...STATES, UNREADABLE].sort(byPack));
    expect(await db.shards.toArray()).toEqual(SHARDS);
    expect(await dumpStore(db, SYNC_TABLES)).toBe(before);
    expect(await db.meta.get(LEGACY_SYNC_DATABASE_KEY)).toBeUndefined();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await Dexie.exists(legacyName)).toBe(false);

    // The options page lists the subscriptions as before, pinned key and errors included.
    const service = createSyncService({
      db,
      fetch: () => Promise.reject(new Error('no network in this test')),
      setAlarm: async () => undefined,
      broadcast: () => undefined,
      now: () => T0,
    });
    expect(await service.handle({ type: 'sync-status' })).toEqual([
      expect.objectContaining({ packId: 'fact-checks', installedVersion: 3, pinned: false, status: 'error' }),
      expect.objectContaining({ packId: 'newsroom', installedVersion: 7, pinned: true, status: 'ok' }),
      expect.objectContaining({ packId: 'weekly', pinned: false, status: 'error' }),
    ]);
    // And a moved subscription can be ended: the pack goes, with its state and its shards.
    expect(await service.handle({ type: 'unsubscribe', packId: 'newsroom' })).toEqual({ packId: 'newsroom' });
    expect(await db.packs.get('newsroom')).toBeUndefined();
    expect(await db.syncState.get('newsroom')).toBeUndefined();
    expect((await db.shards.toCollection().primaryKeys()).sort()).toEqual([sha('c')]);
    db.close();
  });

  it('keeps the sync’s database when the move fails, and finishes the move at the next start', async () => {
    const { name, legacyName } = await oldPair();
    const before = await knowledgeOf(name, 4);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);

    const failing = new KnowledgeDatabase(name);
    failingSyncStateWrites(failing);
    // The store opens and serves its packs all the same.
    expect(await failing.packs.count()).toBe(3);
    expect(await failing.syncState.count()).toBe(0);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(legacyName), expect.anything());
    expect(await Dexie.exists(legacyName)).toBe(true);
    failing.close();

    // Meanwhile the reader subscribed to the newsroom pack again and pinned no key: that newer
    // state must win over the old database's.
    const meanwhile = new Dexie(name);
    declareSchema(meanwhile, SCHEMA_VERSION);
    const { pinnedKey: _unpinned, ...newsroom } = STATES[0]!;
    const resubscribed: SyncState = { ...newsroom, lastSync: T0 + DAY };
    await meanwhile.table('syncState').put(resubscribed);
    meanwhile.close();

    const db = new KnowledgeDatabase(name);
    expect((await db.syncState.toArray()).sort(byPack)).toEqual(
      [resubscribed, ...STATES.slice(1), UNREADABLE].sort(byPack),
    );
    expect(await db.shards.toArray()).toEqual(SHARDS);
    expect(await dumpStore(db, SYNC_TABLES)).toBe(before);
    expect(await Dexie.exists(legacyName)).toBe(false);
    db.close();
  });

  it('opens a store that never had a sync database, leaving no mark and no database behind', async () => {
    const name = `legacy-sync-${crypto.randomUUID()}`;
    const v4 = new Dexie(name);
    declareSchema(v4, 4);
    await v4.table('meta').add({ key: 'dataVersion', value: 1 });
    v4.close();
    const db = new KnowledgeDatabase(name);
    expect(await db.syncState.count()).toBe(0);
    expect(await db.meta.toArray()).toEqual([{ key: 'dataVersion', value: 1 }]);
    expect(await Dexie.exists(`${name}-sync`)).toBe(false);
    db.close();
  });
});
