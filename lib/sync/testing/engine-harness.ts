import { expect } from 'vitest';
import type { PrivateKeyFile } from '../../pack/signature';
import type { PackRecordInput } from '../../schema/records';
import { packVerifier } from '../pack-verifier';
import { createSyncEngine, type SyncEngine, type SyncLimits } from '../sync-engine';
import { ManualClock, MemoryInstaller, MemoryShardCache, MemorySyncStateStore } from './memory-ports';
import { buildPack, FakePackServer } from './pack-server';

export const BASE = 'https://packs.example.org/news/';
export const MINUTE = 60_000;
export const DAY = 24 * 60 * MINUTE;
export const T0 = Date.parse('2026-11-28T12:00:00Z');

export const blinken: PackRecordInput = {
  kind: 'entity',
  id: 'antony-blinken',
  type: 'person',
  name: 'Antony Blinken',
};
export const scholz: PackRecordInput = {
  kind: 'entity',
  id: 'olaf-scholz',
  type: 'person',
  name: 'Olaf Scholz',
};
export const merz: PackRecordInput = {
  kind: 'entity',
  id: 'friedrich-merz',
  type: 'person',
  name: 'Friedrich Merz',
};
export const claim: PackRecordInput = {
  kind: 'claim',
  id: 'talks-ended',
  title: { en: 'The talks were ended' },
  claimant: 'antony-blinken',
  entities: ['antony-blinken'],
};

export const v1Shards = { 'entities.ndjson': [blinken, scholz], 'claims.ndjson': [claim] };
export const v2Shards = { 'entities.ndjson': [blinken, scholz, merz], 'claims.ndjson': [claim] };

/** A sync engine on in-memory ports, a fake pack server for the pack "news", and a manual clock. */
export function createEngineHarness() {
  const server = new FakePackServer(BASE);
  const states = new MemorySyncStateStore();
  const shards = new MemoryShardCache();
  const installer = new MemoryInstaller(states);
  installer.ownRecords.push({ kind: 'entity', id: 'my-note', type: 'other', name: 'My own note' } as never);
  const clock = new ManualClock(T0);
  const makeEngine = (limits: Partial<SyncLimits> = {}): SyncEngine =>
    createSyncEngine({
      fetch: server.fetch,
      states,
      shards,
      verifier: packVerifier,
      installer,
      clock,
      limits,
    });
  const harness = {
    server,
    states,
    shards,
    installer,
    clock,
    makeEngine,
    engine: makeEngine(),
    async publish(
      version: number,
      shardsByPath: Parameters<typeof buildPack>[0]['shards'],
      key?: PrivateKeyFile,
    ): Promise<void> {
      await server.publish(await buildPack({ id: 'news', version, shards: shardsByPath, key }));
    },
    /** Subscribes to version 1 and moves the clock a day on, with the request log cleared. */
    async subscribeToV1(options: { pinnedKey?: string; key?: PrivateKeyFile } = {}): Promise<void> {
      await harness.publish(1, v1Shards, options.key);
      const outcome = await harness.engine.subscribe(server.manifestUrl, { pinnedKey: options.pinnedKey });
      expect(outcome).toMatchObject({ status: 'installed', packId: 'news', version: 1 });
      server.requests.length = 0;
      clock.time += DAY;
    },
  };
  return harness;
}
