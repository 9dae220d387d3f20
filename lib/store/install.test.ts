import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryFetcher, SMALL_RECORDS, smallPackFiles } from '../../tests/fixtures/packs/small-pack';
import { dumpStore } from '../../tests/fixtures/packs/store-dump';
import { readPack, type VerifiedPack } from '../pack/read-pack';
import { PACK_FORMAT } from '../schema/manifest';
import { EntityRecord } from '../schema/records';
import { KnowledgeDatabase } from './database';
import { installPack, installPackShards, removePack } from './install';
import { listNotes, listOwnEntities, saveOwnEntity, setNote } from './own-data';
import { dataVersion, forEachEntity, packsSummary, recordsById, storedRecordCount } from './queries';
import { toBlocks } from './record-blocks';
import { installStarterPack } from './starter-pack';

let db: KnowledgeDatabase;
beforeEach(() => {
  db = new KnowledgeDatabase(`install-${crypto.randomUUID()}`);
});
afterEach(() => {
  vi.restoreAllMocks();
  db.close();
});

/** A pack of `count` people all named `<label> <n>`, to tell versions apart in what readers see. */
function peoplePack(version: number, label: string, count: number): VerifiedPack {
  return {
    manifest: {
      format: PACK_FORMAT,
      id: 'people',
      name: 'People',
      version,
      published: '2026-11-01',
      languages: ['en'],
      shards: [{ path: 'entity-001.ndjson', sha256: '0'.repeat(64), bytes: 0, records: count }],
    },
    records: Array.from({ length: count }, (_, n) =>
      EntityRecord.parse({ kind: 'entity', id: `person-${n}`, type: 'person', name: `${label} ${n}` }),
    ),
  };
}

/** `pack`'s records in shards of `size`, each handed out only when the install asks for it. */
async function* inShards(pack: VerifiedPack, size: number, failAt?: number) {
  for (let start = 0, index = 0; start < pack.records.length; start += size, index += 1) {
    if (index === failAt) throw new Error('shard unreadable');
    yield pack.records.slice(start, start + size);
  }
}

/** What a reader sees: the store pages records in, and says when an install swapped a set meanwhile. */
async function visibleLabels(): Promise<{ labels: Set<string>; count: number }> {
  for (;;) {
    const labels = new Set<string>();
    let count = 0;
    const oneState = await forEachEntity(db, (entity, provenance) => {
      if (provenance.source === 'own') return;
      labels.add(entity.name.split(' ')[0]!);
      count += 1;
    });
    if (oneState) return { labels, count };
  }
}

