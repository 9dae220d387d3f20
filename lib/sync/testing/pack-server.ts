import { sha256Hex } from '../../pack/digest';
import { type PrivateKeyFile, signManifest } from '../../pack/signature';
import { PACK_FORMAT, type PackManifest } from '../../schema/manifest';
import type { PackRecordInput } from '../../schema/records';
import type { FetchLike } from '../ports';

export interface BuiltPack {
  manifest: PackManifest;
  /** Every file of the pack by path, `manifest.json` included. */
  files: Map<string, Uint8Array>;
}

const encoder = new TextEncoder();

/** A pack as the pack tool would publish it: NDJSON shards, hashes, sizes, optionally signed. */
export async function buildPack(options: {
  id: string;
  version: number;
  /** Records per shard path, or a shard's raw NDJSON text to publish a broken one. */
  shards: Record<string, readonly PackRecordInput[] | string>;
  key?: PrivateKeyFile;
}): Promise<BuiltPack> {
  const files = new Map<string, Uint8Array>();
  const entries: PackManifest['shards'] = [];
  for (const [path, records] of Object.entries(options.shards)) {
    const text =
      typeof records === 'string' ? records : records.map((record) => `${JSON.stringify(record)}\n`).join('');
    const bytes = encoder.encode(text);
    files.set(path, bytes);
    const count = text.split('\n').filter((line) => line !== '').length;
    entries.push({ path, sha256: await sha256Hex(bytes), bytes: bytes.length, records: count });
  }
  let manifest: PackManifest = {
    format: PACK_FORMAT,
    id: options.id,
    name: `Pack ${options.id}`,
    version: options.version,
    published: '2026-11-28',
    languages: ['en'],
    shards: entries,
  };
  if (options.key) manifest = await signManifest(manifest, options.key);
  files.set('manifest.json', encoder.encode(JSON.stringify(manifest)));
  return { manifest, files };
}

export type Responder = (url: string, init: RequestInit) => Promise<Response>;

/**
 * A static file server behind a fake `fetch`: serves the published pack under `base` with an
 * ETag and Last-Modified on the manifest and answers conditional requests with 304, like a CDN.
 * `respond` replaces the answer for one path, to inject failures.
 */
export class FakePackServer {
  readonly requests: { url: string; headers: Record<string, string> }[] = [];
  private readonly overrides = new Map<string, Responder>();
  private files = new Map<string, Uint8Array>();
  private lastModified = 'Sat, 28 Nov 2026 10:00:00 GMT';

  constructor(readonly base: string) {}

  get manifestUrl(): string {
    return `${this.base}manifest.json`;
  }

  publish(pack: BuiltPack, lastModified = this.lastModified): void {
    this.files = new Map(pack.files);
    this.lastModified = lastModified;
  }

  /** Replaces one file's bytes without touching the manifest, as a tampering server would. */
  replaceFile(path: string, bytes: Uint8Array): void {
    this.files.set(path, bytes);
  }

  respond(path: string, responder: Responder): void {
    this.overrides.set(path, responder);
  }

  clearResponders(): void {
    this.overrides.clear();
  }

  /** Paths requested so far, in order. */
  get requestedPaths(): string[] {
    return this.requests.map((request) => request.url.slice(this.base.length));
  }

  readonly fetch: FetchLike = async (url, init) => {
    const headers = Object.fromEntries(new Headers(init.headers).entries());
    this.requests.push({ url, headers });
    const path = url.startsWith(this.base) ? url.slice(this.base.length) : undefined;
    const override = path === undefined ? undefined : this.overrides.get(path);
    if (override) return override(url, init);
    const bytes = path === undefined ? undefined : this.files.get(path);
    if (!bytes) return new Response('not found', { status: 404 });
    if (path !== 'manifest.json') return new Response(bytes as BodyInit);
    // The ETag follows the bytes, as with a static server: any change to the manifest changes it.
    const etag = `"${(await sha256Hex(bytes)).slice(0, 16)}"`;
    if (headers['if-none-match'] === etag) return new Response(null, { status: 304 });
    return new Response(bytes as BodyInit, { headers: { etag, 'last-modified': this.lastModified } });
  };
}
