import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dumpStore, SYNC_TABLES } from '../../tests/fixtures/packs/store-dump';
import {
  SyncOutcomeReply,
  type SyncProgressMessage,
  SyncRequest,
  SyncStatusReply,
} from '../messaging/sync-requests';
import { generateKeyPair } from '../pack/signature';
import { PackRecord, type PackRecordInput } from '../schema/records';
import { KnowledgeDatabase } from '../store/database';
import { installPack } from '../store/install';
import { buildPack, FakePackServer } from '../sync/testing/pack-server';
import { createSyncService, type SyncService } from './sync-service';

const T0 = Date.parse('2026-11-28T12:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
const person = (id: string, name: string): PackRecordInput => ({ kind: 'entity', id, type: 'person', name });
const ilsa = person('ilsa-vantongeren', 'Ilsa Vantongeren');
const tomas = person('tomas-quenneville', 'Tomas Quenneville');

let knowledge: KnowledgeDatabase;
let server: FakePackServer;
let time: number;
let alarms: (number | undefined)[];
let progress: SyncProgressMessage[];
let service: SyncService;

/** The packs and the reader's data, as text: equal dumps mean unchanged contents. */
const dumpKnowledge = () => dumpStore(knowledge, SYNC_TABLES);

async function publish(version: number, shards: Record<string, readonly PackRecordInput[]>) {
  server.publish(await buildPack({ id: 'people', version, shards }));
}

/** Sends a request as the router would: parsed first, as everything arriving from a page. */
const ask = (request: unknown) => service.handle(SyncRequest.parse(request));
const subscribe = () => ask({ type: 'subscribe', url: server.manifestUrl });

/** The service as a (new) service worker creates it, over the stores of the test. */
function startService(): SyncService {
  // The worker's `fetch` throws when called on another object; this one does the same.
  const serverFetch = server.fetch;
  function detachedFetch(this: unknown, url: RequestInfo | URL, init?: RequestInit) {
    if (this !== undefined) throw new TypeError('Illegal invocation');
    return serverFetch(String(url), init ?? {});
  }
  return createSyncService({
    db: knowledge,
    fetch: detachedFetch as typeof fetch,
    setAlarm: async (when) => {
      alarms.push(when);
    },
    broadcast: (message) => progress.push(message),
    now: () => time,
  });
}

beforeEach(async () => {
  knowledge = new KnowledgeDatabase(`sync-service-${crypto.randomUUID()}`);
  server = new FakePackServer('http://127.0.0.1:8765/packs/people/');
  time = T0;
  alarms = [];
  progress = [];
  service = startService();
  await publish(1, { 'a.ndjson': [ilsa], 'b.ndjson': [] });
});

afterEach(() => {
  knowledge.close();
});

describe('the sync service', () => {
  it('subscribes, installs, reports progress ending in done, and sets the alarm a day ahead', async () => {
    const reply = SyncOutcomeReply.parse(await subscribe());
    expect(reply).toEqual({
      status: 'installed',
      packId: 'people',
      version: 1,
      downloadedShards: 2,
      cachedShards: 0,
    });
    expect(await knowledge.packs.get('people')).toMatchObject({ version: 1, source: 'subscribed' });
    expect(alarms).toEqual([T0 + DAY]);
    expect(progress.map((message) => message.phase)).toEqual([
      'manifest',
      'download',
      'download',
      'download',
      'verify',
      'install',
      'done',
    ]);
    expect(progress.at(-1)).toMatchObject({ packId: 'people', shardsDone: 2, shardsTotal: 2 });
  });

  it('syncs now: only the changed shard is downloaded, and the status tells when', async () => {
    await subscribe();
    await publish(2, { 'a.ndjson': [ilsa], 'b.ndjson': [tomas] });
    server.requests.length = 0;
    time += 60_000;
    expect(await ask({ type: 'sync-now', packId: 'people' })).toMatchObject({
      status: 'installed',
      version: 2,
      downloadedShards: 1,
      cachedShards: 1,
    });
    expect(server.requestedPaths).toEqual(['manifest.json', 'b.ndjson']);
    expect(SyncStatusReply.parse(await ask({ type: 'sync-status' }))).toEqual([
      {
        packId: 'people',
        url: server.manifestUrl,
        pinned: false,
        installedVersion: 2,
        status: 'ok',
        lastSync: new Date(T0 + 60_000).toISOString(),
        nextAttempt: new Date(T0 + 60_000 + DAY).toISOString(),
      },
    ]);
  });

  it('refuses a tampered version in plain words with its time and keeps the installed one', async () => {
    await subscribe();
    const v2 = await buildPack({ id: 'people', version: 2, shards: { 'a.ndjson': [tomas], 'b.ndjson': [] } });
    server.publish(v2);
    server.replaceFile(
      'a.ndjson',
      v2.files.get('a.ndjson')!.map((byte) => (byte === 0x54 ? 0x55 : byte)),
    );
    const before = await dumpKnowledge();
    time += 60_000;
    const reply = SyncOutcomeReply.parse(await ask({ type: 'sync-now', packId: 'people' }));
    expect(reply).toMatchObject({ status: 'failed', packId: 'people', error: { kind: 'hash' } });
    expect(await dumpKnowledge()).toBe(before);
    const statuses = await service.packStatuses();
    expect(statuses.get('people')).toEqual({
      status: 'error',
      url: server.manifestUrl,
      lastSync: new Date(T0).toISOString(),
      error: expect.stringContaining('a.ndjson does not match its checksum in manifest.json'),
      errorTime: new Date(T0 + 60_000).toISOString(),
    });
    // Back-off: the failed pack is due again in 15 minutes.
    expect(alarms.at(-1)).toBe(T0 + 60_000 + 15 * 60_000);
    expect(progress.at(-1)).toMatchObject({ packId: 'people', phase: 'done' });
  });

  it('keeps the pinned publisher key: a version signed by another key is refused', async () => {
    const publisher = await generateKeyPair();
    const impostor = await generateKeyPair();
    server.publish(
      await buildPack({
        id: 'people',
        version: 1,
        shards: { 'a.ndjson': [ilsa] },
        key: publisher.privateFile,
      }),
    );
    const subscribed = await ask({
      type: 'subscribe',
      url: server.manifestUrl,
      pinnedKey: publisher.publicFile.publicKey,
    });
    expect(subscribed).toMatchObject({ status: 'installed', version: 1 });
    server.publish(
      await buildPack({
        id: 'people',
        version: 2,
        shards: { 'a.ndjson': [tomas] },
        key: impostor.privateFile,
      }),
    );
    expect(await ask({ type: 'sync-now', packId: 'people' })).toMatchObject({
      status: 'failed',
      error: { kind: 'signature' },
    });
    expect(SyncStatusReply.parse(await ask({ type: 'sync-status' }))).toMatchObject([
      { packId: 'people', pinned: true, installedVersion: 1, status: 'error', error: { kind: 'signature' } },
    ]);
  });

  it('answers a subscription that failed before its manifest was read with the reason', async () => {
    const reply = SyncOutcomeReply.parse(
      await ask({ type: 'subscribe', url: 'http://127.0.0.1:8765/packs/nothing/manifest.json' }),
    );
    expect(reply).toEqual({
      status: 'failed',
      error: {
        kind: 'not-found',
        message: 'The pack server has no file manifest.json (HTTP 404).',
        // The options page shows this in the reader's language.
        text: { key: 'syncErrorNotFound', params: ['manifest.json', '404'] },
        time: new Date(T0).toISOString(),
      },
    });
    expect(progress).toEqual([]);
  });

  it('shows a sync in progress as syncing', async () => {
    await subscribe();
    await publish(2, { 'a.ndjson': [ilsa], 'b.ndjson': [tomas] });
    let release: (response: Response) => void = () => undefined;
    server.respond('b.ndjson', () => new Promise<Response>((resolve) => (release = resolve)));
    const syncing = ask({ type: 'sync-now', packId: 'people' });
    await expect.poll(async () => (await service.packStatuses()).get('people')?.status).toBe('syncing');
    server.clearResponders();
    release(await server.fetch(`${server.base}b.ndjson`, {}));
    await syncing;
    expect((await service.packStatuses()).get('people')?.status).toBe('ok');
  });

  it('unsubscribes a subscribed pack but refuses to remove the built-in starter pack', async () => {
    const starter = await buildPack({ id: 'starter', version: 1, shards: { 'a.ndjson': [tomas] } });
    await installPack(
      knowledge,
      { manifest: starter.manifest, records: [PackRecord.parse(tomas)] },
      'starter',
    );
    await expect(ask({ type: 'unsubscribe', packId: 'starter' })).rejects.toThrow(
      'There is no subscription to the pack "starter".',
    );
    expect(await knowledge.packs.get('starter')).toBeDefined();

    await subscribe();
    expect(await ask({ type: 'unsubscribe', packId: 'people' })).toEqual({ packId: 'people' });
    expect(await knowledge.packs.get('people')).toBeUndefined();
    expect(await service.packStatuses()).toEqual(new Map());
    expect(alarms.at(-1)).toBeUndefined();
  });

  it.each([
    ['lost', () => knowledge.syncState.clear()],
    // As a row written by another version of the extension that this one cannot read.
    ['unreadable', () => knowledge.syncState.put({ packId: 'people', url: 42 } as never)],
  ])('subscribes again to and unsubscribes from a pack whose sync state is %s', async (_how, damage) => {
    await subscribe();
    await damage();
    await publish(2, { 'a.ndjson': [ilsa], 'b.ndjson': [tomas] });
    expect(await subscribe()).toMatchObject({ status: 'installed', packId: 'people', version: 2 });
    expect(SyncStatusReply.parse(await ask({ type: 'sync-status' }))).toMatchObject([
      { packId: 'people', url: server.manifestUrl, installedVersion: 2, status: 'ok' },
    ]);

    await damage();
    expect(await ask({ type: 'unsubscribe', packId: 'people' })).toEqual({ packId: 'people' });
    expect(await knowledge.packs.get('people')).toBeUndefined();
    expect(await knowledge.syncState.count()).toBe(0);
  });

  it('shows a "Sync now" cut short by the browser closing, and syncs it at the next start', async () => {
    await subscribe();
    await publish(2, { 'a.ndjson': [ilsa], 'b.ndjson': [tomas] });
    time = T0 + 60_000;
    // The browser closes while b.ndjson downloads: the request never ends, nothing after it runs.
    server.respond('b.ndjson', () => new Promise<Response>(() => undefined));
    server.requests.length = 0;
    void ask({ type: 'sync-now', packId: 'people' });
    await expect.poll(() => server.requestedPaths.includes('b.ndjson')).toBe(true);
    server.clearResponders();

    // The browser starts again, a day before the pack's next periodic sync.
    time = T0 + 2 * 60_000;
    service = startService();
    expect(SyncStatusReply.parse(await ask({ type: 'sync-status' }))).toMatchObject([
      {
        packId: 'people',
        installedVersion: 1,
        status: 'error',
        error: { kind: 'interrupted', time: new Date(T0 + 60_000).toISOString() },
      },
    ]);
    expect((await service.packStatuses()).get('people')).toMatchObject({
      status: 'error',
      error: expect.stringContaining('cut short'),
    });
    await service.onStartup();
    expect(await knowledge.packs.get('people')).toMatchObject({ version: 2 });
    expect(SyncStatusReply.parse(await ask({ type: 'sync-status' }))).toMatchObject([
      {
        packId: 'people',
        installedVersion: 2,
        status: 'ok',
        lastSync: new Date(T0 + 2 * 60_000).toISOString(),
      },
    ]);
    expect(alarms.at(-1)).toBe(T0 + 2 * 60_000 + DAY);
  });

  it('syncs what is due on the alarm and at browser start, and re-arms', async () => {
    await subscribe();
    await publish(2, { 'a.ndjson': [ilsa], 'b.ndjson': [tomas] });
    await service.onStartup();
    expect(await knowledge.packs.get('people')).toMatchObject({ version: 1 });
    expect(alarms.at(-1)).toBe(T0 + DAY);

    time = T0 + DAY;
    await service.onAlarm();
    expect(await knowledge.packs.get('people')).toMatchObject({ version: 2 });
    expect(alarms.at(-1)).toBe(T0 + 2 * DAY);
    expect(progress.at(-1)).toMatchObject({ packId: 'people', phase: 'done' });
  });
});

describe('SyncRequest, as the router parses what a page sends', () => {
  it.each([
    ['a folder instead of the manifest', { type: 'subscribe', url: 'https://example.org/packs/news/' }],
    ['a script URL', { type: 'subscribe', url: 'javascript:alert(1)//manifest.json' }],
    ['credentials', { type: 'subscribe', url: 'https://user:secret@example.org/manifest.json' }],
    [
      'a key that is not Ed25519',
      { type: 'subscribe', url: 'https://example.org/manifest.json', pinnedKey: 'abc' },
    ],
    ['a pack id that is no slug', { type: 'sync-now', packId: '../starter' }],
    ['extra fields', { type: 'sync-status', all: true }],
  ])('refuses %s', (_what, request) => {
    expect(SyncRequest.safeParse(request).success).toBe(false);
  });

  it('accepts a manifest URL with a pinned key', () => {
    const request = {
      type: 'subscribe',
      url: 'https://example.org/packs/news/manifest.json',
      pinnedKey: `${'A'.repeat(43)}=`,
    };
    expect(SyncRequest.parse(request)).toEqual(request);
  });
});
