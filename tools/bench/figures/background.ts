import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { EXTENSION_UUID, FIREFOX_EXTENSION_DIR, launchFirefoxWithExtension } from '../../launch-firefox';
import { serveDirectory } from '../../static-server';
import {
  type ExtensionWorker,
  launchChromium,
  openExtensionPage,
  type Tab,
  workerTasks,
} from '../background/chromium-cdp';
import {
  extensionLongTasks,
  type FirefoxTask,
  type GeckoProfile,
  profilePath,
  profilerEnvironment,
} from '../background/firefox-profile';
import { installMonitor, type MonitorReading, readAndReset } from '../background/task-monitor';
import { BENCH_CHROMIUM_EXTENSION_DIR } from '../page/bench-extension';
import { writeMillionAliasPack } from '../page/million-pack';
import type { Figures } from '../run';
import { verbose } from '../verbose';

/**
 * The longest task of the extension's background (service worker in Chromium, background page in
 * Firefox), with the built extension in each browser:
 *
 * - `background.longest_task_ms.<browser>_starter`: from the extension's install through the first
 *   article's analysis — in Chromium the worker's first evaluation (no code cache yet: compile,
 *   top level, the cache written), the starter pack's install, index compile, match, summary; in
 *   Firefox from when its background page runs (see `firefoxSession`);
 * - `background.longest_task_ms.chromium_wake`: the worker stopped, as Chromium stops it after
 *   30 s without events, and started again by the first article: the script's evaluation (from
 *   its code cache) and an analysis from the stored index;
 * - `background.longest_task_ms.<browser>_aliases_1m`: a subscription to a pack of 1,000,000
 *   generated aliases (tools/bench/page/million-pack.ts) from download to installed, the index
 *   compiled from all records, then the first article analysed with it, and 20 s more for the
 *   garbage collection that follows a big install.
 *
 * Chromium's figures come from its trace of the service worker's thread (./chromium-cdp.ts), with
 * `background.longest_task_cpu_ms.chromium_*` the most CPU one task took: on a shared machine a
 * task's wall time also counts the time the OS gave the core to other processes. Firefox's
 * `background.longest_task_ms.firefox_*` is the longest gap of a timer in the background page
 * (../background/task-monitor.ts), which counts that time too, and
 * `background.longest_task_cpu_ms.firefox_*` the most CPU of a long task that ran the extension's
 * code, from the Gecko profiler (../background/firefox-profile.ts).
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
const LONG_MS = 50;
/**
 * How long the million-alias phase goes on after its first article: V8's memory reducer runs its
 * memory-reducing collection about 8 s after the install's allocations stop, in one task of the
 * worker that gives the install's heap back (docs/pitfalls.md). Since the index is compiled
 * during the install, the first article is marked within a second or two of it, and a phase
 * that ended there left that collection out.
 */
const AFTER_INSTALL_MS = 20_000;

interface Reading {
  longestMs: number;
  /** The most CPU one task took, where the browser tells it (Firefox: once it has closed). */
  cpuMs?: number;
  /** The tasks over 50 ms, for BENCH_VERBOSE. */
  long: string;
}

/** Tasks over 50 ms of CPU first, as BENCH_VERBOSE lists them. */
const describeLong = (tasks: readonly { cpuMs: number; wallMs: number; what: string }[]) =>
  tasks
    .filter((task) => task.cpuMs > LONG_MS)
    .sort((a, b) => b.cpuMs - a.cpuMs)
    .map((task) => `CPU ${task.cpuMs.toFixed(0)} ms (wall ${task.wallMs.toFixed(0)}): ${task.what}`)
    .join('\n  ');

/** What the measurement needs of a browser, whichever drives it. */
interface Session {
  /** Installs the extension, where the browser was started without it. */
  install(): Promise<void>;
  /** Runs `run` and reads the background's longest task meanwhile. */
  longestTaskDuring(run: () => Promise<void>): Promise<Reading>;
  /** Sends a request from an extension page, as the options page does. */
  fromExtensionPage(message: unknown): Promise<unknown>;
  /** Loads the first article in a new tab and waits for its first mark. */
  firstArticle(siteUrl: string, timeoutMs: number): Promise<void>;
  /** Stops the background as the browser does when it is idle, where the browser does that. */
  stop?(): Promise<void>;
  close(): Promise<void>;
}

async function chromiumSession(): Promise<Session> {
  const browser = await launchChromium();
  let worker: ExtensionWorker | undefined;
  let options: Tab | undefined;
  const loaded = () => {
    if (!worker) throw new Error('the extension is not installed yet');
    return worker;
  };
  return {
    // Loaded over DevTools inside the starter phase's trace: loaded by a switch at start-up, the
    // worker's first evaluation raced the trace's start and was in it in 2 runs of 8 (65 and 69
    // ms of CPU in one task, docs/benchmarks.md).
    async install() {
      worker = await browser.loadExtension(BENCH_CHROMIUM_EXTENSION_DIR);
    },
    async longestTaskDuring(run) {
      const { events } = await browser.traced(run);
      const tasks = workerTasks(events, loaded().workerUrl, 0);
      return {
        longestMs: tasks[0]?.wallMs ?? 0,
        cpuMs: Math.max(0, ...tasks.map((task) => task.cpuMs)),
        // Sorted by CPU: on a loaded machine most long walls are tasks that waited for a core.
        long: describeLong(tasks),
      };
    },
    async fromExtensionPage(message) {
      options ??= await openExtensionPage(browser, loaded().extensionId, 'options.html');
      return options.evaluate(`chrome.runtime.sendMessage(${JSON.stringify(message)})`);
    },
    async firstArticle(siteUrl, timeout) {
      const page = await browser.openTab(`${siteUrl}/first-article.html`);
      const until = Date.now() + timeout;
      while (!(await page.evaluate(MARK).catch(() => false))) {
        if (Date.now() > until) throw new Error(`no mark on the first article within ${timeout} ms`);
        await new Promise((done) => setTimeout(done, 100));
      }
      await new Promise((done) => setTimeout(done, SETTLE_MS));
      await page.close();
    },
    stop: () => loaded().stopWorker(),
    close: () => browser.close(),
  };
}

