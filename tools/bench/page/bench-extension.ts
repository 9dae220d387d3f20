import { EXTENSION_DIR } from '../../launch-extension';

/** The Chromium build the benchmarks load: `BENCH_EXTENSION_DIR_CHROMIUM` measures another (a previous one, for before/after figures). */
export const BENCH_CHROMIUM_EXTENSION_DIR = process.env.BENCH_EXTENSION_DIR_CHROMIUM ?? EXTENSION_DIR;
