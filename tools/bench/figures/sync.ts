import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sha256Hex } from '../../../lib/pack/digest';
import { PACK_FORMAT, type PackManifest } from '../../../lib/schema/manifest';
import { serveDirectory } from '../../static-server';
import { BENCH_CHROMIUM_EXTENSION_DIR } from '../page/bench-extension';
import { browserRssMb, INSTALL_PROCESSES } from '../page/browser-memory';
import { measureInstallAlone } from '../page/install-pack';
import { verbose } from '../verbose';

/**
 * `sync.entities_100k.*`: a generated pack of 100,000 entities, synced through the real engine
 * (fetch, verification of every hash, line and reference, atomic install into the real Dexie
 * store on fake-indexeddb) from an in-process fake server reading the pack's files from disk.
 * Runs in a child process (`npx tsx`), so the peak memory is the sync's own, not the bench's.
 *
 * `sync.entities_100k.chromium_*`: the same pack subscribed to in Chromium with the built
 * extension (served from 127.0.0.1, real IndexedDB): `chromium_s` from the options page's
 * `subscribe` to its reply, `chromium_ready_s` until the index of the new data is stored,
 * `chromium_peak_mb` the most the browser, extension and storage processes held meanwhile (their
 * PSS: pages they share counted once), `chromium_baseline_mb` the same just before the subscribe.
 */

const CHILD_FLAG = '--sync-bench-child';
const ENTITIES = 100_000;
const SHARD_RECORDS = 10_000;
const BASE = 'https://packs.example.org/bench/';

function entity(n: number) {
  return {
    kind: 'entity',
    id: `person-${n}`,
    type: 'person',
    name: `Person Number ${n}`,
    names: { en: [`Person Number ${n}`], de: [`Person Nummer ${n}`] },
    aliases: { en: [`P. N. ${n}`] },
    description: { en: `A generated person, number ${n}, for the sync benchmark.` },
    wikidata: `Q${n + 1}`,
  };
}

/** Writes the pack the way the pack tool publishes one: NDJSON shards and a manifest. */
async function writePack(dir: string): Promise<void> {
  const shards: PackManifest['shards'] = [];
  for (let start = 0; start < ENTITIES; start += SHARD_RECORDS) {
    const lines: string[] = [];
    for (let n = start; n < Math.min(ENTITIES, start + SHARD_RECORDS); n += 1)
      lines.push(JSON.stringify(entity(n)));
    const bytes = new TextEncoder().encode(`${lines.join('\n')}\n`);
    const path = `entity-${String(shards.length + 1).padStart(3, '0')}.ndjson`;
    await writeFile(join(dir, path), bytes);
    shards.push({ path, sha256: await sha256Hex(bytes), bytes: bytes.length, records: lines.length });
  }
  const manifest: PackManifest = {
    format: PACK_FORMAT,
    id: 'bench',
    name: 'Benchmark pack',
    version: 1,
    published: '2026-11-28',
    languages: ['en', 'de'],
    shards,
  };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
}

/**
 * `store`: into the real knowledge store. `engine`: the same sync with an installer that counts
 * the records and drops them — fake-indexeddb keeps the whole database in this process's heap
 * (about 230 MB for these records), where a browser's IndexedDB keeps it on disk.
 */
type ChildMode = 'store' | 'engine';

async function syncInChild(dir: string, mode: ChildMode): Promise<void> {
  // What `fake-indexeddb/auto` does in the unit tests (that entry point ships no types).
  const fake = await import('fake-indexeddb');
  Object.assign(globalThis, { indexedDB: fake.indexedDB, IDBKeyRange: fake.IDBKeyRange });
  const { KnowledgeDatabase } = await import('../../../lib/store/database');
  const { storedRecordCount } = await import('../../../lib/store/queries');
  const { packVerifier } = await import('../../../lib/sync/pack-verifier');
  const { storeInstaller } = await import('../../../lib/sync/store-installer');
  const { shardCache, syncStateStore } = await import('../../../lib/sync/store-states');
  const { createSyncEngine } = await import('../../../lib/sync/sync-engine');
  const knowledge = new KnowledgeDatabase('bench');
  let counted = 0;
  const installer =
    mode === 'store'
      ? storeInstaller(knowledge)
      : {
          installedVersion: async () => undefined,
          install: async (_manifest: unknown, records: readonly unknown[]) => {
            counted = records.length;
          },
          // Takes the records shard by shard, as the store does, so the figure shows the
          // engine's own footprint while streaming.
          installShards: async (_manifest: unknown, shards: AsyncIterable<readonly unknown[]>) => {
            for await (const shard of shards) counted += shard.length;
          },
          remove: async () => undefined,
        };
  const engine = createSyncEngine({
    fetch: async (url) => new Response(await readFile(join(dir, url.slice(BASE.length)))),
    states: syncStateStore(knowledge),
    shards: shardCache(knowledge),
    verifier: packVerifier,
    installer,
    clock: { now: () => Date.now() },
  });
  const started = performance.now();
  const outcome = await engine.subscribe(`${BASE}manifest.json`);
  const seconds = (performance.now() - started) / 1000;
  if (outcome.status !== 'installed')
    throw new Error(`the benchmark pack did not install: ${JSON.stringify(outcome)}`);
  const records = mode === 'store' ? await storedRecordCount(knowledge) : counted;
  if (records !== ENTITIES) throw new Error(`installed ${records} records, expected ${ENTITIES}`);
  // maxRSS is in kilobytes: the whole child process at its peak, Node itself included.
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ seconds, peakMb }));
}

async function runChild(dir: string, mode: ChildMode): Promise<{ seconds: number; peakMb: number }> {
  const { stdout } = await promisify(execFile)('npx', ['tsx', import.meta.filename, CHILD_FLAG, dir, mode], {
    maxBuffer: 1024 * 1024,
    timeout: 120_000,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as { seconds: number; peakMb: number };
}

async function syncInChromium(dir: string): Promise<Record<string, number>> {
  const server = await serveDirectory(dir);
  try {
    const install = await measureInstallAlone(
      `${server.url}/manifest.json`,
      (profile) => browserRssMb(profile, INSTALL_PROCESSES, 'Pss'),
      BENCH_CHROMIUM_EXTENSION_DIR,
    );
    verbose('chromium', install);
    return {
      'sync.entities_100k.chromium_s': install.seconds,
      'sync.entities_100k.chromium_ready_s': install.readySeconds,
      'sync.entities_100k.chromium_peak_mb': Math.round(install.peakMb),
      'sync.entities_100k.chromium_baseline_mb': Math.round(install.baselineMb),
    };
  } finally {
    await server.close();
  }
}

export async function measure(): Promise<Record<string, number>> {
  const dir = await mkdtemp(join(tmpdir(), 'sync-bench-'));
  try {
    await writePack(dir);
    const store = await runChild(dir, 'store');
    const engine = await runChild(dir, 'engine');
    return {
      'sync.entities_100k.import_s': store.seconds,
      'sync.entities_100k.peak_mb': Math.round(store.peakMb),
      'sync.entities_100k.peak_mb_without_store': Math.round(engine.peakMb),
      ...(await syncInChromium(dir)),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const childAt = process.argv.indexOf(CHILD_FLAG);
if (childAt >= 0) {
  await syncInChild(
    process.argv[childAt + 1] ?? '',
    process.argv[childAt + 2] === 'engine' ? 'engine' : 'store',
  );
}
