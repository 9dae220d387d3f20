/**
 * Long loops written as generators that `yield` now and then, run either to the end at once
 * (tools, tests) or in slices that give the event loop a turn (the extension's background).
 *
 * Why: the background compiles the matcher index and parses pack shards in loops that take
 * seconds with a million aliases. Firefox stops a background script that runs about 10 s without
 * a break ("background.js: Script terminated by timeout"), and any task over 50 ms makes every
 * other message — an article's analysis, a card's details — wait behind it.
 */
export type Steps<T> = Generator<void, T, void>;

/** A slice's budget: well under the 50 ms of a long task, so other messages wait a few ms at most. */
export const SLICE_MS = 10;

/** Runs `steps` to the end without pausing. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** A turn of the event loop: timers run after the tasks already queued (I/O, messages). */
const nextTask = () => new Promise<void>((resume) => setTimeout(resume, 0));

/**
 * Tells a loop when its slice is used up. `due()` is cheap (it looks at the clock); a loop calls
 * `await slicer.pause()` only when it says so.
 */
export class Slicer {
  private sliceStart = performance.now();

  constructor(private readonly budgetMs = SLICE_MS) {}

  due(): boolean {
    return performance.now() - this.sliceStart >= this.budgetMs;
  }

  async pause(): Promise<void> {
    await nextTask();
    this.sliceStart = performance.now();
  }
}

/** Runs `steps`, giving the event loop a turn whenever a slice of `SLICE_MS` is used up. */
export async function runInSlices<T>(steps: Steps<T>, slicer = new Slicer()): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (slicer.due()) await slicer.pause();
  }
}
