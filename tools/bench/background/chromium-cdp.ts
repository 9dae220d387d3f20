import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import WebSocket from 'ws';
import { findChromium, HOW_TO_GET_CHROMIUM } from '../../find-chromium';
import { EXTENSION_DIR, QUIET_ARGS } from '../../launch-extension';
import { MissingBrowserError } from '../../missing-browser';

/**
 * Chromium with the built extension, driven over one bare DevTools connection that attaches to
 * the extension's service worker with the Runtime domain only.
 *
 * Why not Playwright or Puppeteer: both attach to every service worker and enable DevTools'
 * Network domain in it, and Chromium then copies each response body for DevTools on the
 * worker's thread. Reading an 8 MB pack shard took 85–155 ms of the worker's CPU in one task
 * under either, 26–47 ms with this connection (docs/pitfalls.md). A benchmark of the worker's
 * tasks must not add work to them.
 */
export interface ChromiumCdp extends ChromiumBrowser, ExtensionWorker {}

/** The browser, before or after it has the extension. */
export interface ChromiumBrowser {
  /** The browser's temporary profile, e.g. to find its processes. */
  userDataDir: string;
  /**
   * Loads the unpacked extension at `extensionDir`, as `--load-extension` does at start-up, and
   * attaches to its service worker. Called inside `traced`, the trace has the worker's first
   * evaluation: a switch loads the extension before any trace can start.
   */
  loadExtension(extensionDir: string): Promise<ExtensionWorker>;
  /** Opens `url` in a new tab; `evaluate` runs in its page and `close` closes it. */
  openTab(url: string): Promise<Tab>;
  /**
   * Records Chromium's trace of every process while `run` runs; `categories` adds to the tasks'
   * own, e.g. `disabled-by-default-v8.cpu_profiler` for samples of the code that ran.
   */
  traced<T>(run: () => Promise<T>, categories?: string[]): Promise<{ result: T; events: TaskEvent[] }>;
  close(): Promise<void>;
}

export interface ExtensionWorker {
  extensionId: string;
  /** The service worker's script, as trace events name it. */
  workerUrl: string;
  /** Evaluates `expression` in the service worker, awaiting a promise, and returns its value. */
  inWorker(expression: string): Promise<unknown>;
  /**
   * Stops the service worker, as Chromium does after 30 s without events; the next event (a
   * page's analysis) starts it again from its script. `inWorker` reaches the first worker only.
   */
  stopWorker(): Promise<void>;
}

/**
 * An extension page in a new tab, once its document has loaded with the extension's APIs: a new
 * tab starts with a blank document, where `chrome.runtime` is undefined and `readyState` is
 * already "complete" (docs/pitfalls.md).
 */
export async function openExtensionPage(
  browser: ChromiumBrowser,
  extensionId: string,
  path: string,
): Promise<Tab> {
  const page = await browser.openTab(`chrome-extension://${extensionId}/${path}`);
  const ready = `location.protocol === 'chrome-extension:' && document.readyState === 'complete' && typeof chrome.runtime?.sendMessage === 'function'`;
  for (let attempt = 0; attempt < 100; attempt++) {
    if (await page.evaluate(ready)) return page;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`${path} did not load within 10 s`);
}

export interface Tab {
  evaluate(expression: string): Promise<unknown>;
  close(): Promise<void>;
}

/** The trace events kept: tasks (`ph: 'X'`), thread names (`ph: 'M'`) and profiler samples (`ph: 'P'`). */
export interface TaskEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** The thread's CPU time in the event: without the time the OS gave the core to others. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string } };
}

const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'v8', 'disabled-by-default-devtools.timeline'];
/** Nested events shorter than this say nothing about long tasks and only fill memory. */
const MIN_EVENT_US = 1_000;

interface Reply {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: { message: string };
  sessionId?: string;
}

