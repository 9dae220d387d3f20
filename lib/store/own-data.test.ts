import { beforeEach, describe, expect, it } from 'vitest';
import { dumpStore } from '../../tests/fixtures/packs/store-dump';
import { EntityRecord } from '../schema/records';
import { KnowledgeDatabase } from './database';
import {
  deleteOwnEntity,
  getNote,
  listNotes,
  listOwnEntities,
  putOwnData,
  saveOwnEntity,
  setNote,
} from './own-data';

const now = new Date('2026-11-28T12:00:00Z');
let db: KnowledgeDatabase;
beforeEach(() => {
  db = new KnowledgeDatabase(`own-${crypto.randomUUID()}`);
});

describe('the reader’s own data', () => {
  it('keeps own entities: add, replace by id, delete', async () => {
    await saveOwnEntity(db, { kind: 'entity', id: 'my-mayor', type: 'person', name: 'Jane Doe' }, now);
    await saveOwnEntity(db, { kind: 'entity', id: 'my-mayor', type: 'person', name: 'Jane Q. Doe' }, now);
    await saveOwnEntity(db, { kind: 'entity', id: 'local-paper', type: 'outlet', name: 'Local Paper' }, now);
    expect((await listOwnEntities(db)).map((entity) => entity.name)).toEqual(['Local Paper', 'Jane Q. Doe']);
    await deleteOwnEntity(db, 'local-paper');
    expect((await listOwnEntities(db)).map((entity) => entity.id)).toEqual(['my-mayor']);
  });

  it('refuses an own entity that is not valid', async () => {
    await expect(
      saveOwnEntity(db, { kind: 'entity', id: 'Not A Slug', type: 'person', name: 'X' }),
    ).rejects.toThrow('slug');
    expect(await listOwnEntities(db)).toEqual([]);
  });

  it('keeps one note per entity or claim; blank text removes it', async () => {
    await setNote(db, { kind: 'entity', id: 'antony-blinken' }, 'Check the 2022 remarks.', now);
    expect(await getNote(db, 'antony-blinken')).toEqual({
      kind: 'entity',
      id: 'antony-blinken',
      text: 'Check the 2022 remarks.',
      updated: '2026-11-28T12:00:00.000Z',
    });
    await setNote(db, { kind: 'entity', id: 'antony-blinken' }, '   ', now);
    expect(await getNote(db, 'antony-blinken')).toBeUndefined();
  });

  it('writes own entities and notes together, or nothing when one of them is invalid', async () => {
    const entity = { kind: 'entity', id: 'my-mayor', type: 'person', name: 'Jane Doe' } as const;
    const note = {
      kind: 'entity',
      id: 'my-mayor',
      text: 'Runs again in 2027.',
      updated: now.toISOString(),
    } as const;
    await putOwnData(db, { entities: [EntityRecord.parse(entity)], notes: [note] }, now);
    expect((await listOwnEntities(db)).map((e) => e.name)).toEqual(['Jane Doe']);
    expect(await listNotes(db)).toEqual([note]);
    const before = await dumpStore(db);
    await expect(
      putOwnData(db, {
        entities: [EntityRecord.parse({ ...entity, name: 'Other' })],
        notes: [{ ...note, id: 'Not A Slug' }],
      }),
    ).rejects.toThrow();
    expect(await dumpStore(db)).toEqual(before);
  });
});
