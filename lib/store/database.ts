import Dexie, { type Table, type Transaction } from 'dexie';
import type { PackManifest } from '../schema/manifest';
import type { EntityRecord, PackRecord } from '../schema/records';
import { LEGACY_SYNC_DATABASE_KEY, moveLegacySyncDatabase } from './legacy-sync-database';
import { BLOCK_RECORDS, type BlockRow, domainsOf, toBlocks } from './record-blocks';

export type PackSource = 'starter' | 'subscribed';

/** An installed pack. Its records are the blocks whose `setId` equals the pack's `setId`. */
export interface PackRow {
  id: string;
  version: number;
  name: string;
  published: string;
  source: PackSource;
  manifest: PackManifest;
  /** ISO timestamp. */
  installedAt: string;
  recordCount: number;
  /**
   * The record set this version's records were written under. Installing writes a new set
   * aside and then points this field at it in one transaction — that is the atomic swap.
   */
  setId: string;
  /** Whether the set's blocks cover disjoint id ranges per kind (lib/store/record-blocks.ts). */
  ordered?: boolean;
}

/** A pack record as versions 1–3 stored it, one row each; version 4 keeps blocks instead. */
export interface RecordRow {
  setId: string;
  id: string;
  kind: PackRecord['kind'];
  /** `record.outlet.domains` of an entity, indexed to find a page's outlet by hostname. */
  domains: string[];
  record: PackRecord;
}

/** An entity the reader added; no pack ever writes or deletes these. */
export interface OwnEntityRow {
  id: string;
  record: EntityRecord;
  domains: string[];
  updated: string;
}

export interface NoteRow {
  kind: 'entity' | 'claim';
  /** The entity or claim the note is about. */
  id: string;
  text: string;
  updated: string;
}

/**
 * Per subscribed pack: where it comes from and how its syncs went. Written and parsed by the sync
 * (`SyncState` in lib/sync/sync-state.ts); the store keys it by pack, writes it in the transaction
 * that swaps in the version it names and deletes it with the pack. Typed loosely, because a row
 * an older version wrote may no longer parse.
 */
export interface SyncStateRow {
  packId: string;
  [field: string]: unknown;
}

/** Verified shard bytes by their SHA-256: the sync's cache, so a new version downloads only changes. */
export interface ShardRow {
  /** The shard's SHA-256 (hex), or `<sha256>/<part>` for its further parts (lib/store/parts.ts). */
  sha256: string;
  bytes: Uint8Array;
  /** Rows the shard is stored in; absent for one (rows written before parts). */
  parts?: number;
}

/**
 * A compiled matcher index ("selfie"), valid while `sourceKey` equals the data version it was
 * built from. Large selfies are kept in parts (lib/store/compiled-index.ts): the first row holds
 * `parts`, the others are keyed `<key>/<n>`.
 */
export interface CompiledRow {
  key: string;
  formatVersion: number;
  sourceKey: string;
  bytes: Uint8Array;
  /** How many rows the selfie spans, this one included; 1 when absent (rows written before parts). */
  parts?: number;
}

export interface MetaRow {
  key: string;
  value: number;
}

export const DATA_VERSION_KEY = 'dataVersion';

/**
 * The schema history, append-only: a released version is never edited, a change is a new entry
 * with an `upgrade()` that brings the old data along (STYLE.md habit 6).
 */