/** Chromium with the extension at `extensionDir` (by default the Chromium build) loaded. */
export async function launchChromiumCdp(options: { extensionDir?: string } = {}): Promise<ChromiumCdp> {
  const browser = await launchChromium();
  try {
    return { ...browser, ...(await browser.loadExtension(options.extensionDir ?? EXTENSION_DIR)) };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** Chromium without the extension; `loadExtension` loads it. */
export async function launchChromium(): Promise<ChromiumBrowser> {
  const executable = findChromium();
  if (!executable) throw new MissingBrowserError(HOW_TO_GET_CHROMIUM);
  const profile = await mkdtemp(join(tmpdir(), 'source-context-cdp-'));
  const browser = spawn(
    executable,
    [
      '--headless=new',
      '--no-sandbox',
      `--user-data-dir=${profile}`,
      '--remote-debugging-port=0',
      // Lets DevTools load an unpacked extension (`Extensions.loadUnpacked`).
      '--enable-unsafe-extension-debugging',
      ...QUIET_ARGS,
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  try {
    const socket = await connect(await debuggingUrl(profile, browser));
    return session(socket, browser, profile);
  } catch (error) {
    browser.kill();
    await rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 }).catch(
      () => undefined,
    );
    throw error;
  }
}

async function debuggingUrl(profile: string, browser: ChildProcess): Promise<string> {
  for (let attempt = 0; attempt < 300; attempt++) {
    if (browser.exitCode !== null) throw new Error(`Chromium exited with code ${browser.exitCode}`);
    const port = await readFile(join(profile, 'DevToolsActivePort'), 'utf8')
      .then((text) => text.split('\n')[0])
      .catch(() => '');
    if (port) {
      const version = (await (await fetch(`http://127.0.0.1:${port}/json/version`)).json()) as {
        webSocketDebuggerUrl: string;
      };
      return version.webSocketDebuggerUrl;
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('Chromium did not open its DevTools port within 30 s');
}

function connect(url: string): Promise<WebSocket> {
  const socket = new WebSocket(url, { perMessageDeflate: false, maxPayload: 2 ** 30 });
  return new Promise((done, fail) => {
    socket.once('open', () => done(socket));
    socket.once('error', fail);
  });
}

/** `profile` is removed on `close`. */
function session(socket: WebSocket, browser: ChildProcess, profile: string): ChromiumBrowser {
  let lastId = 0;
  const pending = new Map<number, { done: (reply: Reply) => void; fail: (error: Error) => void }>();
  const listeners = new Set<(message: Reply) => void>();
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as Reply;
    const waiting = message.id === undefined ? undefined : pending.get(message.id);
    if (waiting && message.id !== undefined) {
      pending.delete(message.id);
      if (message.error) waiting.fail(new Error(message.error.message));
      else waiting.done(message);
    } else for (const listener of listeners) listener(message);
  });
  const send = (method: string, params: object = {}, sessionId?: string) =>
    new Promise<Reply>((done, fail) => {
      lastId += 1;
      pending.set(lastId, { done, fail });
      socket.send(JSON.stringify({ id: lastId, method, params, sessionId }));
    });
  const evaluate = async (expression: string, sessionId: string) => {
    const reply = await send(
      'Runtime.evaluate',
      { expression, awaitPromise: true, returnByValue: true },
      sessionId,
    );
    const result = reply.result as { result?: { value?: unknown }; exceptionDetails?: { text: string } };
    if (result.exceptionDetails) throw new Error(`evaluate: ${JSON.stringify(result.exceptionDetails)}`);
    return result.result?.value;
  };
  const attach = async (targetId: string) =>
    ((await send('Target.attachToTarget', { targetId, flatten: true })).result as { sessionId: string })
      .sessionId;

  return {
    userDataDir: profile,
    async loadExtension(extensionDir) {
      const { id } = (await send('Extensions.loadUnpacked', { path: resolve(extensionDir) })).result as {
        id: string;
      };
      let worker: { targetId: string; url: string } | undefined;
      for (let attempt = 0; attempt < 300 && !worker; attempt++) {
        const { targetInfos } = (await send('Target.getTargets')).result as {
          targetInfos: { type: string; targetId: string; url: string }[];
        };
        worker = targetInfos.find(
          (target) => target.type === 'service_worker' && target.url.startsWith(`chrome-extension://${id}/`),
        );
        if (!worker) await new Promise((done) => setTimeout(done, 100));
      }
      if (!worker) throw new Error("the extension's service worker did not start within 30 s");
      const { targetId, url } = worker;
      const workerSession = await attach(targetId);
      return {
        extensionId: id,
        workerUrl: url,
        inWorker: (expression) => evaluate(expression, workerSession),
        async stopWorker() {
          await send('Target.closeTarget', { targetId });
        },
      };
    },
    async openTab(url) {
      const { targetId } = (await send('Target.createTarget', { url })).result as { targetId: string };
      const tab = await attach(targetId);
      return {
        evaluate: (expression) => evaluate(expression, tab),
        close: async () => {
          await send('Target.closeTarget', { targetId });
        },
      };
    },
    async traced(run, categories = []) {
      const events: TaskEvent[] = [];
      const collect = (message: Reply) => {
        if (message.method !== 'Tracing.dataCollected') return;
        for (const event of (message.params as { value: TaskEvent[] }).value)
          if (event.ph === 'X' ? (event.dur ?? 0) >= MIN_EVENT_US : event.ph === 'M' || event.ph === 'P')
            events.push(event);
      };
      listeners.add(collect);
      await send('Tracing.start', {
        transferMode: 'ReportEvents',
        traceConfig: { includedCategories: [...TRACE_CATEGORIES, ...categories] },
      });
      try {
        const result = await run();
        return { result, events };
      } finally {
        const complete = new Promise<void>((done) => {
          const end = (message: Reply) => {
            if (message.method !== 'Tracing.tracingComplete') return;
            listeners.delete(end);
            done();
          };
          listeners.add(end);
        });
        await send('Tracing.end');
        await complete;
        listeners.delete(collect);
      }
    },
    async close() {
      const exited = new Promise((done) =>
        browser.exitCode !== null ? done(undefined) : browser.once('exit', done),
      );
      await Promise.race([send('Browser.close'), new Promise((done) => setTimeout(done, 5_000))]);
      const killer = setTimeout(() => browser.kill(), 10_000);
      await exited;
      clearTimeout(killer);
      socket.close();
      await rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 }).catch(
        () => undefined,
      );
    },
  };
}

