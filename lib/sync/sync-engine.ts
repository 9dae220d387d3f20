import { PACK_LIMITS } from '../pack/limits';
import type { PackManifest } from '../schema/manifest';
import type { PackRecord } from '../schema/records';
import { type FetchedFile, fetchFile } from './fetch-file';
import type {
  Clock,
  FetchLike,
  LocatedRecord,
  PackInstaller,
  PackVerifier,
  ShardCache,
  SyncStateStore,
  Verified,
} from './ports';
import {
  nextAttemptAfterFailure,
  nextAttemptAfterSuccess,
  SYNC_SCHEDULE,
  type SyncSchedule,
} from './schedule';
import { shardRetention } from './shard-retention';
import { shardUrl } from './shard-url';
import { SubscriptionRequest } from './subscription';
import { packProblemError, SyncError, syncErrors } from './sync-error';
import type { SyncFailure, SyncState } from './sync-state';
import { syncText } from './sync-text';

export interface SyncLimits {
  manifestBytes: number;
  shardBytes: number;
  packBytes: number;
  /** One request, from sending it to its last byte. */
  requestTimeoutMs: number;
  /** Everything a sync downloads together. */
  syncTimeoutMs: number;
}

export const SYNC_LIMITS: SyncLimits = {
  manifestBytes: PACK_LIMITS.manifestBytes,
  shardBytes: PACK_LIMITS.shardBytes,
  packBytes: PACK_LIMITS.packBytes,
  requestTimeoutMs: 60 * 1000,
  syncTimeoutMs: 15 * 60 * 1000,
};

export interface SyncProgress {
  packId: string;
  phase: 'manifest' | 'download' | 'verify' | 'install';
  /** Shards of the new version at hand so far: taken from the cache or downloaded. */
  shardsDone: number;
  shardsTotal: number;
  /** Bytes of those shards, counted as they arrive. */
  bytesDone: number;
  bytesTotal: number;
}

export type ProgressListener = (progress: SyncProgress) => void;

export type SyncOutcome =
  | { status: 'installed'; packId: string; version: number; downloadedShards: number; cachedShards: number }
  | { status: 'up-to-date'; packId: string; version: number }
  /** `packId` is missing only when a subscription failed before its manifest was read. */
  | { status: 'failed'; packId?: string; error: SyncFailure };

export interface SyncEngineDeps {
  fetch: FetchLike;
  states: SyncStateStore;
  shards: ShardCache;
  verifier: PackVerifier;
  installer: PackInstaller;
  clock: Clock;
  limits?: Partial<SyncLimits>;
  schedule?: Partial<SyncSchedule>;
}

export interface SyncEngine {
  /** Reads the manifest at `url`, records the subscription and runs its first sync. */
  subscribe(
    url: string,
    options?: { pinnedKey?: string; onProgress?: ProgressListener },
  ): Promise<SyncOutcome>;
  /**
   * Removes a subscribed pack's records and its sync state; the user's own records stay. False
   * when there is no subscription to `packId`: a built-in pack is never removed this way.
   */
  unsubscribe(packId: string): Promise<boolean>;
  /** Syncs one subscribed pack now; a second call while it runs joins the running sync. */
  syncPack(packId: string, options?: { onProgress?: ProgressListener }): Promise<SyncOutcome>;
  /** Syncs, one after another, every pack whose next attempt is at or before `now`. */
  syncDue(now?: number, options?: { onProgress?: ProgressListener }): Promise<SyncOutcome[]>;
  /** Whether a sync of `packId` is running now (started by any of the calls above). */
  isSyncing(packId: string): boolean;
  /** The earliest next attempt of any pack: when an alarm should wake the engine. */
  nextDue(): Promise<number | undefined>;
  /**
   * The failure a sync cut short shows as, dated when it began: its state says it started, yet
   * this engine is not running it (the browser or the worker stopped it half-way). Undefined
   * for every other state.
   */
  interruption(state: SyncState): SyncFailure | undefined;
}

const MANIFEST_FILE = 'manifest.json';

function isQuotaError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'name' in error &&
    (error.name === 'QuotaExceededError' ||
      // Dexie wraps the DOMException; the original stays reachable as `inner`.
      ('inner' in error && isQuotaError(error.inner)))
  );
}

