import Dexie from 'dexie';
import { expect, it } from 'vitest';
import { SMALL_RECORDS } from '../../tests/fixtures/packs/small-pack';
import { declareSchema, KnowledgeDatabase } from './database';
import { outletForHostname, packsSummary } from './queries';

it('upgrades a populated version-1 store without losing anything', async () => {
  const name = `upgrade-${crypto.randomUUID()}`;
  const v1 = new Dexie(name);
  declareSchema(v1, 1);
  // Rows exactly as version 1 wrote them: no pack source or record count, no outlet domains,
  // note times in epoch milliseconds.
  await v1.table('packs').bulkAdd([
    {
      id: 'starter',
      version: 2,
      name: 'Starter',
      published: '2026-11-01',
      manifest: {},
      installedAt: '2026-11-02T00:00:00.000Z',
      setId: 'starter@2~a',
    },
    {
      id: 'newsroom',
      version: 7,
      name: 'Newsroom',
      published: '2026-10-01',
      manifest: {},
      installedAt: '2026-11-03T00:00:00.000Z',
      setId: 'newsroom@7~b',
    },
  ]);
  await v1.table('records').bulkAdd([
    ...SMALL_RECORDS.map((record) => ({ setId: 'starter@2~a', id: record.id, kind: record.kind, record })),
    {
      setId: 'newsroom@7~b',
      id: 'rt',
      kind: 'entity',
      record: SMALL_RECORDS.find((record) => record.id === 'rt'),
    },
  ]);
  await v1.table('ownEntities').add({
    id: 'local-paper',
    record: {
      kind: 'entity',
      id: 'local-paper',
      type: 'outlet',
      name: 'Local Paper',
      names: {},
      aliases: {},
      shortNames: {},
      titles: {},
      roles: [],
      sources: [],
      outlet: { domains: ['localpaper.example'], notes: [] },
    },
    updated: '2026-11-01T00:00:00.000Z',
  });
  await v1.table('notes').add({ id: 'antony-blinken', text: 'Check.', updated: Date.UTC(2026, 10, 1) });
  v1.close();

  const db = new KnowledgeDatabase(name);
  expect(await packsSummary(db)).toEqual([
    {
      id: 'newsroom',
      name: 'Newsroom',
      version: 7,
      published: '2026-10-01',
      source: 'subscribed',
      records: 1,
      installedAt: '2026-11-03T00:00:00.000Z',
    },
    {
      id: 'starter',
      name: 'Starter',
      version: 2,
      published: '2026-11-01',
      source: 'starter',
      records: 5,
      installedAt: '2026-11-02T00:00:00.000Z',
    },
  ]);
  expect((await outletForHostname(db, 'de.rt.com'))?.provenance).toMatchObject({ packId: 'newsroom' });
  expect((await outletForHostname(db, 'www.localpaper.example'))?.record.id).toBe('local-paper');
  expect(await db.notes.get('antony-blinken')).toEqual({
    id: 'antony-blinken',
    text: 'Check.',
    updated: '2026-11-01T00:00:00.000Z',
  });
  expect(db.verno).toBe(2);
});
