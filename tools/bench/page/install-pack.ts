import type { BrowserContext } from '@playwright/test';
import type { SyncOutcomeReply } from '../../../lib/messaging/sync-requests';
import { launchChromiumCdp, openExtensionPage } from '../background/chromium-cdp';
import { sampleMax } from './browser-memory';

export interface PackInstall {
  /** The background's reply to `subscribe`: `{ ok, value: SyncOutcomeReply }` or `{ ok: false, error }`. */
  reply: { ok: true; value: SyncOutcomeReply } | { ok: false; error: string };
  /** Subscribe sent → reply received: fetch, verification and the atomic install. */
  seconds: number;
}

/** An extension page a request can be sent from: Playwright's page or a bare DevTools tab. */
interface ExtensionPage {
  evaluate(expression: string): Promise<unknown>;
}

/**
 * Subscribes the extension to the pack at `manifestUrl` the way a reader does: from the
 * extension's options page, with the `subscribe` request the options page sends
 * (lib/messaging/sync-requests.ts), answered by the background's sync service once the pack
 * is installed or has failed.
 */
async function subscribeFrom(options: ExtensionPage, manifestUrl: string): Promise<PackInstall> {
  const started = performance.now();
  const reply = await options.evaluate(
    `chrome.runtime.sendMessage(${JSON.stringify({ type: 'subscribe', url: manifestUrl })})`,
  );
  return { reply: reply as PackInstall['reply'], seconds: (performance.now() - started) / 1000 };
}

/** `subscribeFrom` the options page of a Playwright session, for pages traced with the pack installed. */
export async function subscribeInContext(
  context: BrowserContext,
  extensionId: string,
  manifestUrl: string,
): Promise<PackInstall> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const install = await subscribeFrom(page, manifestUrl);
    if (!install.reply.ok || install.reply.value.status !== 'installed')
      throw new Error(`the pack at ${manifestUrl} did not install: ${JSON.stringify(install.reply)}`);
    return install;
  } finally {
    await page.close();
  }
}

/** Whether the background has stored a compiled index built from the store's current data. */
const INDEX_READY = `new Promise((done, fail) => {
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
})`;

export interface MeasuredInstall extends PackInstall {
  /** Subscribe sent → the compiled index of the new data stored: the install is usable. */
  readySeconds: number;
  /** The highest `memoryMb()` seen from the subscribe until the index was ready. */
  peakMb: number;
  /** `memoryMb()` just before the subscribe. */
  baselineMb: number;
}

/**
 * The install measured in a browser of its own, driven over a bare DevTools connection
 * (../background/chromium-cdp.ts): Playwright attaches to the service worker and copies every
 * downloaded shard for DevTools on the worker's thread. Timed from the subscribe until the
 * index is ready, with `memoryMb` of the browser's profile sampled throughout.
 */
export async function measureInstallAlone(
  manifestUrl: string,
  memoryMb: (userDataDir: string) => Promise<number>,
  extensionDir?: string,
  timeoutMs = 300_000,
): Promise<MeasuredInstall> {
  const browser = await launchChromiumCdp({ extensionDir });
  const memoryNow = () => memoryMb(browser.userDataDir);
  try {
    const options = await openExtensionPage(browser, browser.extensionId, 'options.html');
    const baselineMb = await memoryNow();
    const memory = sampleMax(memoryNow);
    const started = performance.now();
    try {
      const install = await subscribeFrom(options, manifestUrl);
      if (!install.reply.ok || install.reply.value.status !== 'installed')
        throw new Error(`the pack at ${manifestUrl} did not install: ${JSON.stringify(install.reply)}`);
      while (!(await browser.inWorker(INDEX_READY))) {
        if (performance.now() - started > timeoutMs) throw new Error(`no index after ${timeoutMs} ms`);
        await new Promise((done) => setTimeout(done, 100));
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
  } finally {
    await browser.close();
  }
}
