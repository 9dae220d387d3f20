import { readdirSync, readFileSync } from 'node:fs';

/** Which of the browser's processes a figure counts, by their command line. */
export type ProcessFilter = (cmdline: string, isRoot: boolean) => boolean;

export const ALL_PROCESSES: ProcessFilter = () => true;

/**
 * The processes an install runs in: the browser process, the extension's renderer (its service
 * worker and pages) and the storage service (IndexedDB). Other renderers, the GPU and network
 * processes are there with or without the extension.
 */
export const INSTALL_PROCESSES: ProcessFilter = (cmdline, isRoot) =>
  isRoot || cmdline.includes('--extension-process') || cmdline.includes('storage.mojom.StorageService');

/** Command lines by process, read once per process (pid and start time). */
const commandLines = new Map<string, string>();

/** Parent, start time and command line of `pid`, or undefined when it has ended. */
function processOf(pid: number): { parent: number; cmdline: string } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 4 and 22 of proc(5): the parent and the start time, which tells a reused pid apart.
    const key = `${pid}:${fields[19]}`;
    let cmdline = commandLines.get(key);
    if (cmdline === undefined) {
      cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      commandLines.set(key, cmdline);
    }
    return { parent: Number(fields[1]), cmdline };
  } catch {
    return undefined;
  }
}

/**
 * Sum of the RSS of the processes of the browser started on `userDataDir` that `filter` keeps,
 * found by their /proc entries. RSS counts pages shared between processes (Chromium's code, the
 * zygote's pages) in each of them; `Pss` shares them out, each process counting its part.
 *
 * Read synchronously, command lines once per process: reading every process's files with
 * `fs/promises` took 205 ms of the bench's CPU per sample (128 processes), so sampling every
 * 200 ms took a good part of one of the 2 cores from the install it measured.
 */
export function browserRssMb(
  userDataDir: string,
  filter = ALL_PROCESSES,
  field: 'Rss' | 'Pss' = 'Rss',
): Promise<number> {
  const processes = new Map<number, { parent: number; cmdline: string }>();
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const found = processOf(pid);
    if (found) processes.set(pid, found);
  }
  const roots = new Set(
    [...processes]
      .filter(([, { cmdline }]) => cmdline.includes(`--user-data-dir=${userDataDir}`))
      .map(([pid]) => pid),
  );
  // The browser process is the one whose parent did not get the same profile.
  const isRoot = (pid: number) => roots.has(pid) && !roots.has(processes.get(pid)?.parent ?? 0);
  const inTree = (pid: number): boolean => {
    for (let at: number | undefined = pid; at !== undefined && at > 1; at = processes.get(at)?.parent) {
      if (roots.has(at)) return true;
    }
    return false;
  };
  const pattern = new RegExp(`^${field}:\\s+(\\d+)`, 'm');
  let kb = 0;
  for (const [pid, { cmdline }] of processes) {
    if (!inTree(pid) || !filter(cmdline, isRoot(pid))) continue;
    try {
      kb += Number(pattern.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
    } catch {
      // The process ended while being read.
    }
  }
  return Promise.resolve(kb / 1024);
}

/** Samples `read` every 200 ms until stopped; returns the highest value seen. */
export function sampleMax(read: () => Promise<number>): { stop: () => Promise<number> } {
  let max = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      max = Math.max(max, await read());
      await new Promise((done) => setTimeout(done, 200));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return max;
    },
  };
}
