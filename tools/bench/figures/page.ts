import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { CORPUS_DIR, corpusPages, withKnownName } from '../../../tests/article/corpus';
import { EXTENSION_DIR, launchWithExtension } from '../../launch-extension';
import { serveDirectory } from '../../static-server';
import type { Figures } from '../run';

/**
 * What the content script costs a page, measured in Chromium with the built extension over the
 * real pages of ../shared/corpus/readability-pages, from a Chromium trace of each page load:
 *
 * - `page.main_thread_ms.median`: main-thread CPU time in the content script's code (see
 *   extensionCost);
 * - `page.long_tasks`: tasks over 50 ms that would not be long without the extension's part;
 * - `page.time_to_marks_ms.median`: DOMContentLoaded to the first mark, warm service worker,
 *   on the news pages with "Antony Blinken" written into the first body paragraph (the pages
 *   name no one the background knows yet; the matcher is whatever the background has now);
 * - `bundle.content_script_kb`: the minified content script loaded on every page.
 */

const CONTENT_SCRIPT = resolve(EXTENSION_DIR, 'content-scripts/content.js');
const SETTLE_MS = 1_000;
const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
];

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event: excludes the time the OS gave the core to someone else. */
  tdur?: number;
  tid: number;
  pid: number;
  args?: { name?: string; data?: { url?: string } };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

interface CpuProfile {
  nodes: { id: number; parent?: number; children?: number[]; callFrame: { url: string } }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** A page load traced (for its tasks) and sampled by V8's profiler every 100 µs (for whose code ran). */
async function traced(
  context: BrowserContext,
  page: Page,
  run: () => Promise<void>,
): Promise<{ events: TraceEvent[]; profile: CpuProfile }> {
  const session = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 100 });
  await session.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: TRACE_CATEGORIES },
  });
  await session.send('Profiler.start');
  await run();
  const { profile } = await session.send('Profiler.stop');
  const complete = new Promise((done) => session.once('Tracing.tracingComplete', done));
  await session.send('Tracing.end');
  await complete;
  await session.detach();
  return { events, profile: profile as unknown as CpuProfile };
}

/**
 * The extension's share of the main thread. Profiler samples say whose code ran (the
 * extension's script anywhere on the stack, so DOM calls made from it and code resumed after
 * an `await` count); each task's thread time (`tdur`) says how much CPU the task really had.
 * On a shared machine wall-clock samples alone also count the time the thread was waiting for
 * a core, so each task's thread time is split in the proportion of its samples.
 */
