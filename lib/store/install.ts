import type { PackError } from '../pack/errors';
import { type FetchPackFile, streamPack, type VerifiedPack } from '../pack/read-pack';
import type { PackManifest } from '../schema/manifest';
import type { PackRecord } from '../schema/records';
import { Slicer } from '../time-slices';
import { bumpDataVersion, type KnowledgeDatabase, type PackSource, type SyncStateRow } from './database';
import { BlockOrder, type BlockRow, eachBlock } from './record-blocks';

/** Sets being staged by installs running in this context; every other set without a pack is stale. */
const staging = new Set<string>();

/**
 * Removes record sets no pack points at: left by an install that was interrupted (the browser
 * closed mid-way). One transaction, so an install swapping in meanwhile is never mistaken for
 * stale.
 */
async function removeStaleSets(db: KnowledgeDatabase): Promise<void> {
  await db.transaction('rw', [db.packs, db.blocks], async () => {
    const active = new Set((await db.packs.toArray()).map((pack) => pack.setId));
    for (const key of await db.blocks.orderBy('setId').uniqueKeys()) {
      const setId = String(key);
      if (!active.has(setId) && !staging.has(setId)) await db.blocks.where('setId').equals(setId).delete();
    }
  });
}

/**
 * Blocks written per request: the browser clones what is put in the task that puts it, and a
 * shard of 4 MB in one request is a task of 100 ms and more on a loaded machine. One block per
 * request made 100,000 small entities install in 12–17 s instead of 10–11 s; four blocks, each
 * one text since issue 11 (record-blocks.ts), are 20–30 ms of the worker's CPU in one task.
 */
const WRITE_BLOCKS = 4;

/**
 * A staged set: how many records it holds so far, whether its blocks are in order, the blocks
 * not yet written and the write in flight. One write runs while the next blocks are made (and
 * the next records verified and compiled), so the background does not sit idle while IndexedDB
 * stores a batch; at most two batches are in memory. Blocks wait for a full batch across calls
 * of `stage`: the sync hands records on a block's worth at a time (lib/pack/shard.ts).
 */
class Staged {
  count = 0;
  readonly order = new BlockOrder();
  /** One for the set: a slicer per `stage` call would give each chunk a fresh 10 ms budget. */
  readonly slicer = new Slicer();
  private batch: BlockRow[] = [];
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: KnowledgeDatabase,
    readonly setId: string,
  ) {}

  /** Adds a block; writes the batch once it is full. */
  async add(block: BlockRow): Promise<void> {
    this.batch.push(block);
    if (this.batch.length >= WRITE_BLOCKS) await this.write();
  }

  /** Writes the blocks not yet written, after the write in flight. */
  async write(): Promise<void> {
    if (this.batch.length === 0) return;
    const batch = this.batch;
    this.batch = [];
    this.order.add(batch);
    await this.writing;
    this.writing = this.db.blocks.bulkPut(batch).then(() => undefined);
    // Observed by the next write or by `settled`; never an unhandled rejection meanwhile.
    this.writing.catch(() => undefined);
  }

  /** Every write done; rejects with the first failure. */
  settled(): Promise<void> {
    return this.writing;
  }
}

/**
 * Runs `fill`, writes the last blocks and waits for the last write, also when `fill` failed
 * (before the set is removed).
 */
async function filled<T>(staged: Staged, fill: () => Promise<T>): Promise<T> {
  let result: T;
  try {
    result = await fill();
    await staged.write();
  } catch (error) {
    await staged.settled().catch(() => undefined);
    throw error;
  }
  await staged.settled();
  return result;
}

/**
 * Makes blocks of records (one shard's, or a part of one) and hands them to `staged`, pausing
 * between them when a time slice is used up (lib/time-slices.ts). Put, not add: a duplicate id
 * is reported by the verification, which then discards the set.
 */
async function stage(records: readonly PackRecord[], staged: Staged) {
  for (const block of eachBlock(staged.setId, records)) {
    await staged.add(block);
    if (staged.slicer.due()) await staged.slicer.pause();
  }
  staged.count += records.length;
}

export interface InstallOptions {
  /** When the version counts as installed; now by default. */
  now?: Date;
  /**
   * The pack's sync state with this version installed, asked for at the swap and written in its
   * transaction: a crash never leaves the pack at one version and its state naming another.
   */
  syncState?: () => SyncStateRow;
}

/**
 * The one transaction that makes a staged set the pack's records and deletes the previous set:
 * readers see the old version or the new one, never a mix. With `syncState`, the subscription's
 * new state is written in it too.
 */
