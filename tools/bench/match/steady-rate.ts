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
 *
 * Why sides compared by a ratio take turns (`interleavedRates`): the other sessions on the two
 * cores load them in bursts of seconds, so two sides timed one after the other measured the load
 * as much as the code (the matcher's ratio to the character loop came out anywhere from 0.30 to
 * 1.70 on the same code, 0.68–1.16 in turns; their CPU time per run gave 0.86), and the first
 * side also paid for the collector working off a compile's garbage.
 */
export interface SteadyRateOptions {
  /** How long to run before timing. */
  warmUpMs?: number;
  /** How many timed batches; the median is taken. */
  batches?: number;
  /** Fewest milliseconds one batch lasts. */
  batchMs?: number;
}

/** Rounds of the warm-up in which the sides of `interleavedRates` take turns. */
const WARM_UP_TURNS = 10;

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
  const count = runsPerBatch(run, batchMs);
  const rates: number[] = [];
  for (let batch = 0; batch < batches; batch++) {
    const batchStarted = performance.now();
    for (let at = 0; at < count; at++) run();
    const seconds = (performance.now() - batchStarted) / 1000;
    rates.push((bytes * count) / 1e6 / seconds);
  }
  return median(rates);
}

/** How many runs of `run` last about `batchMs` at its warmed-up speed, at least one. */
function runsPerBatch(run: () => void, batchMs: number): number {
  const started = performance.now();
  run();
  return Math.max(1, Math.ceil(batchMs / Math.max(performance.now() - started, 0.01)));
}

/**
 * The rates of several `runs` over the same `bytes`, batch by batch in turn (who goes first
 * rotates), so each batch of one side has a batch of every other side beside it in time: per
 * side, its megabytes per second in each batch.
 */
export function interleavedRates(
  bytes: number,
  runs: (() => void)[],
  { warmUpMs = 1000, batches = 15, batchMs = 25 }: SteadyRateOptions = {},
): number[][] {
  for (let turn = 0; turn < WARM_UP_TURNS; turn++) {
    for (const run of runs) {
      const turnEnds = performance.now() + warmUpMs / WARM_UP_TURNS;
      do run();
      while (performance.now() < turnEnds);
    }
  }
  const counts = runs.map((run) => runsPerBatch(run, batchMs));
  const rates = runs.map((): number[] => []);
  for (let batch = 0; batch < batches; batch++) {
    for (let turn = 0; turn < runs.length; turn++) {
      const side = (batch + turn) % runs.length;
      const run = runs[side]!;
      const batchStarted = performance.now();
      for (let at = 0; at < counts[side]!; at++) run();
      rates[side]!.push((bytes * counts[side]!) / 1e6 / ((performance.now() - batchStarted) / 1000));
    }
  }
  return rates;
}

/** The median over batches of `rates[batch] / baseline[batch]` (two sides of `interleavedRates`). */
export const medianRatio = (rates: number[], baseline: number[]) =>
  median(rates.map((rate, batch) => rate / baseline[batch]!));
