import type { PackManifest } from '../schema/manifest';
import type { PackRecord } from '../schema/records';
import type { PackProblem } from './pack-problem';
import type { SyncState } from './sync-state';

/**
 * The sync engine talks to storage, verification and the network only through these ports, so
 * it runs unchanged in the service worker (Dexie, WebCrypto, `fetch`) and in tests (fakes).
 */

/** `fetch` as the engine calls it; `globalThis.fetch` fits. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

/** One sync state per subscribed pack, keyed by pack id. */
export interface SyncStateStore {
  get(packId: string): Promise<SyncState | undefined>;
  put(state: SyncState): Promise<void>;
  delete(packId: string): Promise<void>;
  list(): Promise<SyncState[]>;
}

/**
 * Shard bytes by their SHA-256. Content-addressed: a shard that a new version lists with the same
 * hash is taken from here instead of being downloaded again.
 */
export interface ShardCache {
  get(sha256: string): Promise<Uint8Array | undefined>;
  put(sha256: string, bytes: Uint8Array): Promise<void>;
  /** Drops every shard whose hash is not in `keep` (the shards of the installed versions). */
  retainOnly(keep: ReadonlySet<string>): Promise<void>;
}

export type Verified<T> = { ok: true; value: T } | { ok: false; problems: PackProblem[] };

/** A verified record with the place it was read from, so a problem across records can point at it. */
export interface LocatedRecord {
  record: PackRecord;
  file: string;
  where: string;
}

/** Everything that decides whether bytes from a server are a valid pack; nothing here is policy. */
export interface PackVerifier {
  /** JSON and schema of manifest.json. */
  parseManifest(bytes: Uint8Array): Verified<PackManifest>;
  /** The manifest carries a valid signature by `publicKey` (base64 of the raw Ed25519 key). */
  checkSignature(manifest: PackManifest, publicKey: string): Promise<Verified<true>>;
  /** The key id (16 hex digits) a signature by `publicKey` carries. */
  keyIdOf(publicKey: string): Promise<string>;
  /**
   * One shard, `manifest.shards[index]`: its size and SHA-256 first, then every line's JSON and
   * schema, yielding the valid records a few hundred at a time as they are read (lib/pack/
   * shard.ts `shardChunks`), and at the end whether the whole shard passed, its record count
   * included. Records yielded before a failure are not verified: whatever used them is thrown
   * away with the failed sync. Shard by shard, so a pack's bytes never need to sit in memory
   * all at once.
   */
  verifyShard(
    manifest: PackManifest,
    index: number,
    bytes: Uint8Array,
  ): AsyncGenerator<LocatedRecord[], Verified<true>, void>;
  /**
   * What no single shard shows: unique ids and references across the whole pack. Fed shard by
   * shard; it keeps ids and references only, never whole records.
   */
  recordSetCheck(): RecordSetCheck;
}

/** Unique ids and references across a pack, checked once every shard has been added. */
export interface RecordSetCheck {
  /** In time slices: a shard's records in one go held Chromium's worker for tens of ms (issue 11). */
  add(records: readonly LocatedRecord[]): Promise<void>;
  result(): Verified<true>;
}

/**
 * The knowledge store as the sync engine sees it. `install` is atomic: it replaces all records of
 * `manifest.id` in one transaction or leaves the store as it was (also when the browser closes
 * half-way). Neither method ever touches the user's own records and notes.
 *
 * `state` is the pack's sync state with the new version installed: the install asks for it as it
 * swaps the version in and records it (as `SyncStateStore.put` would) in the same step, so the
 * store never holds a version its sync state does not name, or the reverse.
 */
export interface PackInstaller {
  /** The version of the pack installed now, read from the store itself. */
  installedVersion(packId: string): Promise<number | undefined>;
  /**
   * Whether the pack is installed as a subscription (not built in), read from the store itself.
   * Lets the engine adopt or remove such a pack when its sync state was lost; without this
   * method a pack installed without a sync state is treated as built in and left alone.
   */
  isSubscribed?(packId: string): Promise<boolean>;
  /** Rejects with a `DOMException` named `QuotaExceededError` when the browser's storage is full. */
  install(manifest: PackManifest, records: readonly PackRecord[], state: () => SyncState): Promise<void>;
  /**
   * The same install, atomic alike, with the records arriving a few hundred at a time (the
   * sync's chunks of a shard): each is written aside as it comes, so memory holds a chunk's
   * records, not the pack's. When
   * `shards` rejects, the install fails with that error and the store stays as it was. Optional:
   * without it the engine gathers all records and calls `install`.
   */
  installShards?(
    manifest: PackManifest,
    shards: AsyncIterable<readonly PackRecord[]>,
    state: () => SyncState,
  ): Promise<void>;
  /** Removes the pack and its sync state. */
  remove(packId: string): Promise<void>;
}
