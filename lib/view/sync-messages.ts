import type { SubscriptionStatus, SyncErrorView } from '../messaging/sync-requests';
import { renderSyncText } from '../sync/sync-text';

/** A sync error in the reader's language; the stored English text when it has no message key. */
export function syncErrorText(error: Pick<SyncErrorView, 'message' | 'text'>): string {
  if (!error.text) return error.message;
  return (
    renderSyncText(error.text, (key, substitutions) =>
      browser.i18n.getMessage(key as never, substitutions),
    ) ?? error.message
  );
}

export type PackTrust = 'pinned-key' | 'unsigned' | 'plain-http';

/**
 * How far a subscribed pack's contents can be trusted to come from its publisher (issue 15,
 * finding 14: a pack without a pinned key, or over plain http, looked like a verified one). Only
 * a pinned key proves the publisher; without one, https at least keeps others on the network
 * path from changing it.
 */
export function packTrust(subscription: Pick<SubscriptionStatus, 'pinned' | 'url'>): PackTrust {
  if (subscription.pinned) return 'pinned-key';
  return new URL(subscription.url).protocol === 'http:' ? 'plain-http' : 'unsigned';
}