function extensionCost(
  events: TraceEvent[],
  profile: CpuProfile,
): { mainThreadMs: number; longTasks: number } {
  const parent = new Map<number, number>();
  const url = new Map<number, string>();
  for (const node of profile.nodes) {
    url.set(node.id, node.callFrame.url);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const fromExtension = new Map<number, boolean>();
  const isExtension = (id: number): boolean => {
    const known = fromExtension.get(id);
    if (known !== undefined) return known;
    const up = parent.get(id);
    const result =
      (url.get(id) ?? '').startsWith('chrome-extension://') || (up !== undefined && isExtension(up));
    fromExtension.set(id, result);
    return result;
  };
  const samples: { ts: number; dt: number; extension: boolean }[] = [];
  let ts = profile.startTime;
  profile.samples.forEach((id, index) => {
    ts += profile.timeDeltas[index] ?? 0;
    samples.push({ ts, dt: profile.timeDeltas[index + 1] ?? 0, extension: isExtension(id) });
  });
  const mainThreads = new Set(
    events
      .filter(
        (event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain',
      )
      .map((event) => `${event.pid}:${event.tid}`),
  );
  let mainThreadUs = 0;
  let longTasks = 0;
  for (const task of events) {
    if (task.name !== 'RunTask' || task.ph !== 'X' || task.dur === undefined) continue;
    if (!mainThreads.has(`${task.pid}:${task.tid}`)) continue;
    let all = 0;
    let extension = 0;
    for (const sample of samples) {
      if (sample.ts < task.ts || sample.ts >= task.ts + task.dur) continue;
      all += sample.dt;
      if (sample.extension) extension += sample.dt;
    }
    if (extension === 0 || all === 0) continue;
    const cpu = task.tdur ?? task.dur;
    const share = (extension / all) * cpu;
    mainThreadUs += share;
    // Caused by the extension: without its part the task would not have been long.
    if (task.dur > 50_000 && task.dur - share <= 50_000) longTasks += 1;
  }
  return { mainThreadMs: mainThreadUs / 1000, longTasks };
}

export async function measure(): Promise<Figures> {
  if (!existsSync(CONTENT_SCRIPT)) execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
  const bundleKb = (await stat(CONTENT_SCRIPT)).size / 1024;
  const server = await serveDirectory(CORPUS_DIR);
  const { context } = await launchWithExtension();
  const mainThread: number[] = [];
  const timeToMarks: number[] = [];
  let longTasks = 0;
  try {
    const pages = await corpusPages();
    // The first page load also wakes the service worker: measure warm, as the figure says.
    for (const [index, corpusPage] of [pages[0]!, ...pages].entries()) {
      const source = await readFile(resolve(CORPUS_DIR, corpusPage.name, 'source.html'), 'utf8');
      const named = corpusPage.isNews ? await withKnownName(corpusPage, source) : undefined;
      const page = await context.newPage();
      await page.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.hostname !== '127.0.0.1') return route.abort();
        if (named && url.pathname.endsWith('/source.html')) {
          return route.fulfill({ body: named, contentType: 'text/html; charset=utf-8' });
        }
        return route.continue();
      });
      // Main world: note when DOMContentLoaded fires and when the first mark appears.
      await page.addInitScript(() => {
        const scope = window as unknown as { dcl?: number; firstMark?: number };
        document.addEventListener('DOMContentLoaded', () => {
          scope.dcl = performance.now();
        });
        const poll = () => {
          if ([...CSS.highlights.keys()].some((name) => name.startsWith('source-context:'))) {
            scope.firstMark = performance.now();
          } else requestAnimationFrame(poll);
        };
        requestAnimationFrame(poll);
      });
      const { events, profile } = await traced(context, page, async () => {
        await page.goto(`${server.url}/${corpusPage.name}/source.html`, { waitUntil: 'domcontentloaded' });
        if (named) {
          await page
            .waitForFunction(
              () => (window as unknown as { firstMark?: number }).firstMark !== undefined,
              undefined,
              {
                timeout: 10_000,
              },
            )
            .catch(() => undefined);
        }
        await page.waitForTimeout(SETTLE_MS);
      });
      if (index > 0) {
        const cost = extensionCost(events, profile);
        mainThread.push(cost.mainThreadMs);
        longTasks += cost.longTasks;
        const times = await page.evaluate(() => {
          const { dcl, firstMark } = window as unknown as { dcl?: number; firstMark?: number };
          return { dcl, firstMark };
        });
        if (named && times.dcl !== undefined && times.firstMark !== undefined) {
          timeToMarks.push(times.firstMark - times.dcl);
        }
        if (process.env.BENCH_VERBOSE) {
          console.log(corpusPage.name, cost, named ? (times.firstMark ?? NaN) - (times.dcl ?? NaN) : '-');
        }
      }
      await page.close();
    }
  } finally {
    await context.close();
    await server.close();
  }
  return {
    'page.main_thread_ms.median': median(mainThread),
    'page.main_thread_ms.max': Math.max(...mainThread),
    'page.long_tasks': longTasks,
    'page.time_to_marks_ms.median': median(timeToMarks),
    'page.time_to_marks_pages': timeToMarks.length,
    'bundle.content_script_kb': bundleKb,
  };
}
