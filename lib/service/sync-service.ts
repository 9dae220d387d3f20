import type { ReplyTo } from '../messaging/calls';
import type {
  SubscriptionStatus,
  SyncErrorView,
  SyncOutcomeReply,
  SyncProgressMessage,
  SyncRequest,
} from '../messaging/sync-requests';
import type { KnowledgeDatabase } from '../store/database';
import { packVerifier } from '../sync/pack-verifier';
import { throttleProgress } from '../sync/progress-throttle';
import { type InstallWatcher, storeInstaller } from '../sync/store-installer';
import { shardCache, syncStateStore } from '../sync/store-states';
import {
  createSyncEngine,
  type ProgressListener,
  type SyncOutcome,
  type SyncProgress,
} from '../sync/sync-engine';
import type { SyncFailure, SyncState } from '../sync/sync-state';

/**
 * The background's side of pack subscriptions: the options page's requests, the periodic alarm
 * and browser start, all on one sync engine (lib/sync) over the extension's knowledge store.
 * Browser APIs come in as plain functions, so this runs in unit tests as it runs in the worker.
 */

export interface SyncServiceDeps {
  db: KnowledgeDatabase;
  fetch: typeof fetch;
  /** Wakes the background at `when` (ms since the epoch) for `onAlarm`; undefined clears it. */
  setAlarm: (when: number | undefined) => Promise<void>;
  /** Sends progress to the extension's open pages; called a few times per second at most. */
  broadcast: (progress: SyncProgressMessage) => void;
  now?: () => number;
  /** Sees each install's records as they stream to the store (the matcher index compiles from them). */
  watchInstall?: InstallWatcher;
}

export interface PackSyncStatus {
  lastSync?: string;
  status: 'ok' | 'syncing' | 'error';
  error?: string;
  errorTime?: string;
  url?: string;
}

export interface SyncService {
  /** Answers one request; the value is the router's reply. Throws for a request it must refuse. */
  handle<M extends SyncRequest>(request: M): Promise<ReplyTo<M['type']>>;
  /** Syncs what is due, then sets the alarm for the next one. */
  onAlarm(): Promise<void>;
  /** Browser start or install: syncs overdue packs (also one cut short by a closing browser), re-arms. */
  onStartup(): Promise<void>;
  /** Sync states per pack for the options page's pack list (last sync, status, plain-word error with time). */
  packStatuses(): Promise<Map<string, PackSyncStatus>>;
}

/** A few updates per second are enough for a progress bar. */
const PROGRESS_INTERVAL_MS = 250;

const iso = (ms: number) => new Date(ms).toISOString();

function errorView(failure: SyncFailure): SyncErrorView {
  return {
    kind: failure.kind,
    message: failure.message,
    ...(failure.text === undefined ? {} : { text: failure.text }),
    time: iso(failure.time),
  };
}

function outcomeReply(outcome: SyncOutcome): SyncOutcomeReply {
  return outcome.status === 'failed' ? { ...outcome, error: errorView(outcome.error) } : outcome;
}

