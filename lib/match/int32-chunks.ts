import type { Steps } from '../time-slices';

const CHUNK_BITS = 16;
/** Values per chunk: a loop over the list in order takes the next chunk at each multiple. */
export const CHUNK = 1 << CHUNK_BITS;

/**
 * A growable list of 32-bit integers in chunks of 65,536. The compiler's form columns doubled
 * one typed array each: growing past two million forms allocated and copied three arrays of
 * 16 MB in one task, 69–113 ms of Chromium's worker (issue 11's trace). Chunks never move;
 * `toArraySteps` copies them into one array a chunk per step, once, when all are in.
 */
export class Int32Chunks {
  private readonly chunks: Int32Array[] = [];
  private last = new Int32Array(0);
  private filled = 0;
  length = 0;

  push(value: number): void {
    if (this.filled === this.last.length) {
      this.last = new Int32Array(CHUNK);
      this.chunks.push(this.last);
      this.filled = 0;
    }
    this.last[this.filled++] = value;
    this.length++;
  }

  at(index: number): number {
    return this.chunks[index >>> CHUNK_BITS]![index & (CHUNK - 1)]!;
  }

  /** The chunk holding `index` (its value is at `index % CHUNK`), for loops that read in order. */
  chunkOf(index: number): Int32Array {
    return this.chunks[index >>> CHUNK_BITS] ?? this.last;
  }

  /** Replaces the value at `index` (below `length`). */
  set(index: number, value: number): void {
    this.chunks[index >>> CHUNK_BITS]![index & (CHUNK - 1)] = value;
  }

  /** All values in one array of `length`. */
  *toArraySteps(): Steps<Int32Array> {
    const all = new Int32Array(this.length);
    for (const [at, chunk] of this.chunks.entries()) {
      yield;
      all.set(at === this.chunks.length - 1 ? chunk.subarray(0, this.filled) : chunk, at * CHUNK);
    }
    return all;
  }
}