const SCHEMA_HISTORY: ((db: Dexie) => void)[] = [
  (db) => {
    db.version(1).stores({
      packs: 'id',
      records: '[setId+id], id, kind, setId',
      ownEntities: 'id',
      notes: 'id',
    });
  },
  (db) => {
    db.version(2)
      .stores({
        packs: 'id, source',
        records: '[setId+id], id, kind, setId, *domains, [setId+kind+id]',
        ownEntities: 'id, *domains',
        notes: 'id',
        syncState: 'packId',
        compiled: 'key',
        meta: 'key',
      })
      .upgrade(async (tx: Transaction) => {
        // v1 knew no pack sources and kept no record counts; only the starter pack was installed
        // without a subscription.
        for (const pack of await tx.table('packs').toArray()) {
          const recordCount = await tx.table('records').where('setId').equals(pack.setId).count();
          await tx
            .table('packs')
            .put({ ...pack, source: pack.id === 'starter' ? 'starter' : 'subscribed', recordCount });
        }
        await tx
          .table('records')
          .toCollection()
          .modify((row: RecordRow) => {
            row.domains = domainsOf(row.record);
          });
        await tx
          .table('ownEntities')
          .toCollection()
          .modify((row: OwnEntityRow) => {
            row.domains = domainsOf(row.record);
          });
        // v1 stored note times as epoch milliseconds.
        await tx
          .table('notes')
          .toCollection()
          .modify((row: { updated: number | string }) => {
            if (typeof row.updated === 'number') row.updated = new Date(row.updated).toISOString();
          });
        await tx.table('meta').put({ key: DATA_VERSION_KEY, value: 1 });
      });
  },
  (db) => {
    // Version 2 shipped without giving notes the `kind` they gained with it (issue 15, finding 7):
    // every note it upgraded then failed the `Note` schema, which broke the options page's notes
    // list and made exports that could not be imported again. This step gives them their kind,
    // both on the way up from version 1 and in stores already upgraded to the broken version 2.
    db.version(3)
      .stores({})
      .upgrade(async (tx: Transaction) => {
        const ownEntityIds = new Set(await tx.table('ownEntities').toCollection().primaryKeys());
        const records = tx.table('records');
        const notes = await tx.table('notes').toArray();
        for (const note of notes as { id: string; kind?: unknown }[]) {
          if (note.kind === 'entity' || note.kind === 'claim') continue;
          await tx.table('notes').put({ ...note, kind: await noteKind(note.id, ownEntityIds, records) });
        }
      });
  },
  (db) => {
    // Records move from one row each into blocks (lib/store/record-blocks.ts): installing a pack
    // of a million aliases wrote 270,000 rows with five index entries each (issue 16).
    db.version(4)
      .stores({ records: null, blocks: '[setId+kind+first], setId, *domains' })
      .upgrade(async (tx: Transaction) => {
        for (const pack of await tx.table('packs').toArray()) {
          for (const kind of ['entity', 'source', 'claim'] as const) {
            await moveIntoBlocks(tx, pack.setId, kind);
          }
          await tx.table('packs').put({ ...pack, ordered: true });
        }
      });
  },
  (db) => {
    // The sync's states and shard cache move here from its own database (issue 15, finding 8):
    // apart, a crash between an install and its state write left a pack installed at one
    // version while its state named another, and a lost sync database stranded the packs.
    // Version 2 declared `syncState` already, but nothing ever wrote it. The rows of the sync's
    // database cannot be read inside this upgrade (another database), so it leaves a mark and
    // the first open moves them (lib/store/legacy-sync-database.ts).
    db.version(5)
      .stores({ shards: 'sha256' })
      .upgrade(async (tx: Transaction) => {
        await tx.table('meta').put({ key: LEGACY_SYNC_DATABASE_KEY, value: 1 });
      });
  },
  (db) => {
    // A block's records move from an array of JSON lines into one text (lib/store/record-blocks.ts):
    // putting the array cost three times as much in Chromium's worker (issue 11). Blocks made by
    // version 4's upgrade on the way here already have their text.
    db.version(6)
      .stores({})
      .upgrade(async (tx: Transaction) => {
        await tx
          .table('blocks')
          .toCollection()
          .modify((block: { lines?: string[]; text?: string }) => {
            if (block.lines === undefined) return;
            block.text = block.lines.join('\n');
            delete block.lines;
          });
      });
  },
];

/** Copies one kind of one set from the version-3 rows into blocks, a block's worth at a time. */
async function moveIntoBlocks(tx: Transaction, setId: string, kind: PackRecord['kind']): Promise<void> {
  let after: string | undefined;
  for (;;) {
    const rows: RecordRow[] = await tx
      .table('records')
      .where('[setId+kind+id]')
      .between([setId, kind, after ?? Dexie.minKey], [setId, kind, Dexie.maxKey], after === undefined, true)
      .limit(BLOCK_RECORDS)
      .toArray();
    if (rows.length > 0)
      await tx.table('blocks').bulkPut(
        toBlocks(
          setId,
          rows.map((row) => row.record),
        ),
      );
    if (rows.length < BLOCK_RECORDS) return;
    after = rows.at(-1)?.id;
  }
}

/**
 * What a note written before notes had a kind is about, found by its id: an own entity, else the
 * kind of a pack record with that id. A note whose record is gone (its pack was removed) counts
 * as one on an entity, because nothing tells anymore and entities are what most notes are about
 * (own entities are all entities); its text is kept either way and it stays listed and exported.
 */
async function noteKind(
  id: string,
  ownEntityIds: ReadonlySet<unknown>,
  records: Table<RecordRow, [string, string]>,
): Promise<NoteRow['kind']> {
  if (ownEntityIds.has(id)) return 'entity';
  const kinds = new Set((await records.where('id').equals(id).toArray()).map((row) => row.kind));
  return kinds.has('claim') && !kinds.has('entity') ? 'claim' : 'entity';
}

export const SCHEMA_VERSION = SCHEMA_HISTORY.length;

/** Declares the schema up to `version` (tests open older versions to check the upgrades). */
export function declareSchema(db: Dexie, version = SCHEMA_VERSION): void {
  for (const declare of SCHEMA_HISTORY.slice(0, version)) declare(db);
}

export class KnowledgeDatabase extends Dexie {
  packs!: Table<PackRow, string>;
  blocks!: Table<BlockRow, [string, string, string]>;
  ownEntities!: Table<OwnEntityRow, string>;
  notes!: Table<NoteRow, string>;
  syncState!: Table<SyncStateRow, string>;
  shards!: Table<ShardRow, string>;
  compiled!: Table<CompiledRow, string>;
  meta!: Table<MetaRow, string>;

  constructor(name = 'source-context') {
    super(name);
    declareSchema(this);
    // Before anything else reads the store: the sync states of an older version, in their own
    // database named after this one, move in (only after the upgrade to version 5 marked them).
    this.on('ready', (vip) => moveLegacySyncDatabase(vip as KnowledgeDatabase, `${name}-sync`));
  }
}

export function ownEntityRow(record: EntityRecord, updated: string): OwnEntityRow {
  return { id: record.id, record, domains: domainsOf(record), updated };
}

/** Call inside a read-write transaction that includes `meta`, alongside the change it marks. */
export async function bumpDataVersion(db: KnowledgeDatabase): Promise<void> {
  const current = await db.meta.get(DATA_VERSION_KEY);
  await db.meta.put({ key: DATA_VERSION_KEY, value: (current?.value ?? 0) + 1 });
}