describe('installing a pack', () => {
  it('replaces the old version as a whole: readers during the install see old or new, never a mix', async () => {
    // The old version is smaller than the new one, which arrives in many shards, so a reader
    // paging through it (a block per staged shard of the install) finishes a read before the swap.
    await installPack(db, peoplePack(1, 'Old', 1000), 'subscribed');
    const seen: { labels: Set<string>; count: number }[] = [];
    let done = false;
    const next = peoplePack(2, 'New', 2500);
    const install = installPackShards(db, next.manifest, inShards(next, 50), 'subscribed').finally(() => {
      done = true;
    });
    while (!done) seen.push(await visibleLabels());
    await install;
    seen.push(await visibleLabels());
    for (const view of seen) {
      expect([...view.labels]).toHaveLength(1);
      expect(view.count).toBe(view.labels.has('Old') ? 1000 : 2500);
    }
    expect(seen.some((view) => view.labels.has('Old'))).toBe(true);
    expect(seen.at(-1)?.labels.has('New')).toBe(true);
    expect(await storedRecordCount(db)).toBe(2500);
  });

  it('tells a reader paging through the store that a new version was swapped in meanwhile', async () => {
    await installPack(db, peoplePack(1, 'Old', 600), 'subscribed');
    let swapped: Promise<void> | undefined;
    let visited = 0;
    const oneState = await forEachEntity(db, async () => {
      visited += 1;
      // The reader pauses mid-way (as the background does between slices) while version 2 lands.
      if (visited === 300) {
        swapped = installPack(db, peoplePack(2, 'New', 500), 'subscribed');
        await swapped;
      }
    });
    expect(swapped).toBeDefined();
    expect(oneState).toBe(false);
    expect(await forEachEntity(db, () => undefined)).toBe(true);
  });

  it.each([
    ['while its records are written aside', 'staging'],
    ['in the swap itself', 'swap'],
  ])('that fails %s leaves the previous version complete', async (_when, where) => {
    await installPack(db, peoplePack(1, 'Old', 3000), 'subscribed');
    const before = await dumpStore(db);
    if (where === 'staging') {
      const bulkPut = db.blocks.bulkPut.bind(db.blocks);
      let calls = 0;
      vi.spyOn(db.blocks, 'bulkPut').mockImplementation(((...args: Parameters<typeof bulkPut>) => {
        calls += 1;
        // A pack in memory is staged in one write.
        return calls === 1 ? Promise.reject(new Error('disk full')) : bulkPut(...args);
      }) as typeof bulkPut);
    } else {
      vi.spyOn(db.packs, 'put').mockRejectedValue(new Error('disk full'));
    }
    await expect(installPack(db, peoplePack(2, 'New', 2500), 'subscribed')).rejects.toThrow('disk full');
    vi.restoreAllMocks();
    expect(await dumpStore(db)).toBe(before);
    expect(await visibleLabels()).toEqual({ labels: new Set(['Old']), count: 3000 });
  });

  it('after an interrupted install removes what that install left behind', async () => {
    await installPack(db, peoplePack(1, 'Old', 10), 'subscribed');
    await db.blocks.bulkAdd(toBlocks('set-crashed', [SMALL_RECORDS[0]!]));
    await installPack(db, peoplePack(2, 'New', 10), 'subscribed');
    expect(await db.blocks.where('setId').equals('set-crashed').count()).toBe(0);
    expect(await storedRecordCount(db)).toBe(10);
  });

  it('of two different packs at the same time installs both', async () => {
    const other = peoplePack(1, 'Other', 2500);
    await Promise.all([
      installPack(db, peoplePack(1, 'Old', 2500), 'subscribed'),
      installPack(db, { ...other, manifest: { ...other.manifest, id: 'others' } }, 'subscribed'),
    ]);
    expect((await packsSummary(db)).map((pack) => [pack.id, pack.records])).toEqual([
      ['others', 2500],
      ['people', 2500],
    ]);
    expect(await storedRecordCount(db)).toBe(5000);
  });

  it('never touches own entities and notes, neither when installed nor when removed', async () => {
    await saveOwnEntity(
      db,
      { kind: 'entity', id: 'antony-blinken', type: 'person', name: 'My own Blinken' },
      new Date(0),
    );
    await setNote(db, { kind: 'entity', id: 'antony-blinken' }, 'Met him in 2019.', new Date(0));
    const ownData = async () => JSON.stringify([await listOwnEntities(db), await listNotes(db)]);
    const own = await ownData();
    const files = await smallPackFiles();
    const read = await readPack(memoryFetcher(files));
    if (!read.ok) throw new Error('fixture pack is invalid');
    await installPack(db, read.pack, 'subscribed');
    await installPack(db, { ...read.pack, manifest: { ...read.pack.manifest, version: 2 } }, 'subscribed');
    expect(await ownData()).toBe(own);
    await removePack(db, 'small');
    expect(await ownData()).toBe(own);
    expect(await storedRecordCount(db)).toBe(0);
    expect((await recordsById(db, 'antony-blinken')).map((found) => found.provenance.source)).toEqual([
      'own',
    ]);
  });

  it('changes the data version, which a compiled matcher index is checked against', async () => {
    const start = await dataVersion(db);
    await installPack(db, peoplePack(1, 'Old', 3), 'subscribed');
    const installed = await dataVersion(db);
    expect(installed).not.toBe(start);
    await saveOwnEntity(db, { kind: 'entity', id: 'my-mayor', type: 'person', name: 'My Mayor' });
    expect(await dataVersion(db)).not.toBe(installed);
  });
});

describe('installing a pack shard by shard', () => {
  it('stages each shard as it arrives and swaps the whole version in at once', async () => {
    await installPack(db, peoplePack(1, 'Old', 30), 'subscribed');
    const next = peoplePack(2, 'New', 25);
    const views: { labels: Set<string>; count: number }[] = [];
    async function* watched() {
      for await (const shard of inShards(next, 10)) {
        views.push(await visibleLabels());
        yield shard;
      }
    }
    await installPackShards(db, next.manifest, watched(), 'subscribed');
    expect(views).toEqual(Array.from({ length: 3 }, () => ({ labels: new Set(['Old']), count: 30 })));
    expect(await visibleLabels()).toEqual({ labels: new Set(['New']), count: 25 });
    expect(await packsSummary(db)).toEqual([
      expect.objectContaining({ id: 'people', version: 2, records: 25 }),
    ]);
    expect(await storedRecordCount(db)).toBe(25);
  });

  it.each([
    ['a shard that cannot be read', 'source'],
    ['the store failing on a later shard', 'store'],
  ])('that fails on %s leaves the previous version complete', async (_name, where) => {
    await installPack(db, peoplePack(1, 'Old', 3000), 'subscribed');
    const before = await dumpStore(db);
    const next = peoplePack(2, 'New', 2500);
    if (where === 'store') {
      const bulkPut = db.blocks.bulkPut.bind(db.blocks);
      let calls = 0;
      vi.spyOn(db.blocks, 'bulkPut').mockImplementation(((...args: Parameters<typeof bulkPut>) => {
        calls += 1;
        return calls === 2 ? Promise.reject(new Error('disk full')) : bulkPut(...args);
      }) as typeof bulkPut);
    }
    const install = installPackShards(
      db,
      next.manifest,
      inShards(next, 1000, where === 'source' ? 1 : undefined),
      'subscribed',
    );
    await expect(install).rejects.toThrow(where === 'source' ? 'shard unreadable' : 'disk full');
    vi.restoreAllMocks();
    expect(await dumpStore(db)).toBe(before);
    expect(await visibleLabels()).toEqual({ labels: new Set(['Old']), count: 3000 });
  });
});

