import { beforeEach, describe, expect, it } from 'vitest';
import { generateKeyPair, type PrivateKeyFile } from '../pack/signature';
import { packVerifier } from './pack-verifier';
import { createSyncEngine, type SyncEngine, type SyncLimits, type SyncProgress } from './sync-engine';
import type { SyncErrorKind } from './sync-state';
import {
  BASE,
  blinken,
  claim,
  createEngineHarness,
  DAY,
  MINUTE,
  scholz,
  T0,
  v1Shards,
  v2Shards,
} from './testing/engine-harness';
import type {
  ManualClock,
  MemoryInstaller,
  MemoryShardCache,
  MemorySyncStateStore,
} from './testing/memory-ports';
import { buildPack, FakePackServer } from './testing/pack-server';

let server: FakePackServer;
let states: MemorySyncStateStore;
let shards: MemoryShardCache;
let installer: MemoryInstaller;
let clock: ManualClock;
let engine: SyncEngine;
let makeEngine: (limits?: Partial<SyncLimits>) => SyncEngine;
let publish: ReturnType<typeof createEngineHarness>['publish'];
let subscribeToV1: ReturnType<typeof createEngineHarness>['subscribeToV1'];

const encoder = new TextEncoder();
const neverAnswers = (_url: string, init: RequestInit) =>
  new Promise<Response>((_resolve, reject) => {
    init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
  });

beforeEach(() => {
  ({ server, states, shards, installer, clock, engine, makeEngine, publish, subscribeToV1 } =
    createEngineHarness());
});

