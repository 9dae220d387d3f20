import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { VerifiedPack } from '../pack/read-pack';
import { PACK_FORMAT } from '../schema/manifest';
import { EntityRecord } from '../schema/records';
import { DataVersionCache } from './data-version';
import { KnowledgeDatabase } from './database';
import { installPack, removePack } from './install';
import { saveOwnEntity, setNote } from './own-data';
import { dataVersion } from './queries';

let db: KnowledgeDatabase;
beforeEach(async () => {
  db = new KnowledgeDatabase(`data-version-${crypto.randomUUID()}`);
  // Dexie reports every table as changed when it opens a database: the worker's store is open
  // long before its second request.
  await db.open();
});
afterEach(() => {
  vi.restoreAllMocks();
  db.close();
});

const person = (id: string, name: string) => EntityRecord.parse({ kind: 'entity', id, type: 'person', name });
const pack = (version: number): VerifiedPack => ({
  manifest: {
    format: PACK_FORMAT,
    id: 'people',
    name: 'People',
    version,
    published: '2026-12-01',
    languages: ['en'],
    shards: [{ path: 'entity-001.ndjson', sha256: '0'.repeat(64), bytes: 0, records: 1 }],
  },
  records: [person('ilsa-vantongeren', `Ilsa Vantongeren ${version}`)],
});

function countMetaReads(store: KnowledgeDatabase) {
  const reads = { count: 0 };
  const original = store.meta.get.bind(store.meta);
  vi.spyOn(store.meta, 'get').mockImplementation(((key: string) => {
    reads.count += 1;
    return original(key);
  }) as never);
  return reads;
}

describe('the data version the background keeps', () => {
  it('is read from the store once while nothing changes', async () => {
    const versions = new DataVersionCache(db);
    const reads = countMetaReads(db);
    const first = await versions.current();
    expect(await versions.current()).toBe(first);
    expect(await versions.current()).toBe(first);
    expect(reads.count).toBe(1);
  });

  it('is the new one as soon as an install, a removal or an own entity has been saved', async () => {
    const versions = new DataVersionCache(db);
    const seen = [await versions.current()];
    await installPack(db, pack(1), 'subscribed');
    seen.push(await versions.current());
    await installPack(db, pack(2), 'subscribed');
    seen.push(await versions.current());
    await saveOwnEntity(db, person('tomas-quenneville', 'Tomas Quenneville'));
    seen.push(await versions.current());
    await removePack(db, 'people');
    seen.push(await versions.current());
    expect(new Set(seen).size).toBe(5);
    expect(seen.at(-1)).toBe(await dataVersion(db));
  });

  it('keeps its value over writes that leave packs and own entities alone', async () => {
    const versions = new DataVersionCache(db);
    await versions.current();
    const reads = countMetaReads(db);
    await setNote(db, { kind: 'entity', id: 'tomas-quenneville' }, 'met him in Brussels');
    await versions.current();
    expect(reads.count).toBe(0);
  });

  // The race a cache of this kind gets wrong: the read began before a pack update committed and
  // returned after it. Keeping its answer would match every later page against the old pack.
  it('does not keep a version read while a write committed', async () => {
    const versions = new DataVersionCache(db);
    const before = await dataVersion(db);
    const original = db.meta.get.bind(db.meta);
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    vi.spyOn(db.meta, 'get').mockImplementationOnce((async (key: string) => {
      const value = await original(key);
      await held;
      return value;
    }) as never);
    const slow = versions.current();
    await installPack(db, pack(1), 'subscribed');
    release();
    expect(await slow).toBe(before);
    expect(await versions.current()).toBe(await dataVersion(db));
    expect(await versions.current()).not.toBe(before);
  });

  it('follows its own database only', async () => {
    const other = new KnowledgeDatabase(`data-version-other-${crypto.randomUUID()}`);
    await other.open();
    try {
      const versions = new DataVersionCache(db);
      await versions.current();
      const reads = countMetaReads(db);
      await installPack(other, pack(1), 'subscribed');
      await versions.current();
      expect(reads.count).toBe(0);
    } finally {
      other.close();
    }
  });
});
