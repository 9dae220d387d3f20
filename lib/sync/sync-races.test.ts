import { beforeEach, describe, expect, it } from 'vitest';
import { generateKeyPair } from '../pack/signature';
import { createEngineHarness, v2Shards } from './testing/engine-harness';

/**
 * Operations on one pack that overlap, as a reader and the sync alarm can make them overlap
 * (issue 15, finding 9). Each test stalls one operation half-way and runs the other meanwhile.
 */

let h: ReturnType<typeof createEngineHarness>;

beforeEach(() => {
  h = createEngineHarness();
});

/** A hook that stalls until `release` is called, and tells when it was reached. */
function stall() {
  let release: () => void = () => undefined;
  let reached: () => void = () => undefined;
  const reachedPromise = new Promise<void>((resolve) => (reached = resolve));
  return {
    hook: () => {
      reached();
      return new Promise<void>((resolve) => (release = resolve));
    },
    reached: reachedPromise,
    release: () => release(),
  };
}

describe('unsubscribing while a sync runs or starts', () => {
  it('waits for the running sync, so the pack is not installed again after its removal', async () => {
    await h.subscribeToV1();
    await h.publish(2, v2Shards);
    const swap = stall();
    h.installer.beforeSwap = swap.hook;
    const syncing = h.engine.syncPack('news');
    await swap.reached;
    expect(h.engine.isSyncing('news')).toBe(true);
    const removing = h.engine.unsubscribe('news');
    swap.release();
    expect(await Promise.all([syncing, removing])).toMatchObject([{ status: 'installed' }, true]);
    expect(h.engine.isSyncing('news')).toBe(false);
    expect(h.installer.packs.has('news')).toBe(false);
    expect(await h.states.get('news')).toBeUndefined();
  });

  it('does not let the alarm reinstall the pack or write its subscription back', async () => {
    await h.subscribeToV1();
    await h.publish(2, v2Shards);
    const removal = stall();
    h.installer.beforeRemove = removal.hook;
    const removing = h.engine.unsubscribe('news');
    await removal.reached;
    // The alarm fires while the pack is being removed: the pack is due (a day has passed).
    const due = h.engine.syncDue();
    const synced = h.engine.syncPack('news');
    removal.release();
    expect(await removing).toBe(true);
    await Promise.all([due, synced]);
    expect(h.installer.packs.has('news')).toBe(false);
    expect(await h.states.get('news')).toBeUndefined();
    expect(await h.states.list()).toEqual([]);
  });
});

describe('subscribing again while a sync runs', () => {
  it('keeps the newly pinned key, and the next version must carry its signature', async () => {
    const key = (await generateKeyPair()).privateFile;
    await h.subscribeToV1({ key });
    await h.publish(2, v2Shards, key);
    const swap = stall();
    h.installer.beforeSwap = swap.hook;
    const syncing = h.engine.syncPack('news');
    await swap.reached;
    // The reader pins the publisher's key while the alarm's sync is still installing.
    const resubscribing = h.engine.subscribe(h.server.manifestUrl, { pinnedKey: key.publicKey });
    // Until the sync finishes the new subscription may be recorded or wait; either way the key must
    // not be lost when the sync that started without it ends.
    await new Promise((resolve) => setTimeout(resolve, 50));
    h.installer.beforeSwap = undefined;
    swap.release();
    await Promise.all([syncing, resubscribing]);
    expect((await h.states.get('news'))?.pinnedKey).toBe(key.publicKey);
    // An unsigned version 3 is now refused.
    await h.publish(3, v2Shards);
    expect(await h.engine.syncPack('news')).toMatchObject({ status: 'failed', error: { kind: 'signature' } });
    expect(await h.installer.installedVersion('news')).toBe(2);
  });
});
