import type { SyncProgress } from './sync-engine';

/**
 * Passes on a sync's progress events at a rate a page can render: every change of phase or of
 * the shard count at once, byte counts at most once per `intervalMs`. A download reports every
 * chunk it reads (hundreds per second), and each report would be one message to every open page.
 */
export function throttleProgress(
  send: (progress: SyncProgress) => void,
  intervalMs: number,
  now: () => number,
): (progress: SyncProgress) => void {
  let last: { progress: SyncProgress; time: number } | undefined;
  return (progress) => {
    const time = now();
    const changed =
      !last ||
      last.progress.phase !== progress.phase ||
      last.progress.shardsDone !== progress.shardsDone ||
      time - last.time >= intervalMs;
    if (!changed) return;
    last = { progress, time };
    send(progress);
  };
}
