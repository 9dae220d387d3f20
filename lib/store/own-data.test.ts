import { beforeEach, describe, expect, it } from 'vitest';
import { dumpStore } from '../../tests/fixtures/packs/store-dump';
import { KnowledgeDatabase } from './database';
import {
  deleteOwnEntity,
  exportOwnData,
  getNote,
  importOwnData,
  listOwnEntities,
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
    await setNote(db, 'antony-blinken', 'Check the 2022 remarks.', now);
    expect(await getNote(db, 'antony-blinken')).toEqual({
      id: 'antony-blinken',
      text: 'Check the 2022 remarks.',
      updated: '2026-11-28T12:00:00.000Z',
    });
    await setNote(db, 'antony-blinken', '   ', now);
    expect(await getNote(db, 'antony-blinken')).toBeUndefined();
  });

  it('exports to a file that imports into another browser unchanged', async () => {
    await saveOwnEntity(db, { kind: 'entity', id: 'my-mayor', type: 'person', name: 'Jane Doe' }, now);
    await setNote(db, 'antony-blinken', 'Check the 2022 remarks.', now);
    const file = JSON.stringify(await exportOwnData(db, now));
    const other = new KnowledgeDatabase(`own-other-${crypto.randomUUID()}`);
    await setNote(other, 'boris-johnson', 'Kept after the import.', now);
    expect(await importOwnData(other, file)).toEqual({ ok: true, entities: 1, notes: 1 });
    const imported = await exportOwnData(other, now);
    expect(imported.entities).toEqual((await exportOwnData(db, now)).entities);
    expect(imported.notes.map((note) => note.id)).toEqual(['antony-blinken', 'boris-johnson']);
  });

  it.each([
    [
      'a file that is not JSON',
      'hello',
      'not a JSON file: Unexpected token \'h\', "hello" is not valid JSON',
    ],
    [
      'another JSON file',
      '{"bookmarks": []}',
      'not a Source Context export: $.format: Invalid input: expected "source-context-own-data/1" (and 4 more problems)',
    ],
    [
      'an export with a bad entity',
      JSON.stringify({
        format: 'source-context-own-data/1',
        exported: '2026-11-28T12:00:00Z',
        entities: [
          {
            kind: 'entity',
            id: 'x',
            type: 'person',
            name: 'X',
            sources: [{ publisher: 'P', title: 'T', date: '2026', url: 'javascript:alert(1)' }],
          },
        ],
        notes: [],
      }),
      'not a Source Context export: $.entities[0].sources[0].url: must be an http(s) URL',
    ],
  ])('rejects %s and loses nothing', async (_what, file, error) => {
    await saveOwnEntity(db, { kind: 'entity', id: 'my-mayor', type: 'person', name: 'Jane Doe' }, now);
    await setNote(db, 'my-mayor', 'Runs again in 2027.', now);
    const before = await dumpStore(db);
    expect(await importOwnData(db, file)).toEqual({ ok: false, error });
    expect(await dumpStore(db)).toBe(before);
  });
});
