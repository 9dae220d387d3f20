/**
 * Runs content-script work in idle time, in slices short enough never to make a long task
 * (> 50 ms): each slice stops at the idle deadline or after SLICE_MS, whichever comes first.
 */

const SLICE_MS = 8;
/**
 * Busy pages may never be idle; the work still has to happen, a little later. A page that is
 * still loading gives no idle period for hundreds of ms after DOMContentLoaded: at 300 ms the
 * first slice came 100-370 ms after it on the news pages of the page bench, most of the time
 * to the first mark (pagecost2, 2026-12-07).
 */
const IDLE_TIMEOUT_MS = 50;

export type ShouldYield = () => boolean;

export function nextIdleSlice(): Promise<ShouldYield> {
  return new Promise((resolve) => {
    const start = (deadline?: IdleDeadline) => {
      const began = performance.now();
      resolve(
        () =>
          performance.now() - began > SLICE_MS ||
          (deadline !== undefined && !deadline.didTimeout && deadline.timeRemaining() < 1),
      );
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: IDLE_TIMEOUT_MS });
    else setTimeout(start, 1);
  });
}