async function firefoxSession(): Promise<Session> {
  const extensionDir = process.env.BENCH_EXTENSION_DIR_FIREFOX ?? FIREFOX_EXTENSION_DIR;
  const profileFolder = await mkdtemp(join(tmpdir(), 'source-context-gecko-'));
  const firefox = await launchFirefoxWithExtension({ extensionDir, env: profilerEnvironment(profileFolder) });
  /** Each reading with its period on the wall clock, given its CPU figure once Firefox has closed. */
  const periods: { from: number; to: number; reading: Reading }[] = [];
  // Firefox (MV2) lets an extension page reach the background page's window; the options tab
  // stays open, as the monitor's callbacks are created in its realm.
  const options: PuppeteerPage = await firefox.openExtensionPage('/options.html');
  await options.evaluate(
    'browser.runtime.getBackgroundPage().then((page) => { globalThis.__background = page; })',
  );
  const background = 'globalThis.__background';
  await options.evaluate(installMonitor(background));
  return {
    // Installed at launch, as a temporary add-on, and the starter phase counts from when the
    // monitor runs: while Firefox starts an add-on it spins a nested event loop, and the Gecko
    // profiler's one "long task" of 120–210 ms then holds the background page's first run, the
    // options page and many of the background's own tasks (resumed time slices among them), 78–109
    // ms of CPU in 3 runs of 5 (docs/benchmarks.md). The first run alone took 37–45 ms.
    install: async () => undefined,
    async longestTaskDuring(run) {
      await options.evaluate(readAndReset(background));
      const from = Date.now();
      await run();
      const monitored = (await options.evaluate(readAndReset(background))) as MonitorReading;
      const reading: Reading = { longestMs: monitored.longest, long: '' };
      periods.push({ from, to: Date.now(), reading });
      return reading;
    },
    fromExtensionPage: (message) =>
      options.evaluate(`browser.runtime.sendMessage(${JSON.stringify(message)})`),
    firstArticle: async (siteUrl, timeout) => {
      const page = await firefox.newPage();
      await page.goto(`${siteUrl}/first-article.html`, { timeout });
      await page.waitForFunction(MARK, { timeout });
      await new Promise((done) => setTimeout(done, SETTLE_MS));
      await page.close();
    },
    async close() {
      await firefox.quit();
      try {
        const tasks = extensionLongTasks(await readProfile(profilePath(profileFolder)), EXTENSION_ORIGIN);
        for (const { from, to, reading } of periods) {
          const during = tasks.filter((task: FirefoxTask) => task.start >= from && task.start < to);
          reading.cpuMs = Math.max(0, ...during.map((task) => task.cpuMs));
          reading.long = describeLong(during);
        }
      } finally {
        await rm(profileFolder, { recursive: true, force: true });
      }
    },
  };
}

/** The extension's origin as the profile names its scripts. */
const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** Read once Firefox has exited (`quit`): it writes the profile while it exits. */
async function readProfile(path: string): Promise<GeckoProfile> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as GeckoProfile;
  } catch (error) {
    throw new Error(`no whole Firefox profile at ${path}: ${error}`);
  }
}

function figuresOf(name: string, phase: string, reading: Reading): Figures {
  verbose(
    name,
    phase,
    `longest ${reading.longestMs.toFixed(0)} ms; tasks over ${LONG_MS} ms:\n `,
    reading.long,
  );
  return {
    [`background.longest_task_ms.${name}_${phase}`]: reading.longestMs,
    ...(reading.cpuMs === undefined
      ? {}
      : { [`background.longest_task_cpu_ms.${name}_${phase}`]: reading.cpuMs }),
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
    verbose(name, 'the install and the first article with the starter pack');
    const starter = await session.longestTaskDuring(async () => {
      await session.install();
      await session.firstArticle(siteUrl, 30_000);
    });
    const stop = session.stop?.bind(session);
    const wake =
      stop &&
      (await session.longestTaskDuring(async () => {
        await stop();
        await session.firstArticle(siteUrl, 30_000);
      }));
    verbose(name, 'subscribing to the million-alias pack');
    const million = await session.longestTaskDuring(async () => {
      const reply = (await session.fromExtensionPage({ type: 'subscribe', url: packUrl })) as {
        ok: boolean;
        value?: { status?: string };
      };
      if (!reply?.ok || reply.value?.status !== 'installed')
        throw new Error(`${name}: the million-alias pack did not install: ${JSON.stringify(reply)}`);
      verbose(name, 'installed; the first article with 1,000,000 aliases');
      await session.firstArticle(siteUrl, BIG_PACK_TIMEOUT_MS);
      await new Promise((done) => setTimeout(done, AFTER_INSTALL_MS));
    });
    // Firefox gives its CPU figures once it has closed.
    await session.close();
    return {
      ...figuresOf(name, 'starter', starter),
      ...(wake ? figuresOf(name, 'wake', wake) : {}),
      ...figuresOf(name, 'aliases_1m', million),
    };
  } catch (error) {
    await session.close().catch(() => undefined);
    throw error;
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
