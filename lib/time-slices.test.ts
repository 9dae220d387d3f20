import { describe, expect, it } from 'vitest';
import { runInSlices, runToEnd, Slicer, type Steps } from './time-slices';

function* countTo(limit: number, seen: number[]): Steps<number> {
  for (let at = 1; at <= limit; at++) {
    seen.push(at);
    yield;
  }
  return limit;
}

describe('time slices', () => {
  it('runs steps to the end at once', () => {
    const seen: number[] = [];
    expect(runToEnd(countTo(5, seen))).toBe(5);
    expect(seen).toEqual([1, 2, 3, 4, 5]);
  });

  it('gives the event loop a turn once a slice is used up, with the same result', async () => {
    // A slicer whose budget is always spent pauses at every yield: a timer due before the run
    // ends fires before the run ends, as a message to the background would be answered. Each
    // step works 2 ms, so the timer (1 ms in Node) is due at the first pause however fast the
    // machine: three quick steps once ended before it was due.
    let timerFired = false;
    setTimeout(() => {
      timerFired = true;
    }, 0);
    const seen: number[] = [];
    function* working(): Steps<number> {
      const counting = countTo(3, seen);
      for (let step = counting.next(); ; step = counting.next()) {
        const until = performance.now() + 2;
        while (performance.now() < until);
        if (step.done) return step.value;
        yield;
      }
    }
    const running = runInSlices(working(), new Slicer(0));
    expect(timerFired).toBe(false);
    expect(await running).toBe(3);
    expect(timerFired).toBe(true);
    expect(seen).toEqual([1, 2, 3]);
  });

  it('does not pause within the budget', async () => {
    const slicer = new Slicer(60_000);
    expect(slicer.due()).toBe(false);
    let timerFired = false;
    setTimeout(() => {
      timerFired = true;
    }, 0);
    await runInSlices(countTo(1000, []), slicer);
    expect(timerFired).toBe(false);
  });
});