describe('subscribe and sync', () => {
  it('subscribes, verifies and installs the first version', async () => {
    await publish(1, v1Shards);
    const outcome = await engine.subscribe(server.manifestUrl);
    expect(outcome).toEqual({
      status: 'installed',
      packId: 'news',
      version: 1,
      downloadedShards: 2,
      cachedShards: 0,
    });
    expect(installer.packs.get('news')?.records.map((record) => record.id)).toEqual([
      'antony-blinken',
      'olaf-scholz',
      'talks-ended',
    ]);
    const state = await states.get('news');
    expect(state).toMatchObject({ url: server.manifestUrl, installedVersion: 1, lastSync: T0, failures: 0 });
    expect(state?.nextAttempt).toBe(T0 + DAY);
    expect(state?.etag).toMatch(/^"/);
    // The manifest is fetched once for subscribing and installing.
    expect(server.requestedPaths).toEqual(['manifest.json', 'entities.ndjson', 'claims.ndjson']);
  });

  it('asks with If-None-Match and If-Modified-Since; a 304 changes nothing but the sync time', async () => {
    await subscribeToV1();
    const before = installer.snapshot();
    const outcome = await engine.syncPack('news');
    expect(outcome).toEqual({ status: 'up-to-date', packId: 'news', version: 1 });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.headers['if-none-match']).toMatch(/^"/);
    expect(server.requests[0]?.headers['if-modified-since']).toBe('Sat, 28 Nov 2026 10:00:00 GMT');
    expect(installer.snapshot()).toBe(before);
    expect(await states.get('news')).toMatchObject({ lastSync: T0 + DAY, nextAttempt: T0 + 2 * DAY });
  });

  it('downloads only the shard whose hash changed (delta)', async () => {
    await subscribeToV1();
    await publish(2, v2Shards);
    const progress: SyncProgress[] = [];
    const outcome = await engine.syncPack('news', { onProgress: (event) => progress.push(event) });
    expect(outcome).toEqual({
      status: 'installed',
      packId: 'news',
      version: 2,
      downloadedShards: 1,
      cachedShards: 1,
    });
    expect(server.requestedPaths).toEqual(['manifest.json', 'entities.ndjson']);
    expect(installer.packs.get('news')?.records.map((record) => record.id)).toContain('friedrich-merz');
    // The old entities shard is no longer installed anywhere, so the cache lets it go.
    expect(shards.shards.size).toBe(2);
    const last = progress.at(-1)!;
    expect(last).toMatchObject({ phase: 'install', shardsDone: 2, shardsTotal: 2 });
    expect(last.bytesDone).toBe(last.bytesTotal);
    const downloads = progress.filter((event) => event.phase === 'download');
    expect(downloads.at(-1)).toMatchObject({ shardsDone: 2, shardsTotal: 2 });
    for (const [index, event] of downloads.entries()) {
      expect(event.bytesDone).toBeGreaterThanOrEqual(downloads[index - 1]?.bytesDone ?? 0);
    }
  });

  it('treats the same version without a 304 as up to date', async () => {
    await subscribeToV1();
    server.respond(
      'manifest.json',
      async () =>
        new Response(
          await buildPack({ id: 'news', version: 1, shards: v1Shards }).then(
            (p) => p.files.get('manifest.json')! as BodyInit,
          ),
        ),
    );
    expect(await engine.syncPack('news')).toMatchObject({ status: 'up-to-date', version: 1 });
    expect(server.requestedPaths).toEqual(['manifest.json']);
  });

  it('joins a sync that is already running instead of starting a second one', async () => {
    await subscribeToV1();
    await publish(2, v2Shards);
    const [first, second] = await Promise.all([engine.syncPack('news'), engine.syncPack('news')]);
    expect(first).toEqual(second);
    expect(server.requestedPaths.filter((path) => path === 'manifest.json')).toHaveLength(1);
  });

  it('requests nothing but files under the subscribed folder, without cookies', async () => {
    const requests: RequestInit[] = [];
    const fetch = server.fetch;
    engine = createSyncEngine({
      fetch: (url, init) => {
        requests.push(init);
        return fetch(url, init);
      },
      states,
      shards,
      verifier: packVerifier,
      installer,
      clock,
    });
    await subscribeToV1();
    expect(requests.every((init) => init.credentials === 'omit' && init.cache === 'no-store')).toBe(true);
    expect(server.requests.every((request) => request.url.startsWith(BASE))).toBe(true);
  });
});

describe('every failure leaves the installed version untouched and says what went wrong', () => {
  const cases: {
    name: string;
    kind: SyncErrorKind;
    message: string | RegExp;
    limits?: Partial<SyncLimits>;
    arrange: () => Promise<void>;
  }[] = [
    {
      name: 'offline',
      kind: 'offline',
      message: 'Could not reach the pack server (offline or DNS failure).',
      arrange: async () =>
        server.respond('manifest.json', () => Promise.reject(new TypeError('Failed to fetch'))),
    },
    {
      name: 'DNS failure',
      kind: 'offline',
      message: 'Could not reach the pack server (offline or DNS failure).',
      arrange: async () =>
        server.respond('manifest.json', () =>
          Promise.reject(new TypeError('getaddrinfo ENOTFOUND packs.example.org')),
        ),
    },
    {
      name: 'manifest 404',
      kind: 'not-found',
      message: 'The pack server has no file manifest.json (HTTP 404).',
      arrange: async () => server.respond('manifest.json', async () => new Response('gone', { status: 404 })),
    },
    {
      name: 'shard 404',
      kind: 'not-found',
      message: 'The pack server has no file entities.ndjson (HTTP 404).',
      arrange: async () => {
        await publish(2, v2Shards);
        server.respond('entities.ndjson', async () => new Response('gone', { status: 404 }));
      },
    },
    {
      name: 'server error 500',
      kind: 'server-error',
      message: 'The pack server failed to send manifest.json (HTTP 500).',
      arrange: async () => server.respond('manifest.json', async () => new Response('oops', { status: 500 })),
    },
    {
      name: 'a request that times out',
      kind: 'timeout',
      message: 'The pack server did not send manifest.json in time (limit 0 s per file).',
      limits: { requestTimeoutMs: 20 },
      arrange: async () => server.respond('manifest.json', neverAnswers),
    },
    {
      name: 'a sync that takes too long overall',
      kind: 'timeout',
      message: 'The sync took longer than its limit of 0.1 s and was stopped.',
      limits: { syncTimeoutMs: 60 },
      arrange: async () => {
        await publish(2, v2Shards);
        server.respond('entities.ndjson', neverAnswers);
      },
    },
    {
      name: 'a truncated download',
      kind: 'truncated',
      message: /^entities\.ndjson arrived incomplete: \d+ of \d+ bytes\.$/,
      arrange: async () => {
        await publish(2, v2Shards);
        const full = (await buildPack({ id: 'news', version: 2, shards: v2Shards })).files.get(
          'entities.ndjson',
        )!;
        server.respond('entities.ndjson', async () => new Response(full.slice(0, 40) as BodyInit));
      },
    },
    {
      name: 'a connection that breaks off mid-body',
      kind: 'truncated',
      message: 'The download of entities.ndjson broke off before it was complete.',
      arrange: async () => {
        await publish(2, v2Shards);
        server.respond('entities.ndjson', async () => {
          const body = new ReadableStream<Uint8Array>({
            start(controller) {
              controller.enqueue(encoder.encode('{"kind":'));
              controller.error(new TypeError('network error'));
            },
          });
          return new Response(body);
        });
      },
    },
    {
      name: 'a shard longer than the manifest says',
      kind: 'hash',
      message: /^entities\.ndjson is larger than the \d+ bytes manifest\.json says; it was changed\.$/,
      arrange: async () => {
        await publish(2, v2Shards);
        server.replaceFile('entities.ndjson', encoder.encode(`${'x'.repeat(5000)}\n`));
      },
    },
    {
      name: 'a pack larger than the limit',
      kind: 'too-large',
      message: /^The pack's files add up to .* MB, more than the limit of 0 MB\.$/,
      limits: { packBytes: 100 },
      arrange: () => publish(2, v2Shards),
    },
    {
      name: 'a shard larger than the limit',
      kind: 'too-large',
      message: 'entities.ndjson is larger than the limit of 0 MB.',
      limits: { shardBytes: 100 },
      arrange: () => publish(2, v2Shards),
    },
    {
      name: 'a manifest that is not JSON',
      kind: 'invalid-json',
      message: /^manifest\.json is not valid JSON: /,
      arrange: async () => server.replaceFile('manifest.json', encoder.encode('{ "format": ')),
    },
    {
      name: 'a shard line that is not JSON',
      kind: 'invalid-json',
      message: /^entities\.ndjson line 2 is not valid JSON: /,
      arrange: () => publish(2, { 'entities.ndjson': `${JSON.stringify(blinken)}\n{"kind": "entity",\n` }),
    },
    {
      name: 'a manifest that breaks the schema',
      kind: 'schema',
      message: /^manifest\.json at \$\.version does not fit the pack format: /,
      arrange: async () => {
        const manifest = (await buildPack({ id: 'news', version: 2, shards: v2Shards })).manifest;
        server.replaceFile('manifest.json', encoder.encode(JSON.stringify({ ...manifest, version: 'two' })));
      },
    },
    {
      name: 'a record that breaks the schema',
      kind: 'schema',
      message: /^entities\.ndjson line 1 does not fit the pack format: \$\.type: /,
      arrange: () =>
        publish(2, {
          'entities.ndjson': `${JSON.stringify({ ...blinken, type: 'wizard' })}\n`,
          'claims.ndjson': [],
        }),
    },
    {
      name: 'a shard whose hash is wrong',
      kind: 'hash',
      message:
        /^entities\.ndjson does not match its checksum in manifest\.json \(it was changed or damaged\): sha256 [0-9a-f]{12}…, manifest\.json says [0-9a-f]{12}…\.$/,
      arrange: async () => {
        await publish(2, v2Shards);
        const bytes = (await buildPack({ id: 'news', version: 2, shards: v2Shards })).files.get(
          'entities.ndjson',
        )!;
        server.replaceFile(
          'entities.ndjson',
          bytes.map((byte) => (byte === 0x41 ? 0x42 : byte)),
        );
      },
    },
    {
      name: 'a dangling reference',
      kind: 'references',
      // The reason itself is lib/pack's wording.
      message: /^claims\.ndjson line 1 does not fit the rest of the pack: claimant "antony-blinken" /,
      arrange: () => publish(2, { 'entities.ndjson': [scholz], 'claims.ndjson': [claim] }),
    },
    {
      name: 'a version rollback',
      kind: 'rollback',
      // The options page says the installed version stays in use; the message does not repeat it.
      message: 'The server offers version 1, older than the installed version 2.',
      arrange: async () => {
        await publish(2, v2Shards);
        expect(await engine.syncPack('news')).toMatchObject({ status: 'installed', version: 2 });
        await publish(1, v1Shards);
      },
    },
    {
      name: 'a manifest now for another pack',
      kind: 'pack-mismatch',
      message: `The manifest at ${BASE}manifest.json is now for pack "other", not "news".`,
      arrange: async () => server.publish(await buildPack({ id: 'other', version: 2, shards: v2Shards })),
    },
    {
      name: 'storage quota exceeded',
      kind: 'quota',
      message: 'The browser has no storage space left for this pack (quota exceeded).',
      arrange: async () => {
        await publish(2, v2Shards);
        installer.beforeSwap = () => Promise.reject(new DOMException('full', 'QuotaExceededError'));
      },
    },
    {
      name: 'the store failing half-way through an install',
      kind: 'install',
      message: 'Could not save the pack in the browser: Transaction aborted.',
      arrange: async () => {
        await publish(2, v2Shards);
        installer.beforeSwap = () => Promise.reject(new Error('Transaction aborted'));
      },
    },
  ];

  it.each(cases)('$name', async ({ kind, message, limits, arrange }) => {
    await subscribeToV1();
    engine = makeEngine(limits);
    await arrange();
    const installedBefore = installer.snapshot();
    const stateBefore = await states.get('news');
    const outcome = await engine.syncPack('news');
    expect(outcome).toMatchObject({ status: 'failed', packId: 'news', error: { kind, time: clock.time } });
    if (outcome.status !== 'failed') return;
    if (typeof message === 'string') expect(outcome.error.message).toBe(message);
    else expect(outcome.error.message).toMatch(message);
    expect(installer.snapshot()).toBe(installedBefore);
    const state = await states.get('news');
    expect(state).toMatchObject({
      installedVersion: stateBefore?.installedVersion,
      etag: stateBefore?.etag,
      installedShards: stateBefore?.installedShards,
      lastSync: stateBefore?.lastSync,
      lastError: outcome.error,
      failures: 1,
      nextAttempt: clock.time + 15 * MINUTE,
    });
  });

  it('survives the browser closing mid-install: the next start finds the old version and syncs again', async () => {
    await subscribeToV1();
    await publish(2, v2Shards);
    const before = installer.snapshot();
    installer.beforeSwap = () => new Promise<void>(() => {});
    // The service worker dies here: this promise never settles and nothing after it runs.
    void engine.syncPack('news');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(installer.snapshot()).toBe(before);

    installer.beforeSwap = undefined;
    const restarted = makeEngine();
    clock.time += 1;
    const outcomes = await restarted.syncDue();
    expect(outcomes).toMatchObject([{ status: 'installed', packId: 'news', version: 2 }]);
    expect(installer.packs.get('news')?.manifest.version).toBe(2);
  });
});

describe('a sync cut short', () => {
  it('is due at once for the next engine, which reports it until the sync has run again', async () => {
    await subscribeToV1();
    clock.time = T0 + MINUTE;
    await publish(2, v2Shards);
    installer.beforeSwap = () => new Promise<void>(() => {});
    // "Sync now" a minute after subscribing; the browser closes before the swap.
    void engine.syncPack('news');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(engine.interruption((await states.get('news'))!)).toBeUndefined();

    installer.beforeSwap = undefined;
    const restarted = makeEngine();
    clock.time = T0 + 2 * MINUTE;
    expect(restarted.interruption((await states.get('news'))!)).toMatchObject({
      kind: 'interrupted',
      time: T0 + MINUTE,
    });
    expect(await restarted.nextDue()).toBe(T0 + MINUTE);
    expect(await restarted.syncDue()).toMatchObject([{ status: 'installed', version: 2 }]);
    const state = (await states.get('news'))!;
    expect(state.syncStarted).toBeUndefined();
    expect(restarted.interruption(state)).toBeUndefined();
    expect(await restarted.nextDue()).toBe(T0 + 2 * MINUTE + DAY);
  });

  it('leaves no mark when it ends, whichever way', async () => {
    await publish(1, v1Shards);
    server.respond('claims.ndjson', async () => new Response('', { status: 503 }));
    await engine.subscribe(server.manifestUrl);
    expect((await states.get('news'))?.syncStarted).toBeUndefined();
    server.clearResponders();
    await engine.syncPack('news');
    expect((await states.get('news'))?.syncStarted).toBeUndefined();
  });
});

describe('publisher keys', () => {
  let key: PrivateKeyFile;
  let otherKey: PrivateKeyFile;
  beforeEach(async () => {
    key = (await generateKeyPair()).privateFile;
    otherKey = (await generateKeyPair()).privateFile;
  });

  it('installs versions signed by the pinned key', async () => {
    await subscribeToV1({ key, pinnedKey: key.publicKey });
    await publish(2, v2Shards, key);
    expect(await engine.syncPack('news')).toMatchObject({ status: 'installed', version: 2 });
  });

  it.each([
    ['unsigned', undefined, /^The pack's signature does not match its publisher key: the pack is not signed/],
    [
      'signed by another key',
      'other',
      /^The pack's signature does not match its publisher key: signed with key/,
    ],
  ])('refuses a version %s when a key is pinned', async (_name, signer, message) => {
    await subscribeToV1({ key, pinnedKey: key.publicKey });
    await publish(2, v2Shards, signer ? otherKey : undefined);
    const before = installer.snapshot();
    const outcome = await engine.syncPack('news');
    expect(outcome).toMatchObject({ status: 'failed', error: { kind: 'signature', message } });
    expect(installer.snapshot()).toBe(before);
  });

  it('refuses a manifest changed after signing', async () => {
    await subscribeToV1({ key, pinnedKey: key.publicKey });
    const signed = await buildPack({ id: 'news', version: 2, shards: v2Shards, key });
    await server.publish(signed);
    server.replaceFile(
      'manifest.json',
      encoder.encode(JSON.stringify({ ...signed.manifest, name: 'Forged' })),
    );
    const outcome = await engine.syncPack('news');
    expect(outcome).toMatchObject({
      status: 'failed',
      error: {
        kind: 'signature',
        message:
          "The pack's signature does not match its publisher key: the signature does not match the manifest.",
      },
    });
  });

  it('refuses to subscribe when the pinned key did not sign the first version', async () => {
    await publish(1, v1Shards, otherKey);
    const outcome = await engine.subscribe(server.manifestUrl, { pinnedKey: key.publicKey });
    expect(outcome).toMatchObject({ status: 'failed', error: { kind: 'signature' } });
    expect(installer.packs.size).toBe(0);
  });

  it('trusts the first key id it sees and holds the pack to it (TOFU)', async () => {
    await subscribeToV1({ key });
    expect((await states.get('news'))?.keyId).toBe(key.keyId);

    await publish(2, v2Shards, otherKey);
    expect(await engine.syncPack('news')).toMatchObject({
      status: 'failed',
      error: {
        kind: 'signature',
        message: `The pack is signed by publisher key ${otherKey.keyId}, but it was signed by key ${key.keyId} before.`,
      },
    });
    await publish(2, v2Shards);
    expect(await engine.syncPack('news')).toMatchObject({
      status: 'failed',
      error: {
        kind: 'signature',
        message: `The pack is no longer signed; it was signed by publisher key ${key.keyId} before.`,
      },
    });
    await publish(2, v2Shards, key);
    expect(await engine.syncPack('news')).toMatchObject({ status: 'installed', version: 2 });
  });

  it('accepts a pack that was never signed staying unsigned', async () => {
    await subscribeToV1();
    await publish(2, v2Shards);
    expect(await engine.syncPack('news')).toMatchObject({ status: 'installed', version: 2 });
    expect((await states.get('news'))?.keyId).toBeUndefined();
  });
});

describe('schedule', () => {
  it('backs off exponentially after failures, then returns to the daily rhythm', async () => {
    await subscribeToV1();
    server.respond('manifest.json', () => Promise.reject(new TypeError('Failed to fetch')));
    const waits: number[] = [];
    for (let attempt = 0; attempt < 9; attempt += 1) {
      await engine.syncPack('news');
      const state = await states.get('news');
      waits.push((state!.nextAttempt - clock.time) / MINUTE);
      clock.time = state!.nextAttempt;
    }
    expect(waits).toEqual([15, 30, 60, 120, 240, 480, 960, 1440, 1440]);
    server.clearResponders();
    await engine.syncPack('news');
    expect(await states.get('news')).toMatchObject({ failures: 0, nextAttempt: clock.time + DAY });
    expect((await states.get('news'))?.lastError).toBeUndefined();
  });

  it('syncs only the packs that are due and tells when the next one is', async () => {
    await subscribeToV1();
    const state = await states.get('news');
    expect(await engine.nextDue()).toBe(state?.nextAttempt);
    expect(await engine.syncDue(state!.nextAttempt - 1)).toEqual([]);
    expect(server.requests).toHaveLength(0);
    expect(await engine.syncDue(state!.nextAttempt)).toMatchObject([
      { status: 'up-to-date', packId: 'news' },
    ]);
  });
});

describe('subscriptions', () => {
  it('unsubscribing removes the pack, its state and its cached shards, and keeps own records', async () => {
    await subscribeToV1();
    const own = JSON.stringify(installer.ownRecords);
    await engine.unsubscribe('news');
    expect(installer.packs.has('news')).toBe(false);
    expect(JSON.stringify(installer.ownRecords)).toBe(own);
    expect(await states.get('news')).toBeUndefined();
    expect(shards.shards.size).toBe(0);
    expect(await engine.nextDue()).toBeUndefined();
  });

  it('never removes a pack installed without a subscription (the built-in starter pack)', async () => {
    await installer.installBuiltIn(
      (await buildPack({ id: 'starter', version: 1, shards: v1Shards })).manifest,
    );
    expect(await engine.unsubscribe('starter')).toBe(false);
    expect(installer.packs.has('starter')).toBe(true);
  });

  it('refuses a pack whose id is already installed without a subscription (the built-in starter pack)', async () => {
    await installer.installBuiltIn((await buildPack({ id: 'news', version: 5, shards: v1Shards })).manifest);
    await publish(1, v1Shards);
    const outcome = await engine.subscribe(server.manifestUrl);
    expect(outcome).toMatchObject({
      status: 'failed',
      error: {
        kind: 'pack-mismatch',
        message: 'A pack with the id "news" is already installed (built in or subscribed).',
      },
    });
    expect(await states.list()).toEqual([]);
  });

  it.each([
    ['javascript:alert(1)', 'http(s) URL'],
    ['https://user:secret@packs.example.org/manifest.json', 'without user name'],
  ])('refuses to subscribe to %s', async (url, message) => {
    const outcome = await engine.subscribe(url);
    expect(outcome).toMatchObject({ status: 'failed', error: { kind: 'schema' } });
    if (outcome.status === 'failed') expect(outcome.error.message).toContain(message);
    expect(server.requests).toHaveLength(0);
  });

  it('keeps a subscription whose first sync failed, with its error, to retry later', async () => {
    await publish(1, v1Shards);
    server.respond('claims.ndjson', async () => new Response('', { status: 503 }));
    const outcome = await engine.subscribe(server.manifestUrl);
    expect(outcome).toMatchObject({ status: 'failed', packId: 'news', error: { kind: 'server-error' } });
    expect(await states.get('news')).toMatchObject({ failures: 1, nextAttempt: T0 + 15 * MINUTE });
    expect(installer.packs.size).toBe(0);
    server.clearResponders();
    // The shard that arrived and passed its checks was cached: the retry fetches only the other.
    expect(await engine.syncPack('news')).toMatchObject({ status: 'installed', downloadedShards: 1 });
  });
});

describe('a subscribed pack whose sync state was lost', () => {
  it('is adopted when the reader subscribes again, and syncs from then on', async () => {
    await subscribeToV1();
    states.states.clear();
    expect(await engine.syncDue(clock.time + 2 * DAY)).toEqual([]);
    await publish(2, v2Shards);
    expect(await engine.subscribe(server.manifestUrl)).toMatchObject({
      status: 'installed',
      packId: 'news',
      version: 2,
    });
    expect(await states.get('news')).toMatchObject({
      url: server.manifestUrl,
      installedVersion: 2,
      failures: 0,
    });
    expect(await engine.nextDue()).toBe(clock.time + DAY);
  });

  it('is adopted at the version installed when the server has nothing newer', async () => {
    await subscribeToV1();
    states.states.clear();
    expect(await engine.subscribe(server.manifestUrl)).toMatchObject({ status: 'up-to-date', version: 1 });
    expect(await states.get('news')).toMatchObject({ installedVersion: 1 });
  });

  it('can be unsubscribed: the pack goes, own records stay', async () => {
    await subscribeToV1();
    const own = JSON.stringify(installer.ownRecords);
    states.states.clear();
    expect(await engine.unsubscribe('news')).toBe(true);
    expect(installer.packs.has('news')).toBe(false);
    expect(JSON.stringify(installer.ownRecords)).toBe(own);
    expect(shards.shards.size).toBe(0);
  });
});

describe('installing shard by shard', () => {
  /** Runs `action` as the install starts, before the first shard is read. */
  function beforeInstalling(action: () => Promise<void>) {
    const installShards = installer.installShards.bind(installer);
    installer.installShards = async (manifest, shards, state) => {
      await action();
      return installShards(manifest, shards, state);
    };
  }

  it('hands the store each shard’s records once verified, one shard at a time, reading each once', async () => {
    await subscribeToV1();
    await publish(2, v2Shards);
    const handed: { records: number; requested: string[] }[] = [];
    const installShards = installer.installShards.bind(installer);
    installer.installShards = async (manifest, shards, state) => {
      async function* counted() {
        for await (const records of shards) {
          handed.push({ records: records.length, requested: [...server.requestedPaths] });
          yield records;
        }
      }
      return installShards(manifest, counted(), state);
    };
    expect(await engine.syncPack('news')).toMatchObject({ status: 'installed', version: 2 });
    // The claims shard is the one of version 1, from the cache; nothing is fetched twice.
    expect(handed).toEqual([
      { records: 3, requested: ['manifest.json', 'entities.ndjson'] },
      { records: 1, requested: ['manifest.json', 'entities.ndjson'] },
    ]);
    expect(server.requestedPaths).toEqual(['manifest.json', 'entities.ndjson']);
    expect(installer.packs.get('news')?.records.map((record) => record.id)).toEqual([
      'antony-blinken',
      'olaf-scholz',
      'friedrich-merz',
      'talks-ended',
    ]);
  });

  it('never swaps in a version whose check across shards fails after the first shard was staged', async () => {
    await subscribeToV1();
    // The claim's claimant is in no shard: found only once the last shard has been read.
    await publish(2, { 'entities.ndjson': [scholz], 'claims.ndjson': [claim] });
    const before = installer.snapshot();
    let staged = 0;
    const installShards = installer.installShards.bind(installer);
    installer.installShards = async (manifest, shards, state) => {
      async function* counted() {
        for await (const records of shards) {
          staged += records.length;
          yield records;
        }
      }
      return installShards(manifest, counted(), state);
    };
    expect(await engine.syncPack('news')).toMatchObject({ status: 'failed', error: { kind: 'references' } });
    expect(staged).toBe(2);
    expect(installer.snapshot()).toBe(before);
    expect(await states.get('news')).toMatchObject({ installedVersion: 1, failures: 1 });
  });

  it('keeps the shards being installed when another pack’s unsubscribe prunes the cache meanwhile', async () => {
    const sports = new FakePackServer('https://packs.example.org/sports/');
    sports.publish(await buildPack({ id: 'sports', version: 1, shards: { 'teams.ndjson': [scholz] } }));
    engine = createSyncEngine({
      fetch: (url, init) => (url.startsWith(sports.base) ? sports.fetch(url, init) : server.fetch(url, init)),
      states,
      shards,
      verifier: packVerifier,
      installer,
      clock,
    });
    expect(await engine.subscribe(sports.manifestUrl)).toMatchObject({ status: 'installed' });
    await subscribeToV1();
    await publish(2, v2Shards);
    beforeInstalling(async () => {
      expect(await engine.unsubscribe('sports')).toBe(true);
    });
    expect(await engine.syncPack('news')).toMatchObject({ status: 'installed', version: 2 });
    expect(server.requestedPaths).toEqual(['manifest.json', 'entities.ndjson']);
    expect(shards.shards.size).toBe(2);
  });
});