describe('installing a subscribed version with its sync state', () => {
  /** The sync's state for version `version` of the pack (lib/sync/sync-state.ts). */
  const state = (version: number) => ({
    packId: 'people',
    url: 'https://packs.example.org/people/manifest.json',
    installedVersion: version,
    installedShards: [String(version).repeat(64)],
    lastSync: Date.UTC(2026, 10, version),
    nextAttempt: Date.UTC(2026, 10, version + 1),
    failures: 0,
  });

  it('writes the version and the state naming it together', async () => {
    await installPack(db, peoplePack(1, 'Old', 10), 'subscribed', { syncState: () => state(1) });
    await installPack(db, peoplePack(2, 'New', 10), 'subscribed', { syncState: () => state(2) });
    expect(await db.packs.get('people')).toMatchObject({ version: 2 });
    expect(await db.syncState.get('people')).toEqual(state(2));
    await removePack(db, 'people');
    expect(await db.syncState.count()).toBe(0);
  });

  // Issue 15, finding 8: with the state in a database of its own, a crash between the install
  // and the state write left version 2 installed under a state naming version 1.
  it.each([
    [
      'the state cannot be written',
      () => vi.spyOn(db.syncState, 'put').mockRejectedValue(new Error('disk full')),
    ],
    [
      'the store fails after the state was written',
      () => vi.spyOn(db.meta, 'put').mockRejectedValue(new Error('disk full')),
    ],
  ])('keeps the previous version and its previous state when %s', async (_when, fail) => {
    await installPack(db, peoplePack(1, 'Old', 600), 'subscribed', { syncState: () => state(1) });
    const before = await dumpStore(db);
    const stateWrites = vi.spyOn(db.syncState, 'put');
    fail();
    const install = installPack(db, peoplePack(2, 'New', 600), 'subscribed', { syncState: () => state(2) });
    await expect(install).rejects.toThrow('disk full');
    expect(stateWrites).toHaveBeenCalledWith(state(2));
    vi.restoreAllMocks();
    expect(await dumpStore(db)).toBe(before);
    expect(await db.packs.get('people')).toMatchObject({ version: 1 });
    expect(await db.syncState.get('people')).toEqual(state(1));
    expect(await visibleLabels()).toEqual({ labels: new Set(['Old']), count: 600 });
  });
});

describe('the starter pack', () => {
  it('is installed on first run from the files shipped in the extension', async () => {
    const result = await installStarterPack(db, memoryFetcher(await smallPackFiles()));
    expect(result).toEqual({ ok: true, packId: 'small', version: 1 });
    expect(await packsSummary(db)).toEqual([
      expect.objectContaining({ id: 'small', name: 'Small pack', version: 1, source: 'starter', records: 5 }),
    ]);
  });

  it('is left alone when the installed version is current: only the manifest is read', async () => {
    await installStarterPack(db, memoryFetcher(await smallPackFiles()));
    const before = await dumpStore(db);
    const asked: string[] = [];
    const result = await installStarterPack(db, memoryFetcher(await smallPackFiles(), asked));
    expect(result).toEqual({ ok: true, packId: 'small', version: 1, upToDate: true });
    expect(asked).toEqual(['manifest.json']);
    expect(await dumpStore(db)).toBe(before);
  });

  it('is replaced by a newer shipped version', async () => {
    await installStarterPack(db, memoryFetcher(await smallPackFiles()));
    const newer = SMALL_RECORDS.filter((record) => record.id !== 'rt');
    const result = await installStarterPack(db, memoryFetcher(await smallPackFiles({ version: 2 }, newer)));
    expect(result).toEqual({ ok: true, packId: 'small', version: 2 });
    expect(await recordsById(db, 'rt')).toEqual([]);
  });

  it('that is broken leaves the installed one in place', async () => {
    await installStarterPack(db, memoryFetcher(await smallPackFiles()));
    const before = await dumpStore(db);
    const files = await smallPackFiles({ version: 2 });
    files.delete('claim-001.ndjson');
    const result = await installStarterPack(db, memoryFetcher(files));
    expect(result).toEqual({
      ok: false,
      errors: [{ file: 'claim-001.ndjson', where: '$', reason: 'cannot be read: not found' }],
    });
    expect(await dumpStore(db)).toBe(before);
  });
});
