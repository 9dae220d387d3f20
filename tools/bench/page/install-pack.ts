import type { BrowserContext } from '@playwright/test';
import type { SyncOutcomeReply } from '../../../lib/messaging/sync-requests';
import { sampleMax } from './browser-memory';

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

/** Whether the background has stored a compiled index built from the store's current data. */
async function indexReady(context: BrowserContext): Promise<boolean> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return worker.evaluate(
    () =>
      new Promise<boolean>((done, fail) => {
        const open = indexedDB.open('source-context');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['meta', 'compiled']);
          const version = tx.objectStore('meta').get('dataVersion');
          const index = tx.objectStore('compiled').get('entities-and-claims');
          tx.oncomplete = () => {
            open.result.close();
            done(index.result !== undefined && index.result.sourceKey === String(version.result?.value ?? 0));
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
  );
}

export interface MeasuredInstall extends PackInstall {
  /** Subscribe sent → the compiled index of the new data stored: the install is usable. */
  readySeconds: number;
  /** The highest `memoryMb()` seen from the subscribe until the index was ready. */
  peakMb: number;
  /** `memoryMb()` just before the subscribe. */
  baselineMb: number;
}

/** `subscribeFromOptionsPage`, timed until the index is ready, with memory sampled throughout. */
export async function measureInstall(
  context: BrowserContext,
  extensionId: string,
  manifestUrl: string,
  memoryMb: () => Promise<number>,
  timeoutMs = 300_000,
): Promise<MeasuredInstall> {
  const baselineMb = await memoryMb();
  const memory = sampleMax(memoryMb);
  const started = performance.now();
  try {
    const install = await subscribeFromOptionsPage(context, extensionId, manifestUrl);
    if (install.reply.ok && install.reply.value.status === 'installed') {
      while (!(await indexReady(context))) {
        if (performance.now() - started > timeoutMs) throw new Error(`no index after ${timeoutMs} ms`);
        await new Promise((done) => setTimeout(done, 100));
      }
    }
    return {
      ...install,
      readySeconds: (performance.now() - started) / 1000,
      peakMb: await memory.stop(),
      baselineMb,
    };
  } finally {
    await memory.stop();
  }
}