/** The value of a passed check; a failed one becomes the error for its first problem. */
function verified<T>(result: Verified<T>): T {
  if (!result.ok) throw packProblemError(result.problems);
  return result.value;
}

export function createSyncEngine(deps: SyncEngineDeps): SyncEngine {
  const limits: SyncLimits = { ...SYNC_LIMITS, ...deps.limits };
  const schedule: SyncSchedule = { ...SYNC_SCHEDULE, ...deps.schedule };
  const running = new Map<string, Promise<SyncOutcome>>();
  /** Packs being unsubscribed: a sync asked for meanwhile waits, then finds no subscription. */
  const removing = new Map<string, Promise<boolean>>();
  const retention = shardRetention(deps.states, deps.shards);

  function failure(error: unknown): SyncFailure {
    const time = deps.clock.now();
    const known =
      error instanceof SyncError
        ? error
        : syncErrors.unexpected(error instanceof Error ? error.message : String(error));
    return { time, kind: known.kind, message: known.message, text: known.text };
  }

  async function fetchManifest(
    url: string,
    signal: AbortSignal,
    validators: Pick<SyncState, 'etag' | 'lastModified'>,
  ): Promise<FetchedFile> {
    const headers: Record<string, string> = {};
    if (validators.etag) headers['If-None-Match'] = validators.etag;
    if (validators.lastModified) headers['If-Modified-Since'] = validators.lastModified;
    return fetchFile(deps.fetch, url, MANIFEST_FILE, {
      headers,
      signal,
      timeoutMs: limits.requestTimeoutMs,
      maxBytes: limits.manifestBytes,
      tooLarge: () => syncErrors.tooLarge(MANIFEST_FILE, limits.manifestBytes),
    });
  }

  /** A pack signed once stays signed by the same key: pinned by the reader, or first seen (TOFU). */
  async function checkPublisherKey(state: SyncState, manifest: PackManifest): Promise<string | undefined> {
    if (state.pinnedKey) {
      verified(await deps.verifier.checkSignature(manifest, state.pinnedKey));
      return manifest.signature?.keyId;
    }
    const seen = state.keyId;
    if (seen && !manifest.signature) throw syncErrors.signatureMissing(seen);
    if (seen && manifest.signature && manifest.signature.keyId !== seen) {
      throw syncErrors.signatureKeyChanged(manifest.signature.keyId, seen);
    }
    return manifest.signature?.keyId;
  }

  function checkDeclaredSizes(manifest: PackManifest): number {
    let total = 0;
    for (const shard of manifest.shards) {
      if (shard.bytes > limits.shardBytes) throw syncErrors.tooLarge(shard.path, limits.shardBytes);
      total += shard.bytes;
    }
    if (total > limits.packBytes) throw syncErrors.packTooLarge(total, limits.packBytes);
    return total;
  }

  /**
   * The bytes of `manifest.shards[index]`: from the cache when its hash is known, else
   * downloaded (size-limited, streamed). Not yet verified; `cached` says where they came from.
   */
  async function shardBytes(
    urls: readonly string[],
    manifest: PackManifest,
    index: number,
    signal: AbortSignal,
    onBytes?: (received: number) => void,
  ): Promise<{ bytes: Uint8Array; cached: boolean }> {
    const shard = manifest.shards[index]!;
    const cachedBytes = await deps.shards.get(shard.sha256);
    if (cachedBytes) return { bytes: cachedBytes, cached: true };
    const fetched = await fetchFile(deps.fetch, urls[index]!, shard.path, {
      signal,
      timeoutMs: limits.requestTimeoutMs,
      // The manifest says how large the shard is; anything beyond is not that shard.
      maxBytes: shard.bytes,
      expectedBytes: shard.bytes,
      tooLarge: () => syncErrors.largerThanDeclared(shard.path, shard.bytes),
      onBytes,
    });
    if (fetched.status !== 'ok') throw syncErrors.httpStatus(shard.path, 304);
    if (fetched.bytes.length < shard.bytes) {
      throw syncErrors.truncated(shard.path, fetched.bytes.length, shard.bytes);
    }
    return { bytes: fetched.bytes, cached: false };
  }

  /** The URL of every shard, refusing the whole pack when one lies outside its folder. */
  function shardUrls(state: SyncState, manifest: PackManifest): string[] {
    return manifest.shards.map((shard) => {
      const url = shardUrl(state.url, shard.path);
      if (!url) throw syncErrors.outsidePack(shard.path);
      return url;
    });
  }

  /**
   * Every shard of the new version in turn, verified as it arrives (size, hash, each line), taken
   * from the cache when its hash is known, else downloaded and, once its hash is confirmed,
   * cached; its records are handed to the install, which stages them aside. Only ids and
   * references stay behind, for the checks across shards, which run after the last shard: when
   * any check fails the install never swaps the staged records in (one pass; reading every shard
   * twice, to write nothing before all were checked, cost a second hash and parse of each).
   */
  async function* verifiedShards(
    urls: readonly string[],
    manifest: PackManifest,
    signal: AbortSignal,
    report: (phase: SyncProgress['phase'], shardsDone: number, bytesDone: number) => void,
    counts: { downloadedShards: number },
  ): AsyncGenerator<PackRecord[]> {
    const check = deps.verifier.recordSetCheck();
    let bytesDone = 0;
    // Cache writes go on while the next shard is read and installed; the last is awaited below.
    let caching = Promise.resolve();
    for (const [index, shard] of manifest.shards.entries()) {
      const { bytes, cached } = await shardBytes(urls, manifest, index, signal, (received) => {
        bytesDone += received;
        report('download', index, bytesDone);
      });
      if (cached) bytesDone += shard.bytes;
      else counts.downloadedShards += 1;
      // A few hundred records at a time, handed on as they are read: a whole shard's records
      // alive at once raised the worker's peak memory (lib/pack/shard.ts `shardChunks`, issue 16).
      let chunks: AsyncGenerator<LocatedRecord[], Verified<true>> | undefined = deps.verifier.verifyShard(
        manifest,
        index,
        bytes,
      );
      for (let next = await chunks.next(); ; next = await chunks.next()) {
        if (next.done) {
          verified(next.value);
          break;
        }
        await check.add(next.value);
        yield next.value.map((entry) => entry.record);
      }
      // The finished generator still held the shard's bytes (its argument) while the next shard
      // downloaded: two shards alive at a time in the worker's heap snapshot (issue 16).
      chunks = undefined;
      // Verified bytes are cached even if a later shard fails: the next attempt resumes there.
      if (!cached) {
        caching = caching.then(() => deps.shards.put(shard.sha256, bytes));
        // Observed at the end; never an unhandled rejection meanwhile.
        caching.catch(() => undefined);
      }
      report('download', index + 1, bytesDone);
    }
    await caching;
    report('verify', manifest.shards.length, bytesDone);
    verified(check.result());
    report('install', manifest.shards.length, bytesDone);
  }

  /** Installs the version and, in the same step, its pack's new state (`PackInstaller`). */
  async function install(
    manifest: PackManifest,
    shards: AsyncIterable<PackRecord[]>,
    state: () => SyncState,
  ): Promise<void> {
    try {
      if (deps.installer.installShards) {
        await deps.installer.installShards(manifest, shards, state);
      } else {
        const records: PackRecord[] = [];
        for await (const shard of shards) for (const record of shard) records.push(record);
        await deps.installer.install(manifest, records, state);
      }
    } catch (error) {
      // A shard that failed its second reading says so itself.
      if (error instanceof SyncError) throw error;
      if (isQuotaError(error)) throw syncErrors.quota();
      throw syncErrors.install(error instanceof Error ? error.message : String(error));
    }
  }

  async function recordFailure(state: SyncState, error: unknown): Promise<SyncOutcome> {
    const lastError = failure(error);
    const failures = state.failures + 1;
    await deps.states.put({
      ...state,
      lastError,
      failures,
      nextAttempt: nextAttemptAfterFailure(lastError.time, failures, schedule),
    });
    return { status: 'failed', packId: state.packId, error: lastError };
  }

  function succeeded(state: SyncState, changes: Partial<SyncState>): SyncState {
    const now = deps.clock.now();
    const { lastError: _cleared, ...rest } = state;
    return {
      ...rest,
      ...changes,
      lastSync: now,
      failures: 0,
      nextAttempt: nextAttemptAfterSuccess(now, schedule),
    };
  }

  /**
   * One sync: manifest (conditional), publisher key, version, sizes, shards (delta) verified and
   * staged as they arrive, then the atomic install. Nothing becomes visible in the store before
   * every check has passed; any failure leaves the installed version as it was and is recorded
   * in the state.
   */
  async function run(
    stored: SyncState,
    onProgress: ProgressListener | undefined,
    prefetched?: FetchedFile,
  ): Promise<SyncOutcome> {
    // Without the mark of a sync cut short: every outcome written from `state` clears it.
    const { syncStarted: _cutShort, ...state } = stored;
    const overall = new AbortController();
    const timer = setTimeout(
      () => overall.abort(syncErrors.syncTimeout(limits.syncTimeoutMs)),
      limits.syncTimeoutMs,
    );
    let shardsTotal = 0;
    let bytesTotal = 0;
    let releaseShards: () => void = () => undefined;
    const report = (phase: SyncProgress['phase'], shardsDone: number, bytesDone: number) =>
      onProgress?.({ packId: state.packId, phase, shardsDone, shardsTotal, bytesDone, bytesTotal });
    try {
      report('manifest', 0, 0);
      // Marks the sync as running until its outcome, written from the unmarked `state`, replaces it.
      await deps.states.put({ ...state, syncStarted: deps.clock.now() });
      const installed = await deps.installer.installedVersion(state.packId);
      // Validators belong to the installed version; without it a 304 would leave nothing installed.
      const conditional = installed !== undefined && installed === state.installedVersion;
      const fetched =
        prefetched ?? (await fetchManifest(state.url, overall.signal, conditional ? state : {}));
      if (fetched.status === 'not-modified') {
        await deps.states.put(succeeded(state, {}));
        return { status: 'up-to-date', packId: state.packId, version: installed ?? 0 };
      }
      const manifest = verified(deps.verifier.parseManifest(fetched.bytes));
      if (manifest.id !== state.packId) throw syncErrors.packMismatch(state.url, state.packId, manifest.id);
      const keyId = await checkPublisherKey(state, manifest);
      if (installed !== undefined && manifest.version < installed) {
        throw syncErrors.rollback(manifest.version, installed);
      }
      const validators = { etag: fetched.etag, lastModified: fetched.lastModified, keyId };
      if (manifest.version === installed) {
        await deps.states.put(succeeded(state, { ...validators, installedVersion: installed }));
        return { status: 'up-to-date', packId: state.packId, version: installed };
      }
      shardsTotal = manifest.shards.length;
      bytesTotal = checkDeclaredSizes(manifest);
      const urls = shardUrls(state, manifest);
      releaseShards = retention.use(manifest);
      const read = { downloadedShards: 0 };
      // Staged aside as verified; swapped in only after every check has passed, with its state.
      await install(manifest, verifiedShards(urls, manifest, overall.signal, report, read), () =>
        succeeded(state, {
          ...validators,
          installedVersion: manifest.version,
          installedShards: manifest.shards.map((shard) => shard.sha256),
        }),
      );
      await retention.prune();
      return {
        status: 'installed',
        packId: state.packId,
        version: manifest.version,
        downloadedShards: read.downloadedShards,
        cachedShards: manifest.shards.length - read.downloadedShards,
      };
    } catch (error) {
      return recordFailure(state, error);
    } finally {
      clearTimeout(timer);
      releaseShards();
    }
  }

  function runOnce(packId: string, start: () => Promise<SyncOutcome>): Promise<SyncOutcome> {
    const current = running.get(packId);
    if (current) return current;
    const started = start().finally(() => running.delete(packId));
    running.set(packId, started);
    return started;
  }

  async function syncPack(
    packId: string,
    options: { onProgress?: ProgressListener } = {},
  ): Promise<SyncOutcome> {
    // A sync that starts while its pack is being removed (the alarm during an unsubscribe) read
    // the subscription before it was gone and installed the pack again (issue 15, finding 9).
    await removing.get(packId)?.catch(() => undefined);
    return runOnce(packId, async () => {
      const state = await deps.states.get(packId);
      if (!state) return { status: 'failed', packId, error: failure(syncErrors.notSubscribed(packId)) };
      return run(state, options.onProgress);
    });
  }

  async function subscribe(
    url: string,
    options: { pinnedKey?: string; onProgress?: ProgressListener } = {},
  ): Promise<SyncOutcome> {
    try {
      const request = SubscriptionRequest.safeParse({ url, pinnedKey: options.pinnedKey });
      if (!request.success) {
        const wrongKey = request.error.issues[0]?.path[0] === 'pinnedKey';
        const invalid = new SyncError(
          'schema',
          syncText(wrongKey ? 'syncErrorSubscriptionKey' : 'syncErrorSubscriptionUrl'),
        );
        return { status: 'failed', error: failure(invalid) };
      }
      const overall = new AbortController();
      const fetched = await fetchManifest(request.data.url, overall.signal, {});
      if (fetched.status !== 'ok') throw syncErrors.httpStatus(MANIFEST_FILE, 304);
      const manifest = verified(deps.verifier.parseManifest(fetched.bytes));
      const existing = await deps.states.get(manifest.id);
      if (existing && existing.url !== request.data.url) throw syncErrors.alreadyInstalled(manifest.id);
      // A pack installed by a subscription whose state is gone (its database lost, or a row that
      // no longer parses) is adopted: refusing it left a pack that could be neither subscribed
      // again nor unsubscribed, and never synced (issue 15, finding 8). Only a pack installed
      // without a subscription (the built-in starter pack) is refused.
      if (
        !existing &&
        (await deps.installer.installedVersion(manifest.id)) !== undefined &&
        !(await deps.installer.isSubscribed?.(manifest.id))
      ) {
        throw syncErrors.alreadyInstalled(manifest.id);
      }
      const pinnedKey = request.data.pinnedKey;
      const keyId = pinnedKey ? await deps.verifier.keyIdOf(pinnedKey) : undefined;
      // A sync running now started from the old subscription and writes it back when it ends: a
      // key pinned meanwhile was lost (issue 15, finding 9). Wait until none runs; from there to
      // the write below nothing yields, so no other sync can start from the old state.
      let current = existing;
      while (running.has(manifest.id)) {
        await running.get(manifest.id)?.catch(() => undefined);
        current = await deps.states.get(manifest.id);
      }
      const state: SyncState = current
        ? { ...current, pinnedKey: pinnedKey ?? current.pinnedKey }
        : {
            packId: manifest.id,
            url: request.data.url,
            pinnedKey,
            keyId,
            installedShards: [],
            nextAttempt: deps.clock.now(),
            failures: 0,
          };
      await deps.states.put(state);
      return runOnce(manifest.id, () => run(state, options.onProgress, fetched));
    } catch (error) {
      return { status: 'failed', error: failure(error) };
    }
  }

  async function unsubscribe(packId: string): Promise<boolean> {
    const removal = removePack(packId);
    removing.set(packId, removal);
    try {
      return await removal;
    } finally {
      if (removing.get(packId) === removal) removing.delete(packId);
    }
  }

  async function removePack(packId: string): Promise<boolean> {
    // Only subscriptions: the starter pack is installed without one and must stay. A subscribed
    // pack whose sync state was lost or no longer parses is still the reader's to remove.
    const subscribed =
      (await deps.states.get(packId)) !== undefined || (await deps.installer.isSubscribed?.(packId));
    if (!subscribed) return false;
    // A sync still running would otherwise install the pack again after it was removed.
    await running.get(packId);
    await deps.installer.remove(packId);
    // Also a row that no longer parses, which `get` reported as absent.
    await deps.states.delete(packId);
    await retention.prune();
    return true;
  }

  function interruption(state: SyncState): SyncFailure | undefined {
    if (state.syncStarted === undefined || running.has(state.packId)) return undefined;
    const { kind, message, text } = syncErrors.interrupted();
    return { time: state.syncStarted, kind, message, text };
  }

  /** A sync cut short is due at once, whenever its pack's next periodic sync would be. */
  function dueAt(state: SyncState): number {
    return interruption(state) ? Math.min(state.nextAttempt, state.syncStarted ?? 0) : state.nextAttempt;
  }

  async function syncDue(
    now = deps.clock.now(),
    options: { onProgress?: ProgressListener } = {},
  ): Promise<SyncOutcome[]> {
    const outcomes: SyncOutcome[] = [];
    for (const state of await deps.states.list()) {
      if (dueAt(state) <= now) outcomes.push(await syncPack(state.packId, options));
    }
    return outcomes;
  }

  async function nextDue(): Promise<number | undefined> {
    const times = (await deps.states.list()).map(dueAt);
    return times.length > 0 ? Math.min(...times) : undefined;
  }

  return {
    subscribe,
    unsubscribe,
    syncPack,
    syncDue,
    nextDue,
    isSyncing: (packId) => running.has(packId),
    interruption,
  };
}
