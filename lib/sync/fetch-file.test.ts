import { describe, expect, it } from 'vitest';
import { fetchFile } from './fetch-file';
import { syncErrors } from './sync-error';

const options = (maxBytes: number) => ({
  timeoutMs: 1000,
  signal: new AbortController().signal,
  maxBytes,
  tooLarge: () => syncErrors.tooLarge('manifest.json', 100),
});

describe('fetchFile', () => {
  it('stops reading past the limit even when Content-Length claims less', async () => {
    let pulled = 0;
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(1024));
      },
      cancel() {
        cancelled = true;
      },
    });
    const fetch = async () => new Response(body, { headers: { 'content-length': '10' } });
    await expect(fetchFile(fetch, 'https://p.example/big', 'big', options(4000))).rejects.toThrow(
      'larger than the limit',
    );
    expect(cancelled).toBe(true);
    expect(pulled).toBeLessThan(10);
  });

  it('returns the body with the validators of the response', async () => {
    const fetch = async () =>
      new Response('{"a":1}', {
        headers: { etag: '"abc"', 'last-modified': 'Sat, 28 Nov 2026 10:00:00 GMT' },
      });
    const fetched = await fetchFile(fetch, 'https://p.example/m', 'manifest.json', options(100));
    expect(fetched).toEqual({
      status: 'ok',
      bytes: new TextEncoder().encode('{"a":1}'),
      etag: '"abc"',
      lastModified: 'Sat, 28 Nov 2026 10:00:00 GMT',
    });
  });

  // A shard's size is known from the manifest: its chunks are copied into one array as they
  // arrive (issue 16: chunks kept to the end and their joined copy held each shard twice).
  it('reads a body of the announced size in many chunks into the same bytes, also when it is shorter or longer', async () => {
    const body = Uint8Array.from({ length: 10_000 }, (_, at) => (at * 7) % 251);
    const chunked = (bytes: Uint8Array) => async () =>
      new Response(
        new ReadableStream<Uint8Array>({
          start(controller) {
            for (let at = 0; at < bytes.length; at += 999) controller.enqueue(bytes.slice(at, at + 999));
            controller.close();
          },
        }),
      );
    const read = async (bytes: Uint8Array, expectedBytes: number) => {
      const fetched = await fetchFile(chunked(bytes), 'https://p.example/s', 'entity-001.ndjson', {
        ...options(20_000),
        expectedBytes,
      });
      return fetched.status === 'ok' ? fetched.bytes : undefined;
    };
    expect(await read(body, 10_000)).toEqual(body);
    // Cut off: what came, for the engine to report as truncated.
    expect(await read(body.subarray(0, 4_321), 10_000)).toEqual(body.subarray(0, 4_321));
    // More than announced but within the limit: every byte, for the hash to refuse.
    expect(await read(body, 6_000)).toEqual(body);
  });

  it('stops a running request when the whole sync is aborted, with the sync’s reason', async () => {
    const overall = new AbortController();
    const fetch = (_url: string, init: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    const pending = fetchFile(fetch, 'https://p.example/m', 'manifest.json', {
      ...options(100),
      signal: overall.signal,
    });
    overall.abort(syncErrors.syncTimeout(60_000));
    await expect(pending).rejects.toThrow('The sync took longer than its limit of 60 s and was stopped.');
  });
});
