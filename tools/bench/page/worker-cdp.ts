import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import puppeteer, { type CDPSession } from 'puppeteer-core';
import type { CpuProfile } from './trace';

export interface WorkerSession {
  /**
   * The worker's JS heap in use after a full garbage collection, with the array buffers it holds
   * (the compiled index lives in typed arrays, outside the V8 heap proper), in MB.
   */
  heapMb(): Promise<number>;
  /** Samples the worker's CPU every `intervalUs` while `run` runs. */
  profile<T>(run: () => Promise<T>, intervalUs?: number): Promise<{ result: T; profile: CpuProfile }>;
  close(): Promise<void>;
}

/**
 * A DevTools session with the extension's service worker. Playwright opens CDP sessions to pages
 * only, so puppeteer-core connects to the same browser through the port it was started with
 * (`launchWithExtension({ debuggingPort: true })`).
 */
export async function connectToWorker(userDataDir: string): Promise<WorkerSession> {
  const port = (await readFile(join(userDataDir, 'DevToolsActivePort'), 'utf8')).split('\n')[0];
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}`, defaultViewport: null });
  const target = await browser.waitForTarget((candidate) => candidate.type() === 'service_worker');
  const session: CDPSession = await target.createCDPSession();
  return {
    heapMb: async () => {
      await session.send('HeapProfiler.collectGarbage');
      const { usedSize, backingStorageSize } = await session.send('Runtime.getHeapUsage');
      return (usedSize + backingStorageSize) / 1024 / 1024;
    },
    profile: async (run, intervalUs = 1000) => {
      await session.send('Profiler.enable');
      await session.send('Profiler.setSamplingInterval', { interval: intervalUs });
      await session.send('Profiler.start');
      const result = await run();
      const { profile } = await session.send('Profiler.stop');
      return { result, profile: profile as unknown as CpuProfile };
    },
    close: () => browser.disconnect(),
  };
}
