import Dexie from 'dexie';
import type { ClaimRecord, EntityRecord, PackRecord, SourceRecord } from '../schema/records';
import { DATA_VERSION_KEY, type KnowledgeDatabase, type PackRow, type PackSource } from './database';
import { type BlockRow, domainsOf, recordIn, recordsIn } from './record-blocks';

/** Where a record shown to the reader comes from. */
export type Provenance =
  | { source: 'own' }
  | { source: PackSource; packId: string; packName: string; version: number; published: string };

export interface RecordWithProvenance {
  record: PackRecord;
  provenance: Provenance;
}

export interface PackSummary {
  id: string;
  name: string;
  version: number;
  published: string;
  source: PackSource;
  records: number;
  installedAt: string;
}

function provenanceOf(pack: PackRow): Provenance {
  return {
    source: pack.source,
    packId: pack.id,
    packName: pack.name,
    version: pack.version,
    published: pack.published,
  };
}

/** Installed packs by their active record set; rows of any other set are staged or stale. */
async function activePacks(db: KnowledgeDatabase): Promise<Map<string, PackRow>> {
  return new Map((await db.packs.toArray()).map((pack) => [pack.setId, pack]));
}

/**
 * Records of one kind in one set, read a block at a time, each block in its own transaction so
 * that `visit` may pause between records (the background compiles the index in time slices).
 * A set never changes once installed — a new version is a new set — so blocks of a set that
 * still exists afterwards agree (see `visitSets`).
 */
async function eachOfKind(
  db: KnowledgeDatabase,
  setId: string,
  kind: PackRecord['kind'],
  visit: (record: PackRecord) => void | Promise<void>,
): Promise<void> {
  let after: string | undefined;
  for (;;) {
    const block = await db.blocks
      .where('[setId+kind+first]')
      .between([setId, kind, after ?? Dexie.minKey], [setId, kind, Dexie.maxKey], after === undefined, true)
      .first();
    if (!block) return;
    for (const record of recordsIn(block)) await visit(record);
    after = block.first;
  }
}

/**
 * The record of `kind` with `id` in a pack's set: in the one block that can hold it when the
 * set's blocks are in order, else in any block of the kind (lib/store/record-blocks.ts).
 * Call inside a transaction over `blocks`.
 */
async function findInSet(
  db: KnowledgeDatabase,
  pack: PackRow,
  kind: PackRecord['kind'],
  id: string,
): Promise<PackRecord | undefined> {
  const upTo = db.blocks
    .where('[setId+kind+first]')
    .between([pack.setId, kind, Dexie.minKey], [pack.setId, kind, id], true, true);
  if (pack.ordered) {
    const block = await upTo.last();
    return block && id <= block.last ? recordIn(block, id) : undefined;
  }
  for (const block of await upTo.toArray()) {
    const found = id <= block.last ? recordIn(block, id) : undefined;
    if (found) return found;
  }
  return undefined;
}

const KINDS: readonly PackRecord['kind'][] = ['entity', 'claim', 'source'];

/**
 * Changes whenever installed packs or own entities change: the compiled matcher index stores
 * the value it was built from and is rebuilt when it differs.
 */
export async function dataVersion(db: KnowledgeDatabase): Promise<number> {
  return (await db.meta.get(DATA_VERSION_KEY))?.value ?? 0;
}

/**
 * Visits the records of `kind` of every installed pack but `except`. True when the installed sets were the
 * same before and after, i.e. everything visited belongs to one state of the store; false when
 * an install or removal swapped a set meanwhile (part of a removed set may have been visited),
 * and the caller should visit again.
 */
async function visitSets(
  db: KnowledgeDatabase,
  kind: PackRecord['kind'],
  visit: (record: PackRecord, pack: PackRow) => void | Promise<void>,
  except?: string,
): Promise<boolean> {
  const setIds = (packs: Map<string, PackRow>) => [...packs.keys()].sort().join(' ');
  const packs = await activePacks(db);
  for (const pack of packs.values()) {
    if (pack.id === except) continue;
    await eachOfKind(db, pack.setId, kind, (record) => visit(record, pack));
  }
  return setIds(await activePacks(db)) === setIds(packs);
}

/**
 * Visits every entity of every installed pack, then the reader's own entities, one at a time
 * and without loading them all at once — for compiling the matcher index. `visit` may pause
 * (see `eachOfKind`). False when the packs changed meanwhile: visit again for one state.
 * `except` leaves one pack out (the one an install is replacing).
 */
export async function forEachEntity(
  db: KnowledgeDatabase,
  visit: (entity: EntityRecord, provenance: Provenance) => void | Promise<void>,
  except?: string,
): Promise<boolean> {
  const unchanged = await visitSets(
    db,
    'entity',
    async (record, pack) => {
      if (record.kind === 'entity') await visit(record, provenanceOf(pack));
    },
    except,
  );
  for (const row of await db.ownEntities.toArray()) await visit(row.record, { source: 'own' });
  return unchanged;
}

