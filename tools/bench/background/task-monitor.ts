/**
 * The longest task of the extension's background, measured from inside it the same way in both
 * browsers: a timer re-armed with `setTimeout(0)` in the background's own realm notes the longest
 * gap between two of its callbacks. A task that runs X ms delays the next callback by X ms, so
 * the longest gap is the longest task plus at most the timers' 4 ms clamp. Chromium's worker
 * traces are not reachable through Playwright and Firefox has no Long Tasks API, so this is the
 * one measure that means the same in both.
 *
 * Plain JavaScript text, not a function: tools run under tsx, whose esbuild `keepNames` would
 * wrap named functions in `__name(…)`, which does not exist in the background's realm.
 */
const INSTALL = `(scope) => {
  if (scope.__sourceContextTaskMonitor) return;
  const state = { longest: 0, long: [], last: scope.performance.now() };
  const tick = () => {
    const now = scope.performance.now();
    if (now - state.last > state.longest) state.longest = now - state.last;
    if (now - state.last > 50) state.long.push([Math.round(state.last), Math.round(now - state.last)]);
    state.last = now;
    scope.setTimeout(tick, 0);
  };
  scope.setTimeout(tick, 0);
  scope.__sourceContextTaskMonitor = state;
}`;

/** Starts the monitor in the realm whose global is `scopeExpression`. */
export const installMonitor = (scopeExpression: string) => `(${INSTALL})(${scopeExpression})`;

/**
 * The longest gap since the monitor started or was last read, in ms, and every gap over 50 ms as
 * [start, duration] on the background's clock; reading starts a new period.
 */
export const readAndReset = (scopeExpression: string) => `(() => {
  const state = (${scopeExpression}).__sourceContextTaskMonitor;
  const read = { longest: state.longest, long: state.long };
  state.longest = 0;
  state.long = [];
  return read;
})()`;

export interface MonitorReading {
  longest: number;
  long: [start: number, ms: number][];
}
