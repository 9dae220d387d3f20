import {
  type ArticleMemory,
  type CompiledIndex,
  deserializeIndex,
  INDEX_FORMAT_VERSION,
  IndexCompiler,
  indexSelfie,
  matchArticleSteps,
} from '../match';
import type { Details, MatchKind, Provenance, TextMatch } from '../messaging/protocol';
import type { ClaimRecord, EntityRecord, PackRecord, SourceRecord } from '../schema/records';
import { loadCompiledIndex, saveCompiledIndex } from '../store/compiled-index';
import { DataVersionCache } from '../store/data-version';
import type { KnowledgeDatabase } from '../store/database';
import { getNote, ownEntityIds } from '../store/own-data';
import {
  dataVersion,
  forEachClaim,
  forEachEntity,
  outletForHostname,
  recordsById,
  type Provenance as StoredProvenance,
  sourcesByIds,
} from '../store/queries';
import { runInSlices, Slicer } from '../time-slices';

const INDEX_KEY = 'entities-and-claims';

/**
 * The background's view of the knowledge store: the compiled matcher index, kept in memory while
 * the service worker lives and as a selfie in IndexedDB across wake-ups, rebuilt only when the
 * store's data version or the index format changes (docs/decisions/0004).
 */
export class Knowledge {
  private cached?: { version: number; index: CompiledIndex };
  private building?: Promise<CompiledIndex>;
  /** The reader's own entity ids as of a data version (saving one bumps it). */
  private own?: { version: number; ids: Promise<Set<string>> };
  private readonly versions: DataVersionCache;

  constructor(private readonly db: KnowledgeDatabase) {
    this.versions = new DataVersionCache(db);
  }

  async index(): Promise<CompiledIndex> {
    return this.indexOf(await this.versions.current());
  }

  private async indexOf(version: number): Promise<CompiledIndex> {
    if (this.cached?.version === version) return this.cached.index;
    this.building ??= this.loadOrBuild(version).finally(() => {
      this.building = undefined;
    });
    return this.building;
  }

  private async loadOrBuild(version: number): Promise<CompiledIndex> {
    const bytes = await loadCompiledIndex(this.db, INDEX_KEY, INDEX_FORMAT_VERSION, String(version));
    const index = bytes ? deserializeIndex(bytes) : await this.save(version, await this.compileFromStore());
    this.cached = { version, index };
    return index;
  }

  /** Stores `index` as the selfie of data version `version`. */
  private async save(version: number, index: CompiledIndex): Promise<CompiledIndex> {
    await saveCompiledIndex(
      this.db,
      { key: INDEX_KEY, formatVersion: INDEX_FORMAT_VERSION, sourceKey: String(version) },
      indexSelfie(index),
    );
    return index;
  }

  /**
   * Entities of every installed pack but `except`, and own entities, handed to `compiler` as the
   * store pages them in, so their records are never all in memory, and in time slices, as a
   * large store takes seconds to compile; claims after them, each read into the claim index as it
   * comes. False when an install swapped a pack meanwhile: the caller starts again, so the index
   * reflects one state.
   */
  private async addStored(compiler: IndexCompiler, slicer: Slicer, except?: string): Promise<boolean> {
    // A pause whenever the slice is used up, after a claim too: the starter pack's 342 wordings
    // read in one step were a task of 63–103 ms of Chromium's worker (issue 11).
    const inSlices =
      <T>(add: (record: T) => void) =>
      async (record: T) => {
        add(record);
        if (slicer.due()) await slicer.pause();
      };
    const entitiesUnchanged = await forEachEntity(
      this.db,
      inSlices((entity: EntityRecord) => compiler.addEntity(entity)),
      except,
    );
    const claimsUnchanged = await forEachClaim(
      this.db,
      inSlices((claim: ClaimRecord) => compiler.addClaim(claim)),
      except,
    );
    return entitiesUnchanged && claimsUnchanged;
  }

  private async compileFromStore(): Promise<CompiledIndex> {
    const slicer = new Slicer();
    for (;;) {
      const compiler = new IndexCompiler();
      if (await this.addStored(compiler, slicer)) {
        return runInSlices(compiler.finishSteps(), slicer);
      }
    }
  }

