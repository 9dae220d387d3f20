/**
 * A copy of `array` with room for at least `needed` items, doubling: for what the compiler keeps
 * through an install in typed arrays rather than as V8's small objects (lib/slug-numbers.ts,
 * lib/match/packed-strings.ts, lib/match/build-table.ts).
 */
export function grown<T extends Uint8Array | Uint16Array | Uint32Array>(array: T, needed: number): T {
  let length = Math.max(1, array.length * 2);
  while (length < needed) length *= 2;
  const larger = new (array.constructor as new (length: number) => T)(length);
  larger.set(array);
  return larger;
}
