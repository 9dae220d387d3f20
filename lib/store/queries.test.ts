import { beforeEach, describe, expect, it } from 'vitest';
import { memoryFetcher, smallPackFiles } from '../../tests/fixtures/packs/small-pack';
import { PACK_FORMAT, type PackManifest } from '../schema/manifest';
import { EntityRecord } from '../schema/records';
import { KnowledgeDatabase } from './database';
import { installPackFrom, installPackShards } from './install';
import { saveOwnEntity } from './own-data';
import { forEachClaim, forEachEntity, outletForHostname, recordsById, sourcesByIds } from './queries';
import { BLOCK_RECORDS } from './record-blocks';

let db: KnowledgeDatabase;
beforeEach(async () => {
  db = new KnowledgeDatabase(`queries-${crypto.randomUUID()}`);
  await installPackFrom(db, memoryFetcher(await smallPackFiles()), { source: 'starter' });
  await installPackFrom(
    db,
    memoryFetcher(await smallPackFiles({ id: 'newsroom', name: 'Newsroom pack', version: 4 })),
    {
      source: 'subscribed',
    },
  );
});

describe('store queries', () => {
  it('give every entity and claim to the matcher compiler, own entities included', async () => {
    await saveOwnEntity(db, { kind: 'entity', id: 'my-mayor', type: 'person', name: 'My Mayor' });
    const entities: string[] = [];
    await forEachEntity(db, (entity, provenance) => {
      entities.push(`${provenance.source === 'own' ? 'own' : provenance.packId}:${entity.id}`);
    });
    expect(entities.sort()).toEqual([
      'newsroom:antony-blinken',
      'newsroom:rt',
      'newsroom:us-department-of-state',
      'own:my-mayor',
      'small:antony-blinken',
      'small:rt',
      'small:us-department-of-state',
    ]);
    const claims: string[] = [];
    await forEachClaim(db, (claim) => void claims.push(claim.id));
    expect(claims).toEqual(['blinken-said-something', 'blinken-said-something']);
  });

  it('find a record in every pack that has it, saying where each comes from', async () => {
    const found = await recordsById(db, 'antony-blinken');
    expect(found.map((entry) => entry.provenance)).toEqual([
      {
        source: 'subscribed',
        packId: 'newsroom',
        packName: 'Newsroom pack',
        version: 4,
        published: '2026-11-01',
      },
      { source: 'starter', packId: 'small', packName: 'Small pack', version: 1, published: '2026-11-01' },
    ]);
    expect(found[0]?.record).toMatchObject({ kind: 'entity', name: 'Antony Blinken' });
    expect(await recordsById(db, 'nobody')).toEqual([]);
  });

  it('resolve a claim’s shared sources within its pack', async () => {
    const sources = await sourcesByIds(db, 'small', ['state-department-briefing', 'missing']);
    expect([...sources.keys()]).toEqual(['state-department-briefing']);
    expect(sources.get('state-department-briefing')?.publisher).toBe('U.S. Department of State');
    expect((await sourcesByIds(db, 'not-installed', ['state-department-briefing'])).size).toBe(0);
  });

  it.each([
    ['rt.com', 'rt'],
    ['www.rt.com', 'rt'],
    ['DE.RT.COM', 'rt'],
    ['news.de.rt.com', 'rt'],
    ['notrt.com', undefined],
    ['com', undefined],
    ['localhost', undefined],
  ])('find the outlet behind %s', async (hostname, id) => {
    expect((await outletForHostname(db, hostname))?.record.id).toBe(id);
  });

  it('prefer the most specific domain, and the reader’s own outlet on a tie', async () => {
    await saveOwnEntity(db, {
      kind: 'entity',
      id: 'rt-deutsch',
      type: 'outlet',
      name: 'RT DE (my notes)',
      outlet: { domains: ['de.rt.com'] },
    });
    expect(await outletForHostname(db, 'de.rt.com')).toMatchObject({
      record: { id: 'rt-deutsch' },
      provenance: { source: 'own' },
    });
    expect((await outletForHostname(db, 'www.rt.com'))?.provenance).toMatchObject({ packId: 'newsroom' });
  });
});

describe('records stored in blocks', () => {
  const person = (id: string) =>
    EntityRecord.parse({ kind: 'entity', id, type: 'person', name: `Person ${id}` });
  const manifest = (records: number): PackManifest => ({
    format: PACK_FORMAT,
    id: 'unsorted',
    name: 'Unsorted',
    version: 1,
    published: '2026-12-07',
    languages: ['en'],
    shards: [{ path: 'entity-001.ndjson', sha256: '0'.repeat(64), bytes: 0, records }],
  });

  it('finds every record of a pack whose shards are not sorted by id', async () => {
    // `pack build` sorts records by id, but the format does not ask it of other publishers: here
    // the second shard's ids fall between the first's, so blocks of the two overlap.
    const shards = [
      Array.from({ length: BLOCK_RECORDS + 20 }, (_, n) => person(`p-${String(n * 2).padStart(5, '0')}`)),
      Array.from({ length: 30 }, (_, n) => person(`p-${String(n * 2 + 1).padStart(5, '0')}`)),
    ];
    await installPackShards(db, manifest(BLOCK_RECORDS + 50), shards, 'subscribed');
    expect((await db.packs.get('unsorted'))?.ordered).toBe(false);
    for (const id of [
      'p-00000',
      'p-00001',
      'p-00059',
      'p-00998',
      `p-${String(2 * BLOCK_RECORDS).padStart(5, '0')}`,
    ]) {
      expect((await recordsById(db, id)).map(({ record }) => record.id)).toEqual([id]);
    }
    expect(await recordsById(db, 'p-00061')).toEqual([]);
  });

  it('finds a record in the one block that can hold it when the pack is sorted', async () => {
    const records = Array.from({ length: 3 * BLOCK_RECORDS }, (_, n) =>
      person(`q-${String(n).padStart(5, '0')}`),
    );
    await installPackShards(db, { ...manifest(records.length), id: 'sorted' }, [records], 'subscribed');
    expect((await db.packs.get('sorted'))?.ordered).toBe(true);
    for (const id of ['q-00000', `q-${String(BLOCK_RECORDS).padStart(5, '0')}`, 'q-01499']) {
      expect(
        (await recordsById(db, id)).map(({ record }) => record.kind === 'entity' && record.name),
      ).toEqual([`Person ${id}`]);
    }
    expect(await recordsById(db, 'q-99999')).toEqual([]);
  });
});
