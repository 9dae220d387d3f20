import { Slug } from '../schema/primitives';
import { z } from '../schema/zod';
import { SyncText } from './sync-text';

export const SyncErrorKind = z.enum([
  'offline',
  'timeout',
  'not-found',
  'server-error',
  'http-error',
  'too-large',
  'truncated',
  'outside-pack',
  'invalid-json',
  'schema',
  'hash',
  'signature',
  'references',
  'rollback',
  'pack-mismatch',
  'quota',
  'install',
  'interrupted',
]);
export type SyncErrorKind = z.infer<typeof SyncErrorKind>;

export const SyncFailure = z.strictObject({
  /** When it happened, ms since the epoch. */
  time: z.int().check(z.nonnegative()),
  kind: SyncErrorKind,
  /** In plain English words, naming the file (and line) where relevant; for logs and older rows. */
  message: z.string(),
  /** The same as a message key, which the options page shows in the reader's language. */
  text: z.optional(SyncText),
});
export type SyncFailure = z.infer<typeof SyncFailure>;

/**
 * What the sync engine remembers about one subscribed pack between syncs. A zod schema because
 * it is read back from storage written by earlier versions of the extension.
 */
export const SyncState = z.strictObject({
  packId: Slug,
  /** The manifest URL the reader subscribed to; shards must live under its folder. */
  url: z.string(),
  /** Base64 raw Ed25519 public key the reader pinned: every version must be signed by it. */
  pinnedKey: z.optional(z.string()),
  /** The key id the pack was last signed with: once signed, it must stay signed by this id. */
  keyId: z.optional(z.string()),
  /** Validators of the manifest of the installed version, for conditional requests. */
  etag: z.optional(z.string()),
  lastModified: z.optional(z.string()),
  installedVersion: z.optional(z.int().check(z.positive())),
  /** SHA-256 of the installed version's shards: what the shard cache must keep. */
  installedShards: z._default(z.array(z.string()), []),
  /** Last sync that ended without error (installed or found nothing new), ms since the epoch. */
  lastSync: z.optional(z.int().check(z.nonnegative())),
  lastError: z.optional(SyncFailure),
  /** When the pack is due for its next sync, ms since the epoch. */
  nextAttempt: z.int().check(z.nonnegative()),
  /** Failures in a row since the last successful sync; drives the back-off. */
  failures: z.int().check(z.nonnegative()),
  /**
   * When the sync running now began, ms since the epoch; removed when it ends either way. Still
   * there once the engine has restarted, it tells that the sync was cut short (browser closed,
   * worker stopped): otherwise a "Sync now" cut short left no trace and the pack, not due for
   * a day, showed as up to date at the old version (issue 15, finding 11).
   */
  syncStarted: z.optional(z.int().check(z.nonnegative())),
});
export type SyncState = z.infer<typeof SyncState>;
