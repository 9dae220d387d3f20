import { Slug } from '../schema/primitives';
import { z } from '../schema/zod';
import { PinnedKey, SubscriptionUrl } from '../sync/subscription';
import { SyncErrorKind } from '../sync/sync-state';
import { SyncText } from '../sync/sync-text';

/**
 * The options page's requests about pack subscriptions and the background's progress broadcasts.
 * Same rules as `protocol.ts`: a zod schema per message, parsed on receipt, replies `Reply<T>`.
 * Only the extension's own pages may send these: they make the extension fetch URLs.
 */

/** A pack's address is the URL of its `manifest.json` (docs/pack-format.md); shards live beside it. */
export const ManifestUrl = SubscriptionUrl.check(
  z.refine(
    (value) => new URL(value).pathname.endsWith('/manifest.json'),
    'The address must end in /manifest.json',
  ),
);

export const SubscribeRequest = z.strictObject({
  type: z.literal('subscribe'),
  url: ManifestUrl,
  /** Base64 of the raw Ed25519 public key, the `publicKey` of the pack tool's `.pub` file. */
  pinnedKey: z.optional(PinnedKey),
});
export type SubscribeRequest = z.infer<typeof SubscribeRequest>;

export const UnsubscribeRequest = z.strictObject({ type: z.literal('unsubscribe'), packId: Slug });
export const SyncNowRequest = z.strictObject({ type: z.literal('sync-now'), packId: Slug });
export const SyncStatusRequest = z.strictObject({ type: z.literal('sync-status') });

export const SyncRequest = z.discriminatedUnion('type', [
  SubscribeRequest,
  UnsubscribeRequest,
  SyncNowRequest,
  SyncStatusRequest,
]);
export type SyncRequest = z.infer<typeof SyncRequest>;

// ——— Replies ———

/** A failed sync as the reader sees it: what went wrong in plain words, and when (ISO). */
export const SyncErrorView = z.strictObject({
  kind: SyncErrorKind,
  message: z.string(),
  /** What the options page shows, in the reader's language; absent on errors stored before it. */
  text: z.optional(SyncText),
  time: z.iso.datetime({ offset: true }),
});
export type SyncErrorView = z.infer<typeof SyncErrorView>;

/** The reply of `subscribe` and `sync-now`: how that one sync ended. */
export const SyncOutcomeReply = z.discriminatedUnion('status', [
  z.strictObject({
    status: z.literal('installed'),
    packId: z.string(),
    version: z.int().check(z.nonnegative()),
    downloadedShards: z.int().check(z.nonnegative()),
    cachedShards: z.int().check(z.nonnegative()),
  }),
  z.strictObject({
    status: z.literal('up-to-date'),
    packId: z.string(),
    version: z.int().check(z.nonnegative()),
  }),
  z.strictObject({ status: z.literal('failed'), packId: z.optional(z.string()), error: SyncErrorView }),
]);
export type SyncOutcomeReply = z.infer<typeof SyncOutcomeReply>;

/** The reply of `unsubscribe`. */
export const UnsubscribeReply = z.strictObject({ packId: z.string() });

/** One subscription in the reply of `sync-status`; also those whose first sync never succeeded. */
export const SubscriptionStatus = z.strictObject({
  packId: z.string(),
  url: z.string(),
  pinned: z.boolean(),
  installedVersion: z.optional(z.int().check(z.positive())),
  status: z.enum(['ok', 'syncing', 'error']),
  /** Last sync that ended without error (ISO). */
  lastSync: z.optional(z.iso.datetime({ offset: true })),
  /** The last sync's error, kept until a sync succeeds; the installed version stays in use. */
  error: z.optional(SyncErrorView),
  /** When the next periodic sync is due (ISO). */
  nextAttempt: z.iso.datetime({ offset: true }),
});
export type SubscriptionStatus = z.infer<typeof SubscriptionStatus>;
export const SyncStatusReply = z.array(SubscriptionStatus);

// ——— Broadcast: background → extension pages ———

export const SyncPhase = z.enum(['manifest', 'download', 'verify', 'install', 'done']);
export type SyncPhase = z.infer<typeof SyncPhase>;

/**
 * Sent with `runtime.sendMessage` while a pack syncs, a few per second at most; `done` ends every
 * sync (installed, up to date or failed), so open pages reload their pack list.
 */
export const SyncProgressMessage = z.strictObject({
  type: z.literal('sync-progress'),
  packId: z.string(),
  phase: SyncPhase,
  shardsDone: z.int().check(z.nonnegative()),
  shardsTotal: z.int().check(z.nonnegative()),
  bytesDone: z.int().check(z.nonnegative()),
  bytesTotal: z.int().check(z.nonnegative()),
});
export type SyncProgressMessage = z.infer<typeof SyncProgressMessage>;
