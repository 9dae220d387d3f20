import { describe, expect, it } from 'vitest';
import { type CpuProfile, extensionCost, rendererOf, type TraceEvent } from './trace';

/**
 * The page bench's share of the main thread: a trace holds every process of the browser, the
 * profile only the page's renderer. Before, a task of another tab or iframe process that ran at
 * the same time as the content script counted as the extension's too (cnn: 49.5 ms, of which
 * 29.7 ms in the page's renderer; pagecost, 2026-12-07).
 */

const PAGE = 10;
const OTHER = 20;
const FRAME = 'MAIN';

const thread = (pid: number): TraceEvent => ({
  name: 'thread_name',
  ph: 'M',
  ts: 0,
  tid: 1,
  pid,
  args: { name: 'CrRendererMain' },
});
const task = (pid: number, ts: number, dur: number, tdur: number): TraceEvent => ({
  name: 'RunTask',
  ph: 'X',
  ts,
  dur,
  tdur,
  tid: 1,
  pid,
});

/** Node 2 is the content script's code, node 3 the page's; a sample every 100 µs from 1,000 µs. */
function profile(nodes: number[]): CpuProfile {
  return {
    nodes: [
      { id: 1, children: [2, 3], callFrame: { url: '' } },
      { id: 2, parent: 1, callFrame: { url: 'chrome-extension://abc/content-scripts/content.js' } },
      { id: 3, parent: 1, callFrame: { url: 'http://127.0.0.1/page.js' } },
    ],
    startTime: 900,
    samples: nodes,
    timeDeltas: nodes.map(() => 100),
  };
}

describe('extensionCost', () => {
  const events = [
    thread(PAGE),
    thread(OTHER),
    {
      name: 'FrameCommittedInBrowser',
      ph: 'I',
      ts: 0,
      tid: 1,
      pid: 1,
      args: { data: { frame: FRAME, processId: PAGE } },
    },
    // The page's task: 1,000-2,000 µs, half of it the content script's, 600 µs of CPU.
    task(PAGE, 1_000, 1_000, 600),
    // A task of another process at the same time, with 5 ms of CPU: not the page's.
    task(OTHER, 1_000, 1_000, 5_000),
  ];
  // The last sample, at 2,000 µs, is after the tasks: it closes the one before.
  const samples = profile([2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3]);

  it("counts only the page renderer's tasks, split by the share of the extension's samples", () => {
    const cost = extensionCost({ events, profile: samples, rendererPid: rendererOf(events, FRAME) });
    expect(cost.mainThreadMs).toBeCloseTo(0.3, 5);
  });

  it('names the process the frame committed in, and fails clearly when the trace has none', () => {
    expect(rendererOf(events, FRAME)).toBe(PAGE);
    expect(() => rendererOf(events, 'OTHER-FRAME')).toThrow(
      'the trace names no process for frame OTHER-FRAME',
    );
  });
});
