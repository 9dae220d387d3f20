import { Note } from '../schema/note';
import { EntityRecord } from '../schema/records';
import type { z } from '../schema/zod';
import { bumpDataVersion, type KnowledgeDatabase, ownEntityRow } from './database';

export async function listOwnEntities(db: KnowledgeDatabase): Promise<EntityRecord[]> {
  return (await db.ownEntities.orderBy('id').toArray()).map((row) => row.record);
}

/** The ids of the reader's own entities, without reading their records. */
export async function ownEntityIds(db: KnowledgeDatabase): Promise<Set<string>> {
  return new Set(await db.ownEntities.toCollection().primaryKeys());
}

/** Adds or replaces an own entity by id; throws a ZodError when it is not a valid entity. */
export async function saveOwnEntity(
  db: KnowledgeDatabase,
  entity: z.input<typeof EntityRecord>,
  now: Date = new Date(),
): Promise<EntityRecord> {
  const record = EntityRecord.parse(entity);
  await db.transaction('rw', [db.ownEntities, db.meta], async () => {
    await db.ownEntities.put(ownEntityRow(record, now.toISOString()));
    await bumpDataVersion(db);
  });
  return record;
}

export async function deleteOwnEntity(db: KnowledgeDatabase, id: string): Promise<void> {
  await db.transaction('rw', [db.ownEntities, db.meta], async () => {
    await db.ownEntities.delete(id);
    await bumpDataVersion(db);
  });
}

export async function getNote(db: KnowledgeDatabase, id: string): Promise<Note | undefined> {
  return db.notes.get(id);
}

/** Sets the reader's note on an entity or claim; blank text removes it. */
export async function setNote(
  db: KnowledgeDatabase,
  about: { kind: Note['kind']; id: string },
  text: string,
  now: Date = new Date(),
): Promise<Note | undefined> {
  if (text.trim() === '') {
    await db.notes.delete(about.id);
    return undefined;
  }
  const note = Note.parse({ ...about, text, updated: now.toISOString() });
  await db.notes.put(note);
  return note;
}

/**
 * Writes own entities and notes in one transaction, replacing those with the same id: an import
 * either lands whole or not at all, and the matcher sees new own entities at once.
 */
export async function putOwnData(
  db: KnowledgeDatabase,
  data: { entities: EntityRecord[]; notes: Note[] },
  now: Date = new Date(),
): Promise<void> {
  const entities = data.entities.map((entity) => EntityRecord.parse(entity));
  const notes = data.notes.map((note) => Note.parse(note));
  await db.transaction('rw', [db.ownEntities, db.notes, db.meta], async () => {
    await db.ownEntities.bulkPut(entities.map((entity) => ownEntityRow(entity, now.toISOString())));
    await db.notes.bulkPut(notes);
    if (entities.length > 0) await bumpDataVersion(db);
  });
}

export async function listNotes(db: KnowledgeDatabase): Promise<Note[]> {
  return db.notes.orderBy('id').toArray();
}
