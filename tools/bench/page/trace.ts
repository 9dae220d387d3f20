import type { BrowserContext, Page } from '@playwright/test';

/**
 * A page load traced by Chromium (for its tasks) and sampled by V8's profiler (for whose code
 * ran), and the extension's share of the main thread computed from both. Moved here unchanged
 * from tools/bench/figures/page.ts.
 */

const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
];

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event: excludes the time the OS gave the core to someone else. */
  tdur?: number;
  tid: number;
  pid: number;
  args?: { name?: string; data?: { url?: string; frame?: string; processId?: number } };
}

export interface CpuProfile {
  nodes: { id: number; parent?: number; children?: number[]; callFrame: { url: string } }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface PageTrace {
  events: TraceEvent[];
  profile: CpuProfile;
  /** The renderer process the page's main frame committed in: the one the profile sampled. */
  rendererPid: number;
}

/** A page load traced (for its tasks) and sampled by V8's profiler every 100 µs (for whose code ran). */
export async function traced(
  context: BrowserContext,
  page: Page,
  run: () => Promise<void>,
): Promise<PageTrace> {
  const session = await context.newCDPSession(page);
  const { frameTree } = await session.send('Page.getFrameTree');
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
  return {
    events,
    profile: profile as unknown as CpuProfile,
    rendererPid: rendererOf(events, frameTree.frame.id),
  };
}

/**
 * The process the frame last committed in, as the browser reports it. A trace holds every
 * process of the browser (other tabs, the extension's own pages, out-of-process iframes), while
 * the profile samples only the page's renderer.
 */
export function rendererOf(events: TraceEvent[], frameId: string): number {
  const commits = events.filter(
    (event) => event.name === 'FrameCommittedInBrowser' && event.args?.data?.frame === frameId,
  );
  const pid = commits.at(-1)?.args?.data?.processId;
  if (pid === undefined) throw new Error(`the trace names no process for frame ${frameId}`);
  return pid;
}

/**
 * The extension's share of the main thread. Profiler samples say whose code ran (the
 * extension's script anywhere on the stack, so DOM calls made from it and code resumed after
 * an `await` count); each task's thread time (`tdur`) says how much CPU the task really had.
 * On a shared machine wall-clock samples alone also count the time the thread was waiting for
 * a core, so each task's thread time is split in the proportion of its samples.
 */
export function extensionCost({ events, profile, rendererPid }: PageTrace): {
  mainThreadMs: number;
  longTasks: number;
} {
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
  // Only the page's renderer: samples fall in the time of other processes' tasks as well (the
  // trace is browser-wide), and counting those tasks took 20-60 % of a page's figure from tabs,
  // iframes and extension pages running at the same time (pagecost, 2026-12-07).
  const mainThreads = new Set(
    events
      .filter(
        (event) =>
          event.ph === 'M' &&
          event.name === 'thread_name' &&
          event.args?.name === 'CrRendererMain' &&
          event.pid === rendererPid,
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
