import { readdir, readFile } from 'node:fs/promises';

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

/**
 * Sum of the RSS of the processes of the browser started on `userDataDir` that `filter` keeps,
 * found by their /proc entries. RSS counts pages shared between processes (Chromium's code, the
 * zygote's pages) in each of them; `Pss` shares them out, each process counting its part.
 */
export async function browserRssMb(
  userDataDir: string,
  filter = ALL_PROCESSES,
  field: 'Rss' | 'Pss' = 'Rss',
): Promise<number> {
  const parents = new Map<number, number>();
  const cmdlines = new Map<number, string>();
  const roots: number[] = [];
  for (const entry of await readdir('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    try {
      const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
      parents.set(pid, Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8');
      cmdlines.set(pid, cmdline);
      if (cmdline.includes(`--user-data-dir=${userDataDir}`)) roots.push(pid);
    } catch {
      // The process ended while being read.
    }
  }
  // The browser process is the one whose parent did not get the same profile.
  const isRoot = (pid: number) => roots.includes(pid) && !roots.includes(parents.get(pid) ?? 0);
  const inTree = (pid: number): boolean => {
    for (let at: number | undefined = pid; at !== undefined && at > 1; at = parents.get(at)) {
      if (roots.includes(at)) return true;
    }
    return false;
  };
  let kb = 0;
  for (const pid of parents.keys()) {
    if (!inTree(pid) || !filter(cmdlines.get(pid) ?? '', isRoot(pid))) continue;
    const rollup = await readFile(`/proc/${pid}/smaps_rollup`, 'utf8').catch(() => '');
    kb += Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(rollup)?.[1] ?? 0);
  }
  return kb / 1024;
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