async function swapIn(
  db: KnowledgeDatabase,
  manifest: PackManifest,
  setId: string,
  staged: Staged,
  source: PackSource,
  options: InstallOptions,
): Promise<void> {
  await db.transaction('rw', [db.packs, db.blocks, db.meta, db.syncState], async () => {
    const previous = await db.packs.get(manifest.id);
    await db.packs.put({
      id: manifest.id,
      version: manifest.version,
      name: manifest.name,
      published: manifest.published,
      source,
      manifest,
      installedAt: (options.now ?? new Date()).toISOString(),
      recordCount: staged.count,
      setId,
      ordered: staged.order.ordered,
    });
    if (previous) await db.blocks.where('setId').equals(previous.setId).delete();
    if (options.syncState) await db.syncState.put(options.syncState());
    await bumpDataVersion(db);
  });
}

/**
 * Writes a new version aside under a fresh set id (`fill`) and swaps it in when `commit` says
 * so; on any failure the staged records are removed and the installed version stays as it was.
 * Own entities and notes are in other tables and never touched.
 */
async function installStaged<T>(
  db: KnowledgeDatabase,
  fill: (setId: string) => Promise<T>,
  commit: (setId: string, filled: T) => Promise<boolean>,
): Promise<T> {
  await removeStaleSets(db);
  const setId = `set-${globalThis.crypto.randomUUID()}`;
  staging.add(setId);
  let committed = false;
  try {
    const filled = await fill(setId);
    committed = await commit(setId, filled);
    return filled;
  } finally {
    staging.delete(setId);
    // Best effort; whatever remains is a stale set, removed by the next install.
    if (!committed) {
      await db.blocks
        .where('setId')
        .equals(setId)
        .delete()
        .catch(() => undefined);
    }
  }
}

/** Installs (or replaces) a pack already verified and in memory. */
export async function installPack(
  db: KnowledgeDatabase,
  pack: VerifiedPack,
  source: PackSource,
  options: InstallOptions = {},
): Promise<void> {
  await installPackShards(db, pack.manifest, [pack.records], source, options);
}

/**
 * Installs (or replaces) a pack already verified, its records arriving a shard or a part of one
 * at a time (the sync hands on a few hundred as it reads them): each part is staged as it comes,
 * so memory holds one part, not the pack. When `shards` rejects, or the store fails, the staged records
 * are removed, the error is passed on and the installed version stays as it was (and so does
 * the sync state, when `options.syncState` would have replaced it).
 */
export async function installPackShards(
  db: KnowledgeDatabase,
  manifest: PackManifest,
  shards: AsyncIterable<readonly PackRecord[]> | Iterable<readonly PackRecord[]>,
  source: PackSource,
  options: InstallOptions = {},
): Promise<void> {
  await installStaged(
    db,
    async (setId) => {
      const staged = new Staged(db, setId);
      return filled(staged, async () => {
        for await (const records of shards) await stage(records, staged);
        return staged;
      });
    },
    async (setId, staged) => {
      await swapIn(db, manifest, setId, staged, source, options);
      return true;
    },
  );
}

/** Removes a pack, its records and its sync state in one transaction; own data stays. */
export async function removePack(db: KnowledgeDatabase, packId: string): Promise<void> {
  await db.transaction('rw', [db.packs, db.blocks, db.meta, db.syncState], async () => {
    const pack = await db.packs.get(packId);
    if (!pack) return;
    await db.packs.delete(packId);
    await db.syncState.delete(packId);
    await db.blocks.where('setId').equals(pack.setId).delete();
    await bumpDataVersion(db);
  });
  await removeStaleSets(db);
}

export type InstallResult =
  | { ok: true; packId: string; version: number }
  | { ok: false; errors: PackError[] };

/**
 * Fetches, verifies and installs a pack shard by shard: each verified shard is staged at once,
 * so memory holds one shard, not the pack. An invalid pack changes nothing in the store.
 */
export async function installPackFrom(
  db: KnowledgeDatabase,
  fetchFile: FetchPackFile,
  options: { source: PackSource; publicKey?: string; now?: Date },
): Promise<InstallResult> {
  const readOptions = options.publicKey === undefined ? {} : { publicKey: options.publicKey };
  let staged: Staged | undefined;
  const read = await installStaged(
    db,
    (setId) => {
      const set = new Staged(db, setId);
      staged = set;
      return filled(set, () => streamPack(fetchFile, readOptions, (records) => stage(records, set)));
    },
    async (setId, verified) => {
      if (!verified.ok || !staged) return false;
      await swapIn(db, verified.manifest, setId, staged, options.source, { now: options.now });
      return true;
    },
  );
  return read.ok ? { ok: true, packId: read.manifest.id, version: read.manifest.version } : read;
}