export function createSyncService(deps: SyncServiceDeps): SyncService {
  const now = deps.now ?? Date.now;
  const states = syncStateStore(deps.db);
  // Called detached: the worker's `fetch` throws "Illegal invocation" when `this` is another object.
  const fetchFile = deps.fetch;
  const engine = createSyncEngine({
    fetch: (url, init) => fetchFile(url, init),
    states,
    shards: shardCache(deps.db),
    verifier: packVerifier,
    installer: storeInstaller(deps.db, deps.watchInstall),
    clock: { now },
  });

  /** Last progress per pack, so `done` can repeat its totals. */
  const lastProgress = new Map<string, SyncProgress>();

  function broadcast(progress: Omit<SyncProgressMessage, 'type'>): void {
    try {
      deps.broadcast({ type: 'sync-progress', ...progress });
    } catch {
      // No page is listening (the options page is closed): progress is only ever a courtesy.
    }
  }

  /** One listener per sync call; throttled per pack, since `syncDue` runs several packs in turn. */
  function progressListener(): ProgressListener {
    const throttled = new Map<string, ProgressListener>();
    return (progress) => {
      lastProgress.set(progress.packId, progress);
      let send = throttled.get(progress.packId);
      if (!send) {
        send = throttleProgress(broadcast, PROGRESS_INTERVAL_MS, now);
        throttled.set(progress.packId, send);
      }
      send(progress);
    };
  }

  /** Tells open pages a sync ended, whichever way: they reload the pack list. */
  function announceDone(outcome: SyncOutcome): void {
    if (outcome.packId === undefined) return;
    const last = lastProgress.get(outcome.packId);
    lastProgress.delete(outcome.packId);
    broadcast({
      packId: outcome.packId,
      phase: 'done',
      shardsDone: last?.shardsDone ?? 0,
      shardsTotal: last?.shardsTotal ?? 0,
      bytesDone: last?.bytesDone ?? 0,
      bytesTotal: last?.bytesTotal ?? 0,
    });
  }

  async function rearm(): Promise<void> {
    await deps.setAlarm(await engine.nextDue());
  }

  async function finished(outcome: SyncOutcome): Promise<SyncOutcomeReply> {
    announceDone(outcome);
    await rearm();
    return outcomeReply(outcome);
  }

  async function syncDue(): Promise<void> {
    try {
      const outcomes = await engine.syncDue(now(), { onProgress: progressListener() });
      for (const outcome of outcomes) announceDone(outcome);
    } finally {
      await rearm();
    }
  }

  function subscriptionStatus(state: SyncState): SubscriptionStatus {
    // A sync cut short is newer news than any earlier error, and must not read as "up to date".
    const error = engine.interruption(state) ?? state.lastError;
    return {
      packId: state.packId,
      url: state.url,
      pinned: state.pinnedKey !== undefined,
      ...(state.installedVersion === undefined ? {} : { installedVersion: state.installedVersion }),
      status: engine.isSyncing(state.packId) ? 'syncing' : error ? 'error' : 'ok',
      ...(state.lastSync === undefined ? {} : { lastSync: iso(state.lastSync) }),
      ...(error ? { error: errorView(error) } : {}),
      nextAttempt: iso(state.nextAttempt),
    };
  }

  /** Answers one sync request with the reply the call map gives for its type. */
  function handle<M extends SyncRequest>(request: M): Promise<ReplyTo<M['type']>> {
    // A switch cannot narrow the generic `M`: `answer` is checked against all sync replies.
    return answer(request) as Promise<ReplyTo<M['type']>>;
  }

  async function answer(request: SyncRequest): Promise<ReplyTo<SyncRequest['type']>> {
    switch (request.type) {
      case 'subscribe':
        return finished(
          await engine.subscribe(request.url, {
            pinnedKey: request.pinnedKey,
            onProgress: progressListener(),
          }),
        );
      case 'sync-now':
        return finished(await engine.syncPack(request.packId, { onProgress: progressListener() }));
      case 'unsubscribe': {
        const removed = await engine.unsubscribe(request.packId);
        if (!removed) throw new Error(`There is no subscription to the pack "${request.packId}".`);
        await rearm();
        return { packId: request.packId };
      }
      case 'sync-status':
        return (await states.list()).map(subscriptionStatus);
    }
  }

  async function packStatuses(): Promise<Map<string, PackSyncStatus>> {
    const statuses = new Map<string, PackSyncStatus>();
    for (const state of await states.list()) {
      const { status, lastSync, error, url } = subscriptionStatus(state);
      statuses.set(state.packId, {
        status,
        url,
        ...(lastSync === undefined ? {} : { lastSync }),
        ...(error === undefined ? {} : { error: error.message, errorTime: error.time }),
      });
    }
    return statuses;
  }

  return { handle, onAlarm: syncDue, onStartup: syncDue, packStatuses };
}
