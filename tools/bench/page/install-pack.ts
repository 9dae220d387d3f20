import type { BrowserContext } from '@playwright/test';
import type { SyncOutcomeReply } from '../../../lib/messaging/sync-requests';

export interface PackInstall {
  /** The background's reply to `subscribe`: `{ ok, value: SyncOutcomeReply }` or `{ ok: false, error }`. */
  reply: { ok: true; value: SyncOutcomeReply } | { ok: false; error: string };
  /** Subscribe sent → reply received: fetch, verification and the atomic install. */
  seconds: number;
}

/**
 * Subscribes the extension to the pack at `manifestUrl` the way a reader does: from the
 * extension's options page, with the `subscribe` request the options page sends
 * (lib/messaging/sync-requests.ts), answered by the background's sync service once the pack
 * is installed or has failed.
 */
export async function subscribeFromOptionsPage(
  context: BrowserContext,
  extensionId: string,
  manifestUrl: string,
): Promise<PackInstall> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const started = performance.now();
    const reply = await page.evaluate(
      (url) =>
        (
          globalThis as unknown as {
            chrome: { runtime: { sendMessage: (message: unknown) => Promise<unknown> } };
          }
        ).chrome.runtime.sendMessage({ type: 'subscribe', url }),
      manifestUrl,
    );
    return { reply: reply as PackInstall['reply'], seconds: (performance.now() - started) / 1000 };
  } finally {
    await page.close();
  }
}