/** Visits every claim of every installed pack, like `forEachEntity`. */
export async function forEachClaim(
  db: KnowledgeDatabase,
  visit: (claim: ClaimRecord, provenance: Provenance) => void | Promise<void>,
  except?: string,
): Promise<boolean> {
  return visitSets(
    db,
    'claim',
    async (record, pack) => {
      if (record.kind === 'claim') await visit(record, provenanceOf(pack));
    },
    except,
  );
}

/** Every record with this id: the reader's own first, then packs by id. */
export async function recordsById(db: KnowledgeDatabase, id: string): Promise<RecordWithProvenance[]> {
  return db.transaction('r', [db.packs, db.blocks, db.ownEntities], async () => {
    const packs = [...(await activePacks(db)).values()].sort((a, b) => (a.id < b.id ? -1 : 1));
    const own = await db.ownEntities.get(id);
    const fromPacks: RecordWithProvenance[] = [];
    for (const pack of packs) {
      for (const kind of KINDS) {
        const record = await findInSet(db, pack, kind, id);
        if (record) fromPacks.push({ record, provenance: provenanceOf(pack) });
      }
    }
    return [...(own ? [{ record: own.record, provenance: { source: 'own' } as const }] : []), ...fromPacks];
  });
}

/** The shared `source` records a claim of `packId` refers to (references stay inside a pack). */
export async function sourcesByIds(
  db: KnowledgeDatabase,
  packId: string,
  ids: readonly string[],
): Promise<Map<string, SourceRecord>> {
  return db.transaction('r', [db.packs, db.blocks], async () => {
    const pack = await db.packs.get(packId);
    const found = new Map<string, SourceRecord>();
    if (!pack) return found;
    for (const id of ids) {
      const record = await findInSet(db, pack, 'source', id);
      if (record?.kind === 'source') found.set(id, record);
    }
    return found;
  });
}

/** `news.example.co.uk` → `news.example.co.uk`, `example.co.uk`, `co.uk`: domains that would cover it. */
function coveringDomains(hostname: string): string[] {
  const labels = hostname.toLowerCase().replace(/\.$/, '').split('.');
  return labels.slice(0, -1).map((_, index) => labels.slice(index).join('.'));
}

/**
 * The outlet publishing on `hostname`: an entity whose `outlet.domains` lists the hostname or a
 * domain it is a subdomain of. The most specific domain wins (`de.rt.com` over `rt.com`); on a
 * tie the reader's own entity wins, then packs by id.
 */
export async function outletForHostname(
  db: KnowledgeDatabase,
  hostname: string,
): Promise<{ record: EntityRecord; provenance: Provenance } | undefined> {
  const candidates = coveringDomains(hostname);
  if (candidates.length === 0) return undefined;
  return db.transaction('r', [db.packs, db.blocks, db.ownEntities], async () => {
    const packs = await activePacks(db);
    const found: { record: EntityRecord; provenance: Provenance; rank: number; order: string }[] = [];
    const rank = (domains: string[]) =>
      Math.max(...domains.filter((d) => candidates.includes(d)).map((d) => d.length));
    for (const row of await db.ownEntities.where('domains').anyOf(candidates).toArray()) {
      found.push({ record: row.record, provenance: { source: 'own' }, rank: rank(row.domains), order: '' });
    }
    const blocks: BlockRow[] = await db.blocks.where('domains').anyOf(candidates).distinct().toArray();
    for (const block of blocks) {
      const pack = packs.get(block.setId);
      if (!pack) continue;
      for (const record of recordsIn(block)) {
        const domains = domainsOf(record);
        if (record.kind !== 'entity' || !domains.some((domain) => candidates.includes(domain))) continue;
        found.push({ record, provenance: provenanceOf(pack), rank: rank(domains), order: pack.id });
      }
    }
    found.sort((a, b) => b.rank - a.rank || (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
    const best = found[0];
    return best && { record: best.record, provenance: best.provenance };
  });
}

export async function packsSummary(db: KnowledgeDatabase): Promise<PackSummary[]> {
  return (await db.packs.orderBy('id').toArray()).map((pack) => ({
    id: pack.id,
    name: pack.name,
    version: pack.version,
    published: pack.published,
    source: pack.source,
    records: pack.recordCount,
    installedAt: pack.installedAt,
  }));
}

/** Records in the store, of installed sets and any staged or stale ones alike. */
export async function storedRecordCount(db: KnowledgeDatabase): Promise<number> {
  let count = 0;
  await db.blocks.each((block) => {
    count += block.ids.length;
  });
  return count;
}
