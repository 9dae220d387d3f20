import type { ReplyTo } from '../messaging/calls';
import {
  type ImportResult,
  type NoteListItem,
  OWN_DATA_FORMAT,
  OwnDataFile,
  type OwnEntityInput,
  type PackSummary,
  PageRequest,
} from '../messaging/page-requests';
import type { MatchKind, Reply } from '../messaging/protocol';
import type { Note } from '../schema/note';
import type { EntityRecord } from '../schema/records';

/**
 * Handlers of the card's, popup's and options page's requests that read or write the reader's own
 * data and the pack list. They are plain functions over `OwnDataStore`, which the background
 * adapts to the real Dexie store; tests use an in-memory one.
 */
export interface OwnDataStore {
  listPacks(): Promise<PackSummary[]>;
  /** The entities of the reader's own pack (not those of subscribed packs). */
  listOwnEntities(): Promise<EntityRecord[]>;
  deleteOwnEntity(id: string): Promise<void>;
  listNotes(): Promise<Note[]>;
  getNote(kind: MatchKind, id: string): Promise<Note | undefined>;
  deleteNote(kind: MatchKind, id: string): Promise<void>;
  /**
   * Writes own entities and notes in ONE transaction (all or nothing), replacing those with the
   * same id; the matcher must see new own entities at once.
   */
  putOwnData(data: { entities: EntityRecord[]; notes: Note[] }): Promise<void>;
  /** The display name of an entity or title of a claim from any pack, for the notes list. */
  displayName(kind: MatchKind, id: string): Promise<string | undefined>;
}

/** The requests answered here; `page-summary` is the background's, built from its analysis. */
export type OwnDataRequest = Exclude<PageRequest, { type: 'page-summary' }>;

export interface HandlerOptions {
  now?: () => Date;
}

const ok = <T>(value: T): Reply<T> => ({ ok: true, value });
const fail = (error: string): Reply<never> => ({ ok: false, error });

/** Answers one own-data request with the reply the call map gives for its type. */
export function handleOwnDataRequest<M extends OwnDataRequest>(
  store: OwnDataStore,
  message: M,
  options: HandlerOptions = {},
): Promise<Reply<ReplyTo<M['type']>>> {
  // Each case below is checked against the replies of all own-data requests; the call map ties
  // each type to its own (a switch cannot narrow the generic `M`).
  return answer(store, message, options) as Promise<Reply<ReplyTo<M['type']>>>;
}

async function answer(
  store: OwnDataStore,
  message: OwnDataRequest,
  options: HandlerOptions,
): Promise<Reply<ReplyTo<OwnDataRequest['type']>>> {
  const now = () => (options.now ?? (() => new Date()))().toISOString();
  switch (message.type) {
    case 'list-packs':
      return ok(await store.listPacks());
    case 'list-own-entities':
      return ok(await store.listOwnEntities());
    case 'save-own-entity': {
      const existing = await store.listOwnEntities();
      const entity = ownEntityRecord(message.entity, existing);
      await store.putOwnData({ entities: [entity], notes: [] });
      return ok(entity);
    }
    case 'delete-own-entity':
      await store.deleteOwnEntity(message.id);
      return ok(null);
    case 'save-note': {
      const text = message.text.trim();
      if (text === '') {
        await store.deleteNote(message.kind, message.id);
        return ok(null);
      }
      const note: Note = { kind: message.kind, id: message.id, text, updated: now() };
      await store.putOwnData({ entities: [], notes: [note] });
      return ok(note);
    }
    case 'list-notes': {
      const notes = await store.listNotes();
      const items: NoteListItem[] = [];
      for (const note of notes) {
        const name = await store.displayName(note.kind, note.id);
        items.push(name === undefined ? note : { ...note, name });
      }
      return ok(items);
    }
    case 'export-own-data': {
      const file: OwnDataFile = {
        format: OWN_DATA_FORMAT,
        exported: now(),
        entities: await store.listOwnEntities(),
        notes: await store.listNotes(),
      };
      return ok(JSON.stringify(file, null, 2));
    }
    case 'import-own-data':
      return importOwnData(store, message.json);
  }
}

/**
 * Imports a file written by `export-own-data`. Everything is checked before anything is written,
 * and the write is one transaction: a bad file changes nothing. Imported records are added to the
 * reader's own data (same id: replaced); nothing else is deleted.
 */
async function importOwnData(store: OwnDataStore, json: string): Promise<Reply<ImportResult>> {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return fail('The file is not JSON. Choose a file exported by Source Context.');
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== OWN_DATA_FORMAT) {
    return fail(`The file is not a Source Context export (expected "format": "${OWN_DATA_FORMAT}").`);
  }
  const parsed = OwnDataFile.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.length ? first.path.join('.') : 'the file';
    return fail(`The file is damaged at ${where}: ${first?.message ?? 'invalid'}. Nothing was imported.`);
  }
  await store.putOwnData({ entities: parsed.data.entities, notes: parsed.data.notes });
  return ok({ entities: parsed.data.entities.length, notes: parsed.data.notes.length });
}

/** Builds the own entity the matcher uses: its name and aliases are matched like a pack's names. */
export function ownEntityRecord(input: OwnEntityInput, existing: readonly EntityRecord[]): EntityRecord {
  const id = input.id ?? uniqueSlug(slugOf(input.name), new Set(existing.map((entity) => entity.id)));
  const description = input.description?.trim();
  return {
    kind: 'entity',
    id,
    type: input.type,
    name: input.name,
    names: { [input.lang]: [input.name] },
    aliases: input.aliases.length > 0 ? { [input.lang]: input.aliases } : {},
    shortNames: {},
    titles: {},
    ...(description ? { description: { [input.lang]: description } } : {}),
    roles: [],
    sources: [],
  };
}

const TRANSLITERATION: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** `Jürgen Müller` → `juergen-mueller`; a name with no Latin letters becomes `own-entity`. */
export function slugOf(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[äöüß]/g, (letter) => TRANSLITERATION[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
  return slug || 'own-entity';
}

function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

/** Parses an incoming message as one of these requests, for the background's router. */
export function parseOwnDataRequest(message: unknown): OwnDataRequest | undefined {
  const parsed = PageRequest.safeParse(message);
  if (!parsed.success || parsed.data.type === 'page-summary') return undefined;
  return parsed.data;
}
