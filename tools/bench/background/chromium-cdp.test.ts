import { describe, expect, it } from 'vitest';
import { type TaskEvent, workerTasks } from './chromium-cdp';

const SCRIPT = 'chrome-extension://abcdefghijklmnop/background.js';
const thread = (pid: number, tid: number): TaskEvent => ({
  name: 'thread_name',
  ph: 'M',
  ts: 0,
  pid,
  tid,
  args: { name: 'ServiceWorker thread' },
});
const task = (pid: number, tid: number, ts: number, ms: number, cpuMs: number): TaskEvent => ({
  name: 'RunTask',
  ph: 'X',
  ts,
  dur: ms * 1000,
  tdur: cpuMs * 1000,
  pid,
  tid,
});
const inside = (pid: number, tid: number, name: string, ts: number, ms: number, url?: string): TaskEvent => ({
  name,
  ph: 'X',
  ts,
  dur: ms * 1000,
  pid,
  tid,
  ...(url ? { args: { data: { url } } } : {}),
});

describe('workerTasks', () => {
  it("reads the extension's worker only, not Chromium's own service workers of the same thread name", () => {
    // Chromium 156 runs its omnibox's service worker on a "ServiceWorker thread" too: a 372 ms
    // task of lit.rollup.js was first counted as the extension's start-up.
    const events = [
      thread(1, 10),
      thread(2, 20),
      task(1, 10, 0, 372, 300),
      inside(1, 10, 'EvaluateScript', 10, 360, 'chrome://new-tab-page/lit.rollup.js'),
      task(2, 20, 1_000, 80, 55),
      inside(2, 20, 'v8.produceCache', 1_010, 78, SCRIPT),
      task(2, 20, 500_000, 30, 20),
      inside(2, 20, 'FunctionCall', 500_010, 25, SCRIPT),
    ];
    expect(workerTasks(events, SCRIPT, 50)).toEqual([{ wallMs: 80, cpuMs: 55, what: 'v8.produceCache 78' }]);
    expect(workerTasks(events, SCRIPT, 0).map((found) => found.wallMs)).toEqual([80, 30]);
  });

  it("tells a task's CPU time from its wall time, which counts the time it waited for a core", () => {
    const events = [thread(2, 20), task(2, 20, 0, 190, 12), inside(2, 20, 'TimerFire', 5, 185, SCRIPT)];
    expect(workerTasks(events, SCRIPT, 50)).toEqual([{ wallMs: 190, cpuMs: 12, what: 'TimerFire 185' }]);
  });
});
