import { z } from 'zod';
import { jsonPath } from '../pack/errors';
import { explainIssues } from '../pack/issues';
import { Slug } from '../schema/primitives';
import { EntityRecord } from '../schema/records';
import { bumpDataVersion, type KnowledgeDatabase, ownEntityRow } from './database';

export const Note = z.strictObject({
  /** The entity or claim the note is about. */
  id: Slug,
  text: z.string().trim().min(1).max(10_000),
  updated: z.iso.datetime({ offset: true }),
});
export type Note = z.infer<typeof Note>;

export const OWN_DATA_FORMAT = 'source-context-own-data/1';

/** The file a reader exports and imports: their own entities and notes, nothing from packs. */
export const OwnDataExport = z.strictObject({
  format: z.literal(OWN_DATA_FORMAT),
  exported: z.iso.datetime({ offset: true }),
  entities: z.array(EntityRecord),
  notes: z.array(Note),
});
export type OwnDataExport = z.infer<typeof OwnDataExport>;

export async function listOwnEntities(db: KnowledgeDatabase): Promise<EntityRecord[]> {
  return (await db.ownEntities.orderBy('id').toArray()).map((row) => row.record);
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
  id: string,
  text: string,
  now: Date = new Date(),
): Promise<void> {
  if (text.trim() === '') {
    await db.notes.delete(id);
    return;
  }
  await db.notes.put(Note.parse({ id, text, updated: now.toISOString() }));
}

export async function exportOwnData(db: KnowledgeDatabase, now: Date = new Date()): Promise<OwnDataExport> {
  return db.transaction('r', [db.ownEntities, db.notes], async () => ({
    format: OWN_DATA_FORMAT,
    exported: now.toISOString(),
    entities: await listOwnEntities(db),
    notes: await db.notes.orderBy('id').toArray(),
  }));
}

export type ImportResult = { ok: true; entities: number; notes: number } | { ok: false; error: string };

/**
 * Merges an exported file into the store: entities and notes with the same id are replaced,
 * all others kept. A file that is not a valid export changes nothing.
 */
export async function importOwnData(db: KnowledgeDatabase, fileText: string): Promise<ImportResult> {
  let value: unknown;
  try {
    value = JSON.parse(fileText);
  } catch (error) {
    return { ok: false, error: `not a JSON file: ${error instanceof Error ? error.message : error}` };
  }
  const parsed = OwnDataExport.safeParse(value);
  if (!parsed.success) {
    const problems = explainIssues(parsed.error.issues);
    const [first] = problems;
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problems)` : '';
    return {
      ok: false,
      error: `not a Source Context export: ${first ? `${jsonPath(first.path)}: ${first.message}` : 'invalid'}${more}`,
    };
  }
  const { entities, notes, exported } = parsed.data;
  await db.transaction('rw', [db.ownEntities, db.notes, db.meta], async () => {
    await db.ownEntities.bulkPut(entities.map((entity) => ownEntityRow(entity, exported)));
    await db.notes.bulkPut(notes);
    await bumpDataVersion(db);
  });
  return { ok: true, entities: entities.length, notes: notes.length };
}
