import { createHash } from 'node:crypto';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, resolve, sep } from 'node:path';
import { buildPack } from '../../tools/pack/build-pack';

/** The sources of the sync test pack, one folder per version (tests/fixtures/sync/README.md). */
const SYNC_SOURCES = resolve(import.meta.dirname, '..', 'fixtures', 'sync');
export const SYNC_PACK_ID = 'sync-test';

export interface LoggedRequest {
  method: string;
  path: string;
  status: number;
  headers: IncomingHttpHeaders;
}

/**
 * A static pack host like a CDN, on 127.0.0.1 at a random port: files from a folder, an ETag per
 * file's bytes, 304 for a matching If-None-Match, and a log of every request. Paths in
 * `slow` are sent in two halves a moment apart, so a test can watch a download in progress.
 * Shared by the Chromium and the Firefox sync tests.
 */
export async function startPackServer(root: string) {
  const requests: LoggedRequest[] = [];
  const slow = new Set<string>();
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const log = (status: number) =>
      requests.push({ method: req.method ?? '', path, status, headers: req.headers });
    const file = normalize(join(root, decodeURIComponent(path)));
    let bytes: Buffer;
    try {
      if (!file.startsWith(root + sep)) throw new Error('outside the served folder');
      bytes = await readFile(file);
    } catch {
      log(404);
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const etag = `"${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}"`;
    if (req.headers['if-none-match'] === etag) {
      log(304);
      res.writeHead(304, { etag }).end();
      return;
    }
    log(200);
    res.writeHead(200, { etag, 'content-type': 'application/json', 'content-length': bytes.length });
    if (!slow.has(path)) {
      res.end(bytes);
      return;
    }
    const half = Math.floor(bytes.length / 2);
    res.write(bytes.subarray(0, half));
    setTimeout(() => res.end(bytes.subarray(half)), 1_500);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    slow,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

export type PackServer = Awaited<ReturnType<typeof startPackServer>>;

/**
 * Builds a version of the sync test pack from its sources with the pack tool and publishes it
 * under `root` in place of the last; returns the pack's folder.
 */
export async function publishSyncPack(
  root: string,
  version: 'v1' | 'v2' | 'v3',
  options: { name?: string } = {},
): Promise<string> {
  const outDir = join(root, SYNC_PACK_ID);
  let sources = join(SYNC_SOURCES, version);
  if (options.name !== undefined) {
    // The same records under another name, as a publisher might call its pack.
    const renamed = join(root, `${version}-sources`);
    await cp(sources, renamed, { recursive: true });
    const manifest = join(renamed, 'pack.yaml');
    await writeFile(
      manifest,
      (await readFile(manifest, 'utf8')).replace(/^name: .*$/m, `name: ${options.name}`),
    );
    sources = renamed;
  }
  const built = await buildPack(sources, outDir);
  if (!built.ok) throw new Error(JSON.stringify(built.errors));
  return outDir;
}
