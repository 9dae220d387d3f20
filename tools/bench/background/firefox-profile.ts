import { join } from 'node:path';

/**
 * Firefox's long tasks with their CPU time, from the Gecko profiler. Firefox records a
 * `LongTask` marker for every main-thread task over 50 ms and, with the `cpu` feature, each
 * sample's CPU time (`threadCPUDelta`, in ns): the same two figures Chromium's trace gives. The
 * profiler is started by environment variables when Firefox starts and writes its profile when
 * Firefox exits (`MOZ_PROFILER_SHUTDOWN`); WebDriver BiDi offers no other way to it.
 *
 * Extensions share Firefox's WebExtensions process with the built-in ones (webcompat,
 * picture-in-picture), so a task counts only when the extension's own code is on a sampled stack.
 */
export function profilerEnvironment(folder: string): Record<string, string> {
  return {
    MOZ_PROFILER_STARTUP: '1',
    MOZ_PROFILER_STARTUP_INTERVAL: '1',
    // A million-alias install is minutes of samples: 16 M entries keep them all.
    MOZ_PROFILER_STARTUP_ENTRIES: String(16 * 1024 * 1024),
    MOZ_PROFILER_STARTUP_FEATURES: 'js,cpu',
    MOZ_PROFILER_STARTUP_FILTERS: 'GeckoMain',
    MOZ_PROFILER_SHUTDOWN: profilePath(folder),
  };
}

export const profilePath = (folder: string) => join(folder, 'firefox-profile.json');

export interface FirefoxTask {
  /** Start on the wall clock (ms since the epoch). */
  start: number;
  wallMs: number;
  cpuMs: number;
  /** The extension's functions sampled most in the task. */
  what: string;
}

interface Table {
  schema: Record<string, number>;
  data: (number | string | null | Record<string, unknown>)[][];
}

export interface GeckoThread {
  name: string;
  processName?: string;
  markers: Table;
  samples: Table;
  stackTable: Table;
  frameTable: Table;
  stringTable: string[];
}

export interface GeckoProfile {
  meta: { startTime: number };
  threads: GeckoThread[];
  processes: { threads: GeckoThread[] }[];
}

/** The long tasks of the WebExtensions process's main thread that ran code from `extensionOrigin`. */
export function extensionLongTasks(profile: GeckoProfile, extensionOrigin: string): FirefoxTask[] {
  const threads = [...profile.threads, ...profile.processes.flatMap((process) => process.threads)];
  const thread = threads.find((each) => each.processName === 'WebExtensions' && each.name === 'GeckoMain');
  if (!thread) return [];
  const { markers, samples, stackTable, frameTable, stringTable } = thread;
  const location = (frame: number) =>
    stringTable[frameTable.data[frame]![frameTable.schema.location!] as number] ?? '';
  const tasks: FirefoxTask[] = [];
  for (const marker of markers.data) {
    if (stringTable[marker[markers.schema.name!] as number] !== 'LongTask') continue;
    const start = marker[markers.schema.startTime!] as number;
    const end = marker[markers.schema.endTime!] as number | null;
    if (end === null) continue;
    let cpuNs = 0;
    const ours = new Map<string, number>();
    for (const sample of samples.data) {
      const time = sample[samples.schema.time!] as number;
      if (time < start || time > end) continue;
      cpuNs += (sample[samples.schema.threadCPUDelta!] as number | null) ?? 0;
      for (let stack = sample[samples.schema.stack!] as number | null; stack !== null; ) {
        const row = stackTable.data[stack]!;
        const name = location(row[stackTable.schema.frame!] as number);
        if (name.includes(extensionOrigin)) {
          const short = name.replace(`${extensionOrigin}/`, '').replace(/\)\[\d+\]$/, ')');
          ours.set(short, (ours.get(short) ?? 0) + 1);
          break;
        }
        stack = row[stackTable.schema.prefix!] as number | null;
      }
    }
    if (ours.size === 0) continue;
    tasks.push({
      start: profile.meta.startTime + start,
      wallMs: end - start,
      cpuMs: cpuNs / 1e6,
      what: [...ours]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([name]) => name)
        .join(', '),
    });
  }
  return tasks;
}
