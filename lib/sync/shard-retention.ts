import type { PackManifest } from '../schema/manifest';
import type { ShardCache, SyncStateStore } from './ports';

/**
 * Which shards the cache keeps: those of every installed version, so the next version downloads
 * only changes, and those running syncs read, which another pack's sync or unsubscribe must not
 * prune from under them.
 */
export function shardRetention(states: SyncStateStore, shards: ShardCache) {
  /** Shard hashes read by running syncs, each with the number of syncs reading it. */
  const inUse = new Map<string, number>();
  return {
    /** Marks the manifest's shards as read by a running sync; the function returned ends that. */
    use(manifest: PackManifest): () => void {
      const hashes = manifest.shards.map((shard) => shard.sha256);
      for (const sha of hashes) inUse.set(sha, (inUse.get(sha) ?? 0) + 1);
      return () => {
        for (const sha of hashes) {
          const count = (inUse.get(sha) ?? 1) - 1;
          if (count > 0) inUse.set(sha, count);
          else inUse.delete(sha);
        }
      };
    },
    /** Drops every cached shard neither installed nor in use. */
    async prune(): Promise<void> {
      const keep = new Set<string>(inUse.keys());
      for (const state of await states.list()) for (const sha of state.installedShards) keep.add(sha);
      await shards.retainOnly(keep);
    },
  };
}
