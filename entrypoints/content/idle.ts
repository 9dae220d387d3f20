/**
 * Runs content-script work in slices short enough never to make a long task (> 50 ms): each
 * slice stops at the idle deadline or after SLICE_MS, whichever comes first. A run starts in
 * idle time; the slices that continue it run as background tasks where the browser has them.
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

interface TaskScheduler {
  postTask(task: () => void, options: { priority: 'background' | 'user-visible' }): unknown;
}

const sliceFrom = (deadline?: IdleDeadline, budget = SLICE_MS): ShouldYield => {
  const began = performance.now();
  return () =>
    performance.now() - began > budget ||
    (deadline !== undefined && !deadline.didTimeout && deadline.timeRemaining() < 1);
};

/**
 * The first reading of a page: long enough for detection and text collection of most articles
 * (about 9 and 4 ms of CPU), so the request leaves in one slice and the background matches
 * while the page renders; far below the 50 ms of a long task. With 8 ms, collection went on in
 * background tasks that waited behind the page's first rendering: the request left no sooner
 * (ttm, 2026-12-08).
 */
const FIRST_READING_MS = 20;

/**
 * The first reading's slice: a task of the page's own priority, posted as its DOM completes. A
 * background task came 20–40 ms (median; up to 170) after DOMContentLoaded on the page bench's
 * news pages, behind the page's first rendering. Not in the DOMContentLoaded task itself: that
 * sent the request 16 ms and marked 6 ms sooner still (medians), but made a task of the page's
 * long on 7 of 100 loads (ttm).
 */
export function firstReading(): Promise<ShouldYield> {
  const scheduler = (globalThis as { scheduler?: Partial<TaskScheduler> }).scheduler;
  return new Promise((resolve) => {
    const start = () => resolve(sliceFrom(undefined, FIRST_READING_MS));
    if (typeof scheduler?.postTask === 'function') {
      (scheduler as TaskScheduler).postTask(start, { priority: 'user-visible' });
    } else setTimeout(start, 0);
  });
}

export function nextIdleSlice(): Promise<ShouldYield> {
  return new Promise((resolve) => {
    const start = (deadline?: IdleDeadline) => resolve(sliceFrom(deadline));
    if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: IDLE_TIMEOUT_MS });
    else setTimeout(start, 1);
  });
}

/**
 * The first slice of a run: an idle period or a background task, whichever comes first. A page
 * still loading has no idle period, so the idle callback waited for its 50 ms timeout, while a
 * background task runs as soon as nothing of the page's is queued, still after its input and
 * rendering (issue 16 part, 2026-12-07).
 */
export function firstSlice(): Promise<ShouldYield> {
  const scheduler = (globalThis as { scheduler?: Partial<TaskScheduler> }).scheduler;
  if (typeof scheduler?.postTask !== 'function' || typeof requestIdleCallback !== 'function') {
    return nextIdleSlice();
  }
  return new Promise((resolve) => {
    let started = false;
    // The later of the two finds the slice started and returns: cancelling it instead was the
    // first use of `cancelIdleCallback` in the isolated world, 0.6 ms of binding set-up.
    const start = (deadline?: IdleDeadline) => {
      if (started) return;
      started = true;
      resolve(sliceFrom(deadline));
    };
    requestIdleCallback(start, { timeout: IDLE_TIMEOUT_MS });
    (scheduler as TaskScheduler).postTask(() => start(), { priority: 'background' });
  });
}

/**
 * The next slice of a run already under way. Background tasks run whenever the page has
 * nothing more urgent, after its input and rendering, without waiting for an idle period:
 * reading an article in idle slices put 20-300 ms of waiting between detection and the
 * background's reply on the page bench, as each slice waited for the next idle period or the
 * timeout (pagecost2).
 */
export function nextSlice(): Promise<ShouldYield> {
  const scheduler = (globalThis as { scheduler?: Partial<TaskScheduler> }).scheduler;
  if (typeof scheduler?.postTask !== 'function') return nextIdleSlice();
  // Resolved from inside the task, not through the promise postTask returns: in Firefox that
  // promise belongs to the page, not to the content script.
  return new Promise((resolve) => {
    (scheduler as TaskScheduler).postTask(() => resolve(sliceFrom()), { priority: 'background' });
  });
}
