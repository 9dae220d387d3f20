/** Progress and per-step detail of a benchmark, printed only with BENCH_VERBOSE=1. */
export const verbose = (...parts: unknown[]) => {
  if (process.env.BENCH_VERBOSE) console.log(...parts);
};