  /**
   * Compiles the index the store will need once the new version of `packId`, streaming through
   * `shards` to the install, is swapped in: every other pack and own entity from the store
   * first, then the new records as they pass, so the index is ready with the install instead
   * of being compiled from the store after it (issue 16). Used only when nothing else changed
   * the store meanwhile: the data version after the swap must be the one before it plus the
   * swap's own step; otherwise the next request compiles from the store as before.
   */
  watchInstall(
    packId: string,
    shards: AsyncIterable<readonly PackRecord[]>,
  ): { shards: AsyncIterable<readonly PackRecord[]>; committed: () => Promise<void> } {
    const slicer = new Slicer();
    // Let go of once the index is built: kept until the selfie was written, the compiler's 15
    // MB (100,000 entities) were live at the end of the install, when the worker's memory peaks
    // (`sync.entities_100k.chromium_peak_mb`, issue 16).
    let compiler: IndexCompiler | undefined = new IndexCompiler();
    let base: number | undefined;
    let complete = false;
    const db = this.db;
    const addStored = () => this.addStored(compiler!, slicer, packId);
    async function* passing(): AsyncGenerator<readonly PackRecord[]> {
      const before = await dataVersion(db);
      if ((await addStored()) && (await dataVersion(db)) === before) base = before;
      for await (const records of shards) {
        if (base !== undefined) {
          for (const record of records) {
            if (record.kind === 'entity') compiler!.addEntity(record);
            else if (record.kind === 'claim') compiler!.addClaim(record);
            if (slicer.due()) await slicer.pause();
          }
        }
        yield records;
      }
      complete = true;
    }
    const committed = async () => {
      if (!complete || base === undefined) return;
      const version = await dataVersion(this.db);
      if (version !== base + 1 || this.building) return;
      this.building = (async () => {
        const index = await runInSlices(compiler!.finishSteps(), slicer);
        compiler = undefined;
        this.cached = { version, index };
        return this.save(version, index);
      })().finally(() => {
        this.building = undefined;
      });
    };
    return { shards: passing(), committed };
  }

  /** `article` carries the context of earlier batches of the same article (lib/match/match-article.ts). */
  async match(blocks: string[], lang: string | undefined, article?: ArticleMemory): Promise<TextMatch[]> {
    // Nothing read from the store while it has not changed: the data version and the own ids took
    // 3.4–4.8 ms of the reply's median in Chromium, up to 150 ms (replyfast, 2026-12-08).
    const version = await this.versions.current();
    const [index, own] = await Promise.all([this.indexOf(version), this.ownIds(version)]);
    // In slices: the first article after the worker starts took up to 44 ms of CPU in one task.
    const matches = await runInSlices(
      matchArticleSteps(blocks, index, {
        ...(lang === undefined ? {} : { lang }),
        ...(article ? { article } : {}),
      }),
    );
    if (own.size === 0) return matches;
    return matches.map((match) =>
      match.kind === 'entity' && own.has(match.id) ? { ...match, own: true } : match,
    );
  }

  private ownIds(version: number): Promise<Set<string>> {
    if (this.own?.version === version) return this.own.ids;
    const ids = ownEntityIds(this.db);
    this.own = { version, ids };
    // A failed read is not kept: the next request reads again.
    ids.catch(() => {
      if (this.own?.ids === ids) this.own = undefined;
    });
    return ids;
  }

  /** The name a reader sees for an id: the reader's own record first, then packs by id. */
  async displayName(id: string): Promise<string | undefined> {
    const [first] = await recordsById(this.db, id);
    if (!first) return undefined;
    const { record } = first;
    if (record.kind === 'entity') return record.name;
    if (record.kind === 'claim') return record.title.en ?? Object.values(record.title)[0];
    return record.title;
  }

  /** The outlet publishing on a hostname (or a domain it belongs to), for the popup. */
  async outlet(hostname: string) {
    const found = await outletForHostname(this.db, hostname);
    if (!found?.record.outlet) return undefined;
    return {
      id: found.record.id,
      name: found.record.name,
      profile: found.record.outlet,
      provenance: toMessageProvenance(found.provenance),
    };
  }

  async details(kind: MatchKind, id: string): Promise<Details | null> {
    const versions = (await recordsById(this.db, id)).flatMap(({ record, provenance }) =>
      record.kind === kind && (record.kind === 'entity' || record.kind === 'claim')
        ? [{ record, provenance: toMessageProvenance(provenance) }]
        : [],
    );
    if (versions.length === 0) return null;
    const sources: SourceRecord[] = [];
    const referenced = new Set<string>();
    for (const { record, provenance } of versions) {
      if (record.kind === 'claim') {
        if (record.claimant) referenced.add(record.claimant);
        for (const entity of record.entities) referenced.add(entity);
        const refs = record.sources.flatMap((source) => ('ref' in source ? [source.ref] : []));
        if (refs.length > 0) sources.push(...(await sourcesByIds(this.db, provenance.packId, refs)).values());
      } else {
        for (const role of record.roles) if (role.organization) referenced.add(role.organization);
      }
    }
    const names: Record<string, string> = {};
    for (const ref of referenced) names[ref] = (await this.displayName(ref)) ?? ref;
    const note = await getNote(this.db, id);
    return {
      kind,
      id,
      versions,
      sources,
      names,
      ...(note ? { note: { text: note.text, updated: note.updated } } : {}),
    };
  }
}

function toMessageProvenance(provenance: StoredProvenance): Provenance {
  if (provenance.source === 'own') return { source: 'own', packId: 'own', packName: '', version: 0 };
  return {
    source: provenance.source,
    packId: provenance.packId,
    packName: provenance.packName,
    version: provenance.version,
    published: provenance.published,
  };
}
