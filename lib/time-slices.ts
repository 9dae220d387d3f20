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

/**
 * A turn of the event loop: a posted message runs after the tasks already queued (I/O, messages
 * from pages). Not `setTimeout(0)`: a timer set from a timer is clamped to 4 ms after five levels,
 * and Chromium's trace showed every pause of a big install waiting 3.99 ms
 * (`task_delay_us: 3991`), about 4 ms idle for every 10 ms slice of work (issue 16). A channel
 * per pause, closed when it has delivered, so Node's tests do not stay alive on an open port.
 */
const nextTask = () =>
  new Promise<void>((resume) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resume();
    };
    channel.port2.postMessage(undefined);
  });

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
