import type { PackManifest } from '../../schema/manifest';
import type { PackRecord } from '../../schema/records';
import type { Clock, PackInstaller, ShardCache, SyncStateStore } from '../ports';
import { SyncState } from '../sync-state';

/** In-memory ports for tests and the benchmark; the extension adapts its Dexie store instead. */

export class MemorySyncStateStore implements SyncStateStore {
  readonly states = new Map<string, SyncState>();
  async get(packId: string) {
    const state = this.states.get(packId);
    return state && SyncState.parse(structuredClone(state));
  }
  async put(state: SyncState) {
    this.states.set(state.packId, SyncState.parse(structuredClone(state)));
  }
  async delete(packId: string) {
    this.states.delete(packId);
  }
  async list() {
    return [...this.states.values()].map((state) => structuredClone(state));
  }
}

export class MemoryShardCache implements ShardCache {
  readonly shards = new Map<string, Uint8Array>();
  async get(sha256: string) {
    return this.shards.get(sha256);
  }
  async put(sha256: string, bytes: Uint8Array) {
    this.shards.set(sha256, bytes);
  }
  async retainOnly(keep: ReadonlySet<string>) {
    for (const sha256 of [...this.shards.keys()]) if (!keep.has(sha256)) this.shards.delete(sha256);
  }
}

export interface InstalledPack {
  manifest: PackManifest;
  records: PackRecord[];
}

/**
 * A store that swaps a pack's records in one step, like the Dexie transaction does, with the
 * user's own records beside them; the swap records the pack's sync state in `states` in the
 * same step. `beforeSwap` lets a test fail or stall an install half-way.
 */
export class MemoryInstaller implements PackInstaller {
  constructor(private readonly states: SyncStateStore) {}

  readonly packs = new Map<string, InstalledPack>();
  readonly ownRecords: PackRecord[] = [];
  /** Packs installed without a subscription, like the built-in starter pack. */
  readonly builtIn = new Set<string>();
  beforeSwap: (() => Promise<void>) | undefined;
  /** Lets a test stall a removal half-way, to run other operations meanwhile. */
  beforeRemove: (() => Promise<void>) | undefined;

  async installedVersion(packId: string) {
    return this.packs.get(packId)?.manifest.version;
  }
  async isSubscribed(packId: string) {
    return this.packs.has(packId) && !this.builtIn.has(packId);
  }
  /** Installs a pack as the extension installs its starter pack: not a subscription. */
  async installBuiltIn(manifest: PackManifest, records: readonly PackRecord[] = []) {
    await this.installShards(manifest, [records]);
    this.builtIn.add(manifest.id);
  }
  async install(manifest: PackManifest, records: readonly PackRecord[], state: () => SyncState) {
    await this.installShards(manifest, [records], state);
  }
  /** Stages shard by shard, like the Dexie store; nothing is visible before the swap. */
  async installShards(
    manifest: PackManifest,
    shards: AsyncIterable<readonly PackRecord[]> | Iterable<readonly PackRecord[]>,
    state?: () => SyncState,
  ) {
    const staged: InstalledPack = { manifest: structuredClone(manifest), records: [] };
    for await (const records of shards)
      for (const record of structuredClone(records)) staged.records.push(record);
    await this.beforeSwap?.();
    // Checked first, then both written with no await between: one step, like a transaction.
    const installedState = state && SyncState.parse(state());
    this.packs.set(manifest.id, staged);
    if (installedState) await this.states.put(installedState);
  }
  async remove(packId: string) {
    await this.beforeRemove?.();
    this.packs.delete(packId);
    this.builtIn.delete(packId);
  }
  /** Everything the store holds, as text: equal snapshots mean an unchanged store. */
  snapshot(): string {
    return JSON.stringify({ packs: [...this.packs.entries()], own: this.ownRecords });
  }
}

export class ManualClock implements Clock {
  constructor(public time: number) {}
  now() {
    return this.time;
  }
}
