import { expect, it } from 'vitest';
import { concatBytes, concatBytesInSlices } from './bytes';

it('joins byte arrays in order, empty ones included', () => {
  expect(concatBytes([Uint8Array.of(1, 2), new Uint8Array(0), Uint8Array.of(3)])).toEqual(
    Uint8Array.of(1, 2, 3),
  );
  expect(concatBytes([])).toEqual(new Uint8Array(0));
});

it('joins the chunks of a download in slices to the same bytes', async () => {
  const chunks = Array.from({ length: 50 }, (_, at) => new Uint8Array(70_000).fill(at));
  const joined = await concatBytesInSlices(chunks);
  // Buffer's compare: toEqual walks 3.5 MB element by element for seconds.
  expect(Buffer.compare(joined, concatBytes(chunks))).toBe(0);
  expect([joined[0], joined[70_000 * 3], joined.length]).toEqual([0, 3, 3_500_000]);
});
