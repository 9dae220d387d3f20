/**
 * Throughput once the code is compiled and the collector has caught up, measured the same way for
 * every side of a comparison (our matcher, the bare character loop, modern-ahocorasick).
 *
 * Why not the first few runs: right after compiling a million aliases, the first match of the
 * news texts took 150 ms and the next ten 2–17 ms while V8 tiered the matcher up and the collector
 * worked off the compile's garbage; the character loop it is compared with reaches its top speed
 * within its first run (on-stack replacement). Timing single runs of about 2 ms also measured the
 * clock: a median over such runs took only a few distinct values. So each side warms up for the
 * same time, then batches of runs long enough for the clock are timed; the cold first run is a
 * figure of its own (`match.aliases_1m.first_run_ms`).
 */
export interface SteadyRateOptions {
  /** How long to run before timing. */
  warmUpMs?: number;
  /** How many timed batches; the median is taken. */
  batches?: number;
  /** Fewest milliseconds one batch lasts. */
  batchMs?: number;
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Megabytes per second of `run`, which processes `bytes` bytes each time it is called. */
export function steadyRate(
  bytes: number,
  run: () => void,
  { warmUpMs = 1000, batches = 15, batchMs = 25 }: SteadyRateOptions = {},
): number {
  const warmUpEnds = performance.now() + warmUpMs;
  do run();
  while (performance.now() < warmUpEnds);
  // As many runs per batch as fit in `batchMs` at the warmed-up speed, at least one.
  const started = performance.now();
  run();
  const runsPerBatch = Math.max(1, Math.ceil(batchMs / Math.max(performance.now() - started, 0.01)));
  const rates: number[] = [];
  for (let batch = 0; batch < batches; batch++) {
    const batchStarted = performance.now();
    for (let at = 0; at < runsPerBatch; at++) run();
    const seconds = (performance.now() - batchStarted) / 1000;
    rates.push((bytes * runsPerBatch) / 1e6 / seconds);
  }
  return median(rates);
}
