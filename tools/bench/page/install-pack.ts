import type { SyncOutcomeReply } from '../../../lib/messaging/sync-requests';
import { type ChromiumCdp, launchChromiumCdp } from '../background/chromium-cdp';
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
 * is installed or has failed. Over a bare DevTools connection (../background/chromium-cdp.ts):
 * Playwright would copy every downloaded shard for DevTools on the worker's thread.
 */
export async function subscribeFromOptionsPage(
  browser: ChromiumCdp,
  manifestUrl: string,
): Promise<PackInstall> {
  const options = await browser.openTab(`chrome-extension://${browser.extensionId}/options.html`);
  try {
    await options.evaluate(
      "new Promise((done) => document.readyState === 'complete' ? done() : addEventListener('load', done))",
    );
    const started = performance.now();
    const reply = await options.evaluate(
      `chrome.runtime.sendMessage(${JSON.stringify({ type: 'subscribe', url: manifestUrl })})`,
    );
    return { reply: reply as PackInstall['reply'], seconds: (performance.now() - started) / 1000 };
  } finally {
    await options.close();
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

/** `subscribeFromOptionsPage`, timed until the index is ready, with memory sampled throughout. */
export async function measureInstall(
  browser: ChromiumCdp,
  manifestUrl: string,
  memoryMb: () => Promise<number>,
  timeoutMs = 300_000,
): Promise<MeasuredInstall> {
  const baselineMb = await memoryMb();
  const memory = sampleMax(memoryMb);
  const started = performance.now();
  try {
    const install = await subscribeFromOptionsPage(browser, manifestUrl);
    if (install.reply.ok && install.reply.value.status === 'installed') {
      while (!(await browser.inWorker(INDEX_READY))) {
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

/**
 * `measureInstall` in a browser started on `userDataDir` for the install alone and closed after
 * it, so the pack stays in that profile for a Playwright session that traces pages.
 */
export async function installIntoProfile(
  userDataDir: string,
  manifestUrl: string,
  memoryMb: () => Promise<number>,
  extensionDir?: string,
): Promise<MeasuredInstall> {
  const browser = await launchChromiumCdp({ userDataDir, extensionDir });
  try {
    await browser.inWorker('true');
    const install = await measureInstall(browser, manifestUrl, memoryMb);
    if (!install.reply.ok || install.reply.value.status !== 'installed')
      throw new Error(`the pack at ${manifestUrl} did not install: ${JSON.stringify(install.reply)}`);
    return install;
  } finally {
    await browser.close();
  }
}
