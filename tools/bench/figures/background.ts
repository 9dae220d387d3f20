import { resolve } from 'node:path';
import type { Page as PlaywrightPage } from '@playwright/test';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { launchWithExtension } from '../../launch-extension';
import { FIREFOX_EXTENSION_DIR, launchFirefoxWithExtension } from '../../launch-firefox';
import { serveDirectory } from '../../static-server';
import { installMonitor, type MonitorReading, readAndReset } from '../background/task-monitor';
import { BENCH_CHROMIUM_EXTENSION_DIR } from '../page/bench-extension';
import { writeMillionAliasPack } from '../page/million-pack';
import type { Figures } from '../run';
import { verbose } from '../verbose';

/**
 * The longest task of the extension's background (service worker in Chromium, background page in
 * Firefox), with the built extension in each browser (tools/bench/background/task-monitor.ts):
 *
 * - `background.longest_task_ms.<browser>_starter`: from just after start-up (the starter pack's
 *   first install is under way) through the first article's analysis — index compile, match,
 *   summary;
 * - `background.longest_task_ms.<browser>_aliases_1m`: a subscription to a pack of 1,000,000
 *   generated aliases (tools/bench/page/million-pack.ts) from download to installed, the index
 *   compiled from all records, then the first article analysed with it.
 *
 * Firefox stops a background script that runs for about 10 s without a break ("Script terminated
 * by timeout"); the goal is 50 ms, a task short enough that nothing a reader does waits on it.
 * `BENCH_BROWSERS=chromium` or `firefox` measures one; `BENCH_EXTENSION_DIR_CHROMIUM` /
 * `_FIREFOX` measure another build (e.g. a previous one, for before/after figures).
 */

const FIXTURES = resolve(import.meta.dirname, '../../../tests/fixtures');
const SETTLE_MS = 1_500;
/** Installing and compiling a million aliases takes a minute or more. */
const BIG_PACK_TIMEOUT_MS = 300_000;
const MARK = "[...CSS.highlights.keys()].some((name) => name.startsWith('source-context:'))";

/** What the measurement needs of a browser, whichever drives it. */
interface Session {
  /** Evaluates JavaScript text in the background's realm, reachable as `scope`. */
  inBackground(expression: (scope: string) => string): Promise<unknown>;
  /** Sends a request from an extension page, as the options page does. */
  fromExtensionPage(message: unknown): Promise<unknown>;
  /** Loads the first article in a new tab and waits for its first mark. */
  firstArticle(siteUrl: string, timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

async function chromiumSession(): Promise<Session> {
  const { context, extensionId } = await launchWithExtension({ extensionDir: BENCH_CHROMIUM_EXTENSION_DIR });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // The worker's own console, for timestamps a diagnostic build logs next to the monitor's.
  worker.on('console', (message) => verbose('worker:', message.text()));
  const options: PlaywrightPage = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  return {
    inBackground: (expression) => worker.evaluate(expression('globalThis')),
    fromExtensionPage: (message) =>
      options.evaluate(`chrome.runtime.sendMessage(${JSON.stringify(message)})`),
    firstArticle: async (siteUrl, timeout) => {
      const page = await context.newPage();
      await page.goto(`${siteUrl}/first-article.html`, { timeout });
      await page.waitForFunction(MARK, undefined, { timeout });
      await page.waitForTimeout(SETTLE_MS);
      await page.close();
    },
    close: () => context.close(),
  };
}

async function firefoxSession(): Promise<Session> {
  const extensionDir = process.env.BENCH_EXTENSION_DIR_FIREFOX ?? FIREFOX_EXTENSION_DIR;
  const firefox = await launchFirefoxWithExtension({ extensionDir });
  // Firefox (MV2) lets an extension page reach the background page's window; the options tab
  // stays open, as the monitor's callbacks are created in its realm.
  const options: PuppeteerPage = await firefox.openExtensionPage('/options.html');
  await options.evaluate(
    'browser.runtime.getBackgroundPage().then((page) => { globalThis.__background = page; })',
  );
  return {
    inBackground: (expression) => options.evaluate(expression('globalThis.__background')),
    fromExtensionPage: (message) =>
      options.evaluate(`browser.runtime.sendMessage(${JSON.stringify(message)})`),
    firstArticle: async (siteUrl, timeout) => {
      const page = await firefox.newPage();
      await page.goto(`${siteUrl}/first-article.html`, { timeout });
      await page.waitForFunction(MARK, { timeout });
      await new Promise((done) => setTimeout(done, SETTLE_MS));
      await page.close();
    },
    close: () => firefox.close(),
  };
}

async function longestTasks(
  name: string,
  open: () => Promise<Session>,
  siteUrl: string,
  packUrl: string,
): Promise<Figures> {
  const session = await open();
  try {
    await session.inBackground(installMonitor);
    verbose(name, 'monitor installed; the first article with the starter pack');
    await session.firstArticle(siteUrl, 30_000);
    const starter = (await session.inBackground(readAndReset)) as MonitorReading;
    verbose(name, 'starter: tasks over 50 ms [start, ms]', JSON.stringify(starter.long));

    verbose(name, 'subscribing to the million-alias pack');
    const reply = (await session.fromExtensionPage({ type: 'subscribe', url: packUrl })) as {
      ok: boolean;
      value?: { status?: string };
    };
    if (!reply?.ok || reply.value?.status !== 'installed')
      throw new Error(`${name}: the million-alias pack did not install: ${JSON.stringify(reply)}`);
    verbose(name, 'installed; the first article with 1,000,000 aliases');
    await session.firstArticle(siteUrl, BIG_PACK_TIMEOUT_MS);
    const million = (await session.inBackground(readAndReset)) as MonitorReading;
    verbose(name, '1,000,000 aliases: tasks over 50 ms [start, ms]', JSON.stringify(million.long));
    return {
      [`background.longest_task_ms.${name}_starter`]: starter.longest,
      [`background.longest_task_ms.${name}_aliases_1m`]: million.longest,
    };
  } finally {
    await session.close();
  }
}

export async function measure(): Promise<Figures> {
  const pack = await writeMillionAliasPack();
  const site = await serveDirectory(FIXTURES);
  const packServer = await serveDirectory(pack.dir);
  const browsers = (process.env.BENCH_BROWSERS ?? 'chromium,firefox').split(',');
  const figures: Figures = {};
  try {
    const packUrl = `${packServer.url}/manifest.json`;
    if (browsers.includes('chromium'))
      Object.assign(figures, await longestTasks('chromium', chromiumSession, site.url, packUrl));
    if (browsers.includes('firefox'))
      Object.assign(figures, await longestTasks('firefox', firefoxSession, site.url, packUrl));
    return figures;
  } finally {
    await packServer.close();
    await site.close();
    await pack.remove();
  }
}
