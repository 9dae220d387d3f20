import { describe, expect, it } from 'vitest';
import { OWN_DATA_FORMAT, type PackSummary } from '../messaging/page-requests';
import type { MatchKind } from '../messaging/protocol';
import type { Note } from '../schema/note';
import type { EntityRecord } from '../schema/records';
import { handleOwnDataRequest, type OwnDataStore, parseOwnDataRequest, slugOf } from './page-handlers';

const NOW = new Date('2026-11-28T12:00:00.000Z');

class MemoryStore implements OwnDataStore {
  entities = new Map<string, EntityRecord>();
  notes = new Map<string, Note>();
  packs: PackSummary[] = [
    { id: 'starter', name: 'Starter', source: 'starter', version: 3, records: 120, status: 'ok' },
  ];
  async listPacks() {
    return this.packs;
  }
  async listOwnEntities() {
    return [...this.entities.values()];
  }
  async deleteOwnEntity(id: string) {
    this.entities.delete(id);
  }
  async listNotes() {
    return [...this.notes.values()];
  }
  async getNote(kind: MatchKind, id: string) {
    return this.notes.get(`${kind}:${id}`);
  }
  async deleteNote(kind: MatchKind, id: string) {
    this.notes.delete(`${kind}:${id}`);
  }
  async putOwnData(data: { entities: EntityRecord[]; notes: Note[] }) {
    for (const entity of data.entities) this.entities.set(entity.id, entity);
    for (const note of data.notes) this.notes.set(`${note.kind}:${note.id}`, note);
  }
  async displayName(_kind: MatchKind, id: string) {
    return id === 'antony-blinken' ? 'Antony Blinken' : undefined;
  }
}

const handle = (store: OwnDataStore, message: unknown) => {
  const request = parseOwnDataRequest(message);
  if (!request) throw new Error(`not a request: ${JSON.stringify(message)}`);
  return handleOwnDataRequest(store, request, { now: () => NOW });
};

describe('own entities', () => {
  it('saves a new entity under a slug of its name, with aliases and description in the reader’s language', async () => {
    const store = new MemoryStore();
    const reply = await handle(store, {
      type: 'save-own-entity',
      entity: {
        type: 'person',
        name: 'Jürgen Müller',
        aliases: ['J. Müller'],
        description: 'Bürgermeister',
        lang: 'de',
      },
    });
    expect(reply.ok).toBe(true);
    const saved = store.entities.get('juergen-mueller');
    expect(saved?.names).toEqual({ de: ['Jürgen Müller'] });
    expect(saved?.aliases).toEqual({ de: ['J. Müller'] });
    expect(saved?.description).toEqual({ de: 'Bürgermeister' });
  });

  it('gives a second entity of the same name its own id, and edits keep the id', async () => {
    const store = new MemoryStore();
    const entity = { type: 'other', name: 'ACME', aliases: [], lang: 'en' };
    await handle(store, { type: 'save-own-entity', entity });
    await handle(store, { type: 'save-own-entity', entity });
    expect([...store.entities.keys()]).toEqual(['acme', 'acme-2']);
    await handle(store, { type: 'save-own-entity', entity: { ...entity, id: 'acme', name: 'ACME Corp' } });
    expect(store.entities.get('acme')?.name).toBe('ACME Corp');
    await handle(store, { type: 'delete-own-entity', id: 'acme-2' });
    expect([...store.entities.keys()]).toEqual(['acme']);
  });

  it('makes slugs that are lowercase ASCII, whatever the name', () => {
    expect(slugOf('Straße der Einheit')).toBe('strasse-der-einheit');
    expect(slugOf('Émile Zola')).toBe('emile-zola');
    expect(slugOf('Зеленський')).toBe('own-entity');
  });

  it('rejects a form without a name', () => {
    expect(
      parseOwnDataRequest({
        type: 'save-own-entity',
        entity: { type: 'person', name: ' ', aliases: [], lang: 'en' },
      }),
    ).toBeUndefined();
  });
});

