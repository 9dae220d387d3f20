import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { SMALL_RECORDS } from '../../tests/fixtures/packs/small-pack';
import { NoteListItem } from '../messaging/page-requests';
import { Note } from '../schema/note';
import { z } from '../schema/zod';
import { ownDataStore } from '../service/own-data-store';
import { handleOwnDataRequest, parseOwnDataRequest } from '../service/page-handlers';
import { declareSchema, KnowledgeDatabase, SCHEMA_VERSION } from './database';
import { listNotes, listOwnEntities } from './own-data';
import { outletForHostname, packsSummary, recordsById } from './queries';
import { type BlockRow, recordsIn } from './record-blocks';

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
    kind: 'entity',
    id: 'antony-blinken',
    text: 'Check.',
    updated: '2026-11-01T00:00:00.000Z',
  });
  expect(db.verno).toBe(SCHEMA_VERSION);
});

describe('a version-1 store holding every kind of the reader’s data', () => {
  const ownEntity = {
    kind: 'entity',
    id: 'my-mayor',
    type: 'person',
    name: 'Jane Doe',
    names: { en: ['Jane Doe'] },
    aliases: { en: ['Mayor Doe'] },
    shortNames: {},
    titles: {},
    description: { en: 'Mayor of my town' },
    roles: [],
    sources: [],
  };
  const claim = SMALL_RECORDS.find((record) => record.kind === 'claim')!;
  /** Notes as version 1 wrote them (no kind, epoch times): on an own entity, a pack entity, a claim, and an id no pack holds anymore. */
  const v1Notes = [
    { id: 'my-mayor', text: 'Ran again in 2026.', updated: Date.UTC(2026, 9, 1) },
    { id: 'antony-blinken', text: 'Check the 2022 remarks.', updated: Date.UTC(2026, 9, 2) },
    { id: claim.id, text: 'Disputed by two sources.', updated: Date.UTC(2026, 9, 3) },
    { id: 'gone-from-packs', text: 'Its pack was removed.', updated: Date.UTC(2026, 9, 4) },
  ];
  const kinds: Record<string, 'entity' | 'claim'> = {
    'my-mayor': 'entity',
    'antony-blinken': 'entity',
    [claim.id]: 'claim',
    'gone-from-packs': 'entity',
  };

  /** Creates the store as version `version` left it, starting from version-1 rows. */
  async function oldStore(version: number): Promise<string> {
    const name = `upgrade-all-${crypto.randomUUID()}`;
    const v1 = new Dexie(name);
    declareSchema(v1, 1);
    await v1.table('packs').add({
      id: 'small',
      version: 1,
      name: 'Small pack',
      published: '2026-11-01',
      manifest: {},
      installedAt: '2026-11-02T00:00:00.000Z',
      setId: 'small@1~a',
    });
    await v1
      .table('records')
      .bulkAdd(
        SMALL_RECORDS.map((record) => ({ setId: 'small@1~a', id: record.id, kind: record.kind, record })),
      );
    await v1
      .table('ownEntities')
      .add({ id: ownEntity.id, record: ownEntity, updated: '2026-10-01T00:00:00.000Z' });
    await v1.table('notes').bulkAdd(v1Notes);
    v1.close();
    if (version > 1) {
      const older = new Dexie(name);
      declareSchema(older, version);
      await older.open();
      older.close();
    }
    return name;
  }

  /** Everything of the reader's and the packs', with the upgrades' known changes undone. */
  async function userData(db: Dexie) {
    const notes = (await db.table('notes').toArray()).map(({ kind: _kind, ...note }) => ({
      ...note,
      updated: new Date(note.updated).getTime(),
    }));
    const own = (await db.table('ownEntities').toArray()).map(({ domains: _domains, ...row }) => row);
    // Version 4 keeps records in blocks: read back as the rows versions 1–3 held.
    const records =
      db.verno < 4
        ? (await db.table('records').toArray()).map(({ domains: _domains, ...row }) => row)
        : (await db.table('blocks').toArray()).flatMap((block: BlockRow) =>
            recordsIn(block).map((record) => ({
              setId: block.setId,
              id: record.id,
              kind: record.kind,
              record,
            })),
          );
    records.sort((a, b) => (a.setId + a.id < b.setId + b.id ? -1 : 1));
    const packs = (await db.table('packs').toArray()).map(
      ({ source: _s, recordCount: _c, ordered: _o, ...row }) => row,
    );
    return { notes, own, records, packs };
  }

  it.each([
    [1, 'from version 1'],
    [2, 'in a store already upgraded to the version 2 that lost the kinds'],
    [3, 'from version 3, whose records were one row each'],
  ])('keeps all of it and gives every note its kind (%s: %s)', async (version) => {
    const name = await oldStore(version);
    const before = new Dexie(name);
    declareSchema(before, version);
    const expected = await userData(before);
    before.close();
    expect(expected.notes).toHaveLength(4);

    const db = new KnowledgeDatabase(name);
    expect(await userData(db)).toEqual(expected);
    for (const note of await listNotes(db)) expect(Note.parse(note).kind).toBe(kinds[note.id]);
    expect(db.verno).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('lists the notes on the options page and exports a file that imports again', async () => {
    const db = new KnowledgeDatabase(await oldStore(2));
    const store = ownDataStore(
      db,
      async () => undefined,
      async () => new Map(),
    );
    const ask = async (message: unknown) => {
      const request = parseOwnDataRequest(message);
      if (!request) throw new Error(`not a request: ${JSON.stringify(message)}`);
      const reply = await handleOwnDataRequest(store, request);
      if (!reply.ok) throw new Error(reply.error);
      return reply.value;
    };
    // The options page parses the reply with the message contract's schema, as here.
    const listed = z.array(NoteListItem).parse(await ask({ type: 'list-notes' }));
    expect(listed.map((note) => [note.kind, note.id])).toEqual(
      [...v1Notes].sort((a, b) => a.id.localeCompare(b.id)).map((note) => [kinds[note.id], note.id]),
    );

    const exported = await ask({ type: 'export-own-data' });
    const fresh = new KnowledgeDatabase(`import-${crypto.randomUUID()}`);
    const imported = await handleOwnDataRequest(
      ownDataStore(
        fresh,
        async () => undefined,
        async () => new Map(),
      ),
      { type: 'import-own-data', json: exported as string },
    );
    expect(imported).toEqual({ ok: true, value: { entities: 1, notes: 4 } });
    expect(await listNotes(fresh)).toEqual(await listNotes(db));
    expect(await listOwnEntities(fresh)).toEqual(await listOwnEntities(db));
    db.close();
    fresh.close();
  });
});

it('keeps the records of a version-5 store, whose blocks held an array of lines', async () => {
  const name = `upgrade-5-${crypto.randomUUID()}`;
  const v5 = new Dexie(name);
  declareSchema(v5, 5);
  const records = [...SMALL_RECORDS]
    .filter((record) => record.kind === 'entity')
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  await v5.table('packs').add({
    id: 'starter',
    version: 2,
    name: 'Starter',
    published: '2026-11-01',
    manifest: {},
    installedAt: '2026-11-02T00:00:00.000Z',
    setId: 'starter@2~a',
    source: 'starter',
    recordCount: records.length,
    ordered: true,
  });
  // A block exactly as versions 4 and 5 wrote it.
  await v5.table('blocks').add({
    setId: 'starter@2~a',
    kind: 'entity',
    first: records[0]!.id,
    last: records.at(-1)!.id,
    ids: records.map((record) => record.id),
    lines: records.map((record) => JSON.stringify(record)),
    domains: ['de.rt.com'],
  });
  v5.close();

  const db = new KnowledgeDatabase(name);
  for (const record of records) expect((await recordsById(db, record.id))[0]?.record).toEqual(record);
  expect((await outletForHostname(db, 'de.rt.com'))?.record.id).toBe('rt');
  expect(await db.table('blocks').toCollection().first()).not.toHaveProperty('lines');
  expect(db.verno).toBe(SCHEMA_VERSION);
  db.close();
});
