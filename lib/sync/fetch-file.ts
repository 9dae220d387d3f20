import { concatBytesInSlices } from '../bytes';
import { Slicer } from '../time-slices';
import type { FetchLike } from './ports';
import { SyncError, syncErrors } from './sync-error';

export interface FetchFileOptions {
  /** Extra request headers, e.g. the validators of a conditional request. */
  headers?: Record<string, string>;
  /** Limit for this one request, from sending it to the body's last byte. */
  timeoutMs: number;
  /** The whole sync's signal: aborting it stops this request too. */
  signal: AbortSignal;
  /** Body bytes allowed; the download stops as soon as more arrive. */
  maxBytes: number;
  /**
   * The body's size when it is known (a shard's, from the manifest): the bytes are copied into
   * one array of that size as they arrive, instead of kept chunk by chunk and joined at the end.
   */
  expectedBytes?: number;
  /** The error to raise past `maxBytes`. */
  tooLarge: () => SyncError;
  /** Called with each chunk's size as it arrives, for progress. */
  onBytes?: (bytes: number) => void;
}

export type FetchedFile =
  | { status: 'not-modified' }
  | { status: 'ok'; bytes: Uint8Array; etag?: string; lastModified?: string };

/**
 * Reads the body chunk by chunk and stops past the limit: a server's `Content-Length` may lie or
 * be missing (chunked or compressed responses), so only the bytes counted here are trusted.
 */
async function readLimited(response: Response, options: FetchFileOptions): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const received = new Received(options.expectedBytes);
  // Chunks already received resolve one read after another in the same task: an 8 MB shard
  // from a fast server was read in one task of 26–47 ms in Chromium's worker (issue 11).
  const slicer = new Slicer();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (received.total + value.length > options.maxBytes) {
      await reader.cancel();
      throw options.tooLarge();
    }
    received.add(value);
    options.onBytes?.(value.length);
    if (slicer.due()) await slicer.pause();
  }
  return received.bytes();
}

/**
 * A body's bytes as they arrive. With the size known, each chunk is copied into one array at
 * once and is garbage from then on: kept until the end, the chunks and their joined copy held
 * the shard twice, and every megabyte the worker keeps alive lets V8 grow its heap by four or
 * five before it collects (`sync.entities_100k.chromium_peak_mb`, issue 16).
 */
class Received {
  total = 0;
  private readonly chunks: Uint8Array[] = [];
  private readonly whole: Uint8Array | undefined;

  constructor(expectedBytes: number | undefined) {
    this.whole = expectedBytes === undefined ? undefined : new Uint8Array(expectedBytes);
  }

  add(chunk: Uint8Array): void {
    // More than announced goes to the list: `maxBytes` alone decides what is too large.
    if (this.whole && this.chunks.length === 0 && this.total + chunk.length <= this.whole.length) {
      this.whole.set(chunk, this.total);
    } else this.chunks.push(chunk);
    this.total += chunk.length;
  }

  async bytes(): Promise<Uint8Array> {
    if (!this.whole) return this.chunks.length === 1 ? this.chunks[0]! : concatBytesInSlices(this.chunks);
    const copied = this.total - this.chunks.reduce((sum, chunk) => sum + chunk.length, 0);
    if (this.chunks.length === 0)
      return copied === this.whole.length ? this.whole : this.whole.slice(0, copied);
    return concatBytesInSlices([this.whole.subarray(0, copied), ...this.chunks]);
  }
}

/**
 * GETs one file of a pack with a timeout and a size limit, turning every way it can fail into a
 * `SyncError` in plain words. `file` names it in those messages (`manifest.json`).
 * No cookies are sent and the browser's HTTP cache is bypassed: the engine does its own
 * conditional requests and keeps shards in its own content-addressed cache.
 */
export async function fetchFile(
  fetch: FetchLike,
  url: string,
  file: string,
  options: FetchFileOptions,
): Promise<FetchedFile> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  const stop = () => controller.abort();
  if (options.signal.aborted) controller.abort();
  options.signal.addEventListener('abort', stop);
  const abortError = () => {
    if (timedOut) return syncErrors.requestTimeout(file, options.timeoutMs);
    const reason: unknown = options.signal.reason;
    return reason instanceof SyncError ? reason : syncErrors.stopped();
  };
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        headers: options.headers,
        signal: controller.signal,
        cache: 'no-store',
        credentials: 'omit',
      });
    } catch {
      // `fetch` rejects with a TypeError for every network failure alike (offline, DNS, refused).
      throw controller.signal.aborted ? abortError() : syncErrors.offline();
    }
    if (response.status === 304) {
      await response.body?.cancel();
      return { status: 'not-modified' };
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw syncErrors.httpStatus(file, response.status);
    }
    let bytes: Uint8Array;
    try {
      bytes = await readLimited(response, options);
    } catch (error) {
      if (error instanceof SyncError) throw error;
      throw controller.signal.aborted ? abortError() : syncErrors.cutOff(file);
    }
    return {
      status: 'ok',
      bytes,
      etag: response.headers.get('etag') ?? undefined,
      lastModified: response.headers.get('last-modified') ?? undefined,
    };
  } finally {
    clearTimeout(timer);
    options.signal.removeEventListener('abort', stop);
  }
}