export interface WorkerTask {
  wallMs: number;
  cpuMs: number;
  /** The longest events inside a task of 50 ms or more, e.g. "v8.produceCache 140, MajorGC 60". */
  what: string;
}

const DESCRIBED_FROM_MS = 50;

/**
 * The tasks of the extension's service worker in `events` that ran `minMs` or longer, longest
 * first. Its thread is the one that ran `scriptUrl`: Chromium runs service workers of its own
 * pages (the omnibox's, in 156) on threads of the same name.
 */
export function workerTasks(events: TaskEvent[], scriptUrl: string, minMs: number): WorkerTask[] {
  const threads = new Set(
    events.filter((event) => event.args?.data?.url === scriptUrl).map((event) => `${event.pid}:${event.tid}`),
  );
  const onWorker = events.filter((event) => event.ph === 'X' && threads.has(`${event.pid}:${event.tid}`));
  return onWorker
    .filter((event) => event.name === 'RunTask' && (event.dur ?? 0) >= minMs * 1000)
    .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
    .map((task) => {
      const wallMs = (task.dur ?? 0) / 1000;
      const cpuMs = (task.tdur ?? task.dur ?? 0) / 1000;
      // Described only when long: a million-alias install runs thousands of short tasks.
      if (wallMs < DESCRIBED_FROM_MS) return { wallMs, cpuMs, what: '' };
      const end = task.ts + (task.dur ?? 0);
      const inside = onWorker
        .filter(
          (event) =>
            event !== task &&
            event.pid === task.pid &&
            event.tid === task.tid &&
            event.ts >= task.ts &&
            event.ts < end &&
            !/RunTask|OnHandleReady|mojo/.test(event.name),
        )
        .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
        .slice(0, 3)
        .map((event) => `${event.name} ${Math.round((event.dur ?? 0) / 1000)}`);
      return { wallMs, cpuMs, what: inside.join(', ') };
    });
}
