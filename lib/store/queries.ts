import Dexie from 'dexie';
import type { ClaimRecord, EntityRecord, PackRecord, SourceRecord } from '../schema/records';
import { DATA_VERSION_KEY, type KnowledgeDatabase, type PackRow, type PackSource } from './database';

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
 * Records per page: reading, cloning and visiting a page is one task of the background, which
 * with a thousand records took 100–500 ms in Chromium; a cursor step per record is far slower
 * (in fake-indexeddb: 6.7 s for 5000 records by cursor).
 */
const PAGE = 250;

/**
 * Records of one kind in one set, read in pages along the `[setId+kind+id]` index, each page in
 * its own transaction so that `visit` may pause between records (the background compiles the
 * index in time slices). A set never changes once installed — a new version is a new set — so
 * pages of a set that still exists afterwards agree (see `visitSets`).
 */
async function eachOfKind(
  db: KnowledgeDatabase,
  setId: string,
  kind: PackRecord['kind'],
  visit: (record: PackRecord) => void | Promise<void>,
): Promise<void> {
  let after: string | undefined;
  for (;;) {
    const page = await db.records
      .where('[setId+kind+id]')
      .between([setId, kind, after ?? Dexie.minKey], [setId, kind, Dexie.maxKey], after === undefined, true)
      .limit(PAGE)
      .toArray();
    for (const row of page) await visit(row.record);
    if (page.length < PAGE) return;
    after = page.at(-1)?.id;
  }
}

/**
 * Changes whenever installed packs or own entities change: the compiled matcher index stores
 * the value it was built from and is rebuilt when it differs.
 */
export async function dataVersion(db: KnowledgeDatabase): Promise<number> {
  return (await db.meta.get(DATA_VERSION_KEY))?.value ?? 0;
}

/**
 * Visits the records of `kind` of every installed pack. True when the installed sets were the
 * same before and after, i.e. everything visited belongs to one state of the store; false when
 * an install or removal swapped a set meanwhile (part of a removed set may have been visited),
 * and the caller should visit again.
 */
async function visitSets(
  db: KnowledgeDatabase,
  kind: PackRecord['kind'],
  visit: (record: PackRecord, pack: PackRow) => void | Promise<void>,
): Promise<boolean> {
  const setIds = (packs: Map<string, PackRow>) => [...packs.keys()].sort().join(' ');
  const packs = await activePacks(db);
  for (const pack of packs.values()) {
    await eachOfKind(db, pack.setId, kind, (record) => visit(record, pack));
  }
  return setIds(await activePacks(db)) === setIds(packs);
}

/**
 * Visits every entity of every installed pack, then the reader's own entities, one at a time
 * and without loading them all at once — for compiling the matcher index. `visit` may pause
 * (see `eachOfKind`). False when the packs changed meanwhile: visit again for one state.
 */
export async function forEachEntity(
  db: KnowledgeDatabase,
  visit: (entity: EntityRecord, provenance: Provenance) => void | Promise<void>,
): Promise<boolean> {
  const unchanged = await visitSets(db, 'entity', async (record, pack) => {
    if (record.kind === 'entity') await visit(record, provenanceOf(pack));
  });
  for (const row of await db.ownEntities.toArray()) await visit(row.record, { source: 'own' });
  return unchanged;
}

/** Visits every claim of every installed pack, like `forEachEntity`. */
export async function forEachClaim(
  db: KnowledgeDatabase,
  visit: (claim: ClaimRecord, provenance: Provenance) => void | Promise<void>,
): Promise<boolean> {
  return visitSets(db, 'claim', async (record, pack) => {
    if (record.kind === 'claim') await visit(record, provenanceOf(pack));
  });
}

/** Every record with this id: the reader's own first, then packs by id. */
export async function recordsById(db: KnowledgeDatabase, id: string): Promise<RecordWithProvenance[]> {
  return db.transaction('r', [db.packs, db.records, db.ownEntities], async () => {
    const packs = await activePacks(db);
    const own = await db.ownEntities.get(id);
    const fromPacks = (await db.records.where('id').equals(id).toArray()).flatMap((row) => {
      const pack = packs.get(row.setId);
      return pack ? [{ record: row.record, provenance: provenanceOf(pack), packId: pack.id }] : [];
    });
    fromPacks.sort((a, b) => (a.packId < b.packId ? -1 : 1));
    return [
      ...(own ? [{ record: own.record, provenance: { source: 'own' } as const }] : []),
      ...fromPacks.map(({ record, provenance }) => ({ record, provenance })),
    ];
  });
}

/** The shared `source` records a claim of `packId` refers to (references stay inside a pack). */
export async function sourcesByIds(
  db: KnowledgeDatabase,
  packId: string,
  ids: readonly string[],
): Promise<Map<string, SourceRecord>> {
  return db.transaction('r', [db.packs, db.records], async () => {
    const pack = await db.packs.get(packId);
    const found = new Map<string, SourceRecord>();
    if (!pack) return found;
    const rows = await db.records.bulkGet(ids.map((id) => [pack.setId, id] as [string, string]));
    for (const row of rows) if (row?.record.kind === 'source') found.set(row.id, row.record);
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
  return db.transaction('r', [db.packs, db.records, db.ownEntities], async () => {
    const packs = await activePacks(db);
    const found: { record: EntityRecord; provenance: Provenance; rank: number; order: string }[] = [];
    const rank = (domains: string[]) =>
      Math.max(...domains.filter((d) => candidates.includes(d)).map((d) => d.length));
    for (const row of await db.ownEntities.where('domains').anyOf(candidates).toArray()) {
      found.push({ record: row.record, provenance: { source: 'own' }, rank: rank(row.domains), order: '' });
    }
    for (const row of await db.records.where('domains').anyOf(candidates).toArray()) {
      const pack = packs.get(row.setId);
      if (pack && row.record.kind === 'entity') {
        found.push({
          record: row.record,
          provenance: provenanceOf(pack),
          rank: rank(row.domains),
          order: pack.id,
        });
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