describe('notes', () => {
  it('saves, lists with the name, and deletes on empty text', async () => {
    const store = new MemoryStore();
    const saved = await handle(store, {
      type: 'save-note',
      kind: 'entity',
      id: 'antony-blinken',
      text: ' Met him. ',
    });
    expect(saved).toEqual({
      ok: true,
      value: { kind: 'entity', id: 'antony-blinken', text: 'Met him.', updated: NOW.toISOString() },
    });
    const listed = await handle(store, { type: 'list-notes' });
    expect(listed.ok && listed.value).toEqual([
      {
        kind: 'entity',
        id: 'antony-blinken',
        text: 'Met him.',
        updated: NOW.toISOString(),
        name: 'Antony Blinken',
      },
    ]);
    await handle(store, { type: 'save-note', kind: 'entity', id: 'antony-blinken', text: '  ' });
    expect(store.notes.size).toBe(0);
  });
});

describe('export and import', () => {
  it('round-trips own entities and notes', async () => {
    const store = new MemoryStore();
    await handle(store, {
      type: 'save-own-entity',
      entity: { type: 'organization', name: 'Stadtwerke', aliases: ['SW'], lang: 'de' },
    });
    await handle(store, { type: 'save-note', kind: 'claim', id: 'some-claim', text: 'Check later' });
    const exported = await handle(store, { type: 'export-own-data' });
    if (!exported.ok) throw new Error(exported.error);
    expect(JSON.parse(exported.value as string).format).toBe(OWN_DATA_FORMAT);

    const other = new MemoryStore();
    const imported = await handle(other, { type: 'import-own-data', json: exported.value });
    expect(imported).toEqual({ ok: true, value: { entities: 1, notes: 1 } });
    expect(other.entities.get('stadtwerke')?.aliases).toEqual({ de: ['SW'] });
    expect(other.notes.get('claim:some-claim')?.text).toBe('Check later');
  });

  it('keeps a long note through saving, export and import', async () => {
    // One Note schema: the store took 10,000 characters but the messages only 5,000, so a long
    // note could be stored and then neither edited nor imported from its own export.
    const text = 'Quelle prüfen. '.repeat(600).trim();
    expect(text.length).toBeGreaterThan(8_000);
    const store = new MemoryStore();
    expect(
      await handle(store, { type: 'save-note', kind: 'entity', id: 'antony-blinken', text }),
    ).toMatchObject({
      ok: true,
    });
    const exported = await handle(store, { type: 'export-own-data' });
    if (!exported.ok) throw new Error(exported.error);
    const other = new MemoryStore();
    expect(await handle(other, { type: 'import-own-data', json: exported.value })).toEqual({
      ok: true,
      value: { entities: 0, notes: 1 },
    });
    expect(other.notes.get('entity:antony-blinken')?.text).toBe(text);
  });

  it.each([
    ['not JSON', '{oops', /not JSON/],
    ['another JSON file', '{"hello": 1}', /not a Source Context export/],
    [
      'a damaged export',
      JSON.stringify({
        format: OWN_DATA_FORMAT,
        exported: NOW.toISOString(),
        entities: [{ kind: 'entity', id: 'Bad Id', type: 'person', name: 'X' }],
        notes: [],
      }),
      /damaged at entities\.0\.id/,
    ],
  ])('refuses %s with a clear error and keeps what was there', async (_, json, error) => {
    const store = new MemoryStore();
    await handle(store, { type: 'save-note', kind: 'entity', id: 'antony-blinken', text: 'keep me' });
    const reply = await handle(store, { type: 'import-own-data', json });
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error).toMatch(error);
    expect(store.notes.get('entity:antony-blinken')?.text).toBe('keep me');
  });
});

describe('packs and routing', () => {
  it('lists the packs', async () => {
    const store = new MemoryStore();
    expect(await handle(store, { type: 'list-packs' })).toEqual({ ok: true, value: store.packs });
  });

  it('leaves page-summary and unknown messages to others', () => {
    expect(parseOwnDataRequest({ type: 'page-summary', tabId: 1 })).toBeUndefined();
    expect(parseOwnDataRequest({ type: 'analyze' })).toBeUndefined();
  });
});
