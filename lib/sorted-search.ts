/**
 * Binary search in ascending typed arrays: the compiled index's role keys, the claim index's
 * term keys and each statement's phrases are all kept sorted so a look-up needs no table.
 */

/** The position of `value` in `list[from..to)`, or -1. */
export function sortedIndexOf(list: ArrayLike<number>, value: number, from = 0, to = list.length): number {
  let low = from;
  let high = to - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const found = list[middle]!;
    if (found === value) return middle;
    if (found < value) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** Whether `list[from..to)` holds `value`. */
export const sortedHas = (list: ArrayLike<number>, value: number, from = 0, to = list.length) =>
  sortedIndexOf(list, value, from, to) >= 0;
