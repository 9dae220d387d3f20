import type { Mark } from '@/lib/highlight/mark';

/**
 * Steps through the marks in document order from the keyboard (a commands-API shortcut the
 * background forwards as `step-marks`), wrapping around at either end.
 */
export class MarkStepper {
  private index = -1;
  private last: Mark | undefined;

  constructor(private readonly marks: () => readonly Mark[]) {}

  step(direction: 'next' | 'previous'): Mark | undefined {
    const marks = this.marks();
    if (marks.length === 0) return undefined;
    // The marks may have been repainted since the last step: continue from the same mark.
    const previous = this.last ? marks.findIndex((mark) => this.sameMark(mark, this.last!)) : -1;
    const from = previous >= 0 ? previous : direction === 'next' ? -1 : marks.length;
    this.index = (from + (direction === 'next' ? 1 : -1) + marks.length) % marks.length;
    this.last = marks[this.index];
    return this.last;
  }

  private sameMark(a: Mark, b: Mark): boolean {
    return (
      a.range.startContainer === b.range.startContainer &&
      a.range.startOffset === b.range.startOffset &&
      a.id === b.id
    );
  }
}

/** Scrolls a mark to the middle of the viewport, unless it is already in view. */
export function revealMark(mark: Mark, view: Window): void {
  const box = mark.range.getBoundingClientRect();
  if (box.top >= 0 && box.bottom <= view.innerHeight) return;
  view.scrollBy({ top: box.top - view.innerHeight / 2, behavior: 'instant' });
}
