import { describe, expect, it } from 'vitest';
import { extensionLongTasks, type GeckoProfile, type GeckoThread } from './firefox-profile';

const ORIGIN = 'moz-extension://5e1f0c0a-7e57-4c0d-9f1e-50c0e0c7e471';

/**
 * A WebExtensions main thread shaped as Firefox 153 writes it: two long tasks, one running the
 * extension's compile (under a timer, as its time slices run) and one running Firefox's own
 * webcompat extension, which shares the process.
 */
function thread(): GeckoThread {
  const strings = [
    'LongTask',
    'nsTimerImpl::Fire',
    `addEntity (${ORIGIN}/background.js:38:27251)[53]`,
    'bootup (moz-extension://0b1f-webcompat/lib/interventions.js:390:9)[125]',
    'Awake',
  ];
  // Stacks: 0 = timer; 1 = timer > addEntity; 2 = timer > webcompat.
  return {
    name: 'GeckoMain',
    processName: 'WebExtensions',
    stringTable: strings,
    frameTable: { schema: { location: 0 }, data: [[1], [2], [3]] },
    stackTable: {
      schema: { prefix: 0, frame: 1 },
      data: [
        [null, 0],
        [0, 1],
        [0, 2],
      ],
    },
    markers: {
      schema: { name: 0, startTime: 1, endTime: 2, phase: 3 },
      data: [
        [0, 100, 180, 1],
        [0, 300, 360, 1],
        [4, 0, 400, 1],
      ],
    },
    samples: {
      schema: { stack: 0, time: 1, threadCPUDelta: 2 },
      data: [
        [1, 110, 20_000_000],
        [1, 140, 30_000_000],
        [0, 170, 10_000_000],
        [2, 310, 40_000_000],
      ],
    },
  };
}

describe("Firefox's long tasks from the Gecko profiler", () => {
  it("keeps the tasks that ran the extension's code, with their CPU time and wall-clock start", () => {
    const profile: GeckoProfile = {
      meta: { startTime: 1_765_000_000_000 },
      threads: [],
      processes: [{ threads: [thread()] }],
    };
    expect(extensionLongTasks(profile, ORIGIN)).toEqual([
      { start: 1_765_000_000_100, wallMs: 80, cpuMs: 60, what: 'addEntity (background.js:38:27251)' },
    ]);
  });

  it('finds nothing in a profile without the WebExtensions process', () => {
    expect(extensionLongTasks({ meta: { startTime: 0 }, threads: [], processes: [] }, ORIGIN)).toEqual([]);
  });
});
