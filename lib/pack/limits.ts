/**
 * Ceilings that keep a hostile or broken pack from exhausting the reader's memory: checked
 * against the manifest before a shard is fetched, and again against the bytes received.
 */
export interface PackLimits {
  /** Largest shard. */
  shardBytes: number;
  /** All shards together. */
  packBytes: number;
  /** One NDJSON line, i.e. one record. */
  lineBytes: number;
  /** manifest.json itself. */
  manifestBytes: number;
}

export const PACK_LIMITS: PackLimits = {
  shardBytes: 16 * 1024 * 1024,
  packBytes: 512 * 1024 * 1024,
  lineBytes: 256 * 1024,
  manifestBytes: 1024 * 1024,
};

/** Shards a build writes stay under this size, well below `shardBytes`. */
export const BUILD_SHARD_BYTES = 4 * 1024 * 1024;
