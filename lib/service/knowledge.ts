import {
  type ArticleMemory,
  type CompiledIndex,
  deserializeIndex,
  INDEX_FORMAT_VERSION,
  IndexCompiler,
  matchArticle,
  serializeIndexSteps,
} from '../match';
import type { Details, MatchKind, Provenance, TextMatch } from '../messaging/protocol';
import type { ClaimRecord, SourceRecord } from '../schema/records';
import { loadCompiledIndex, saveCompiledIndex } from '../store/compiled-index';
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

  constructor(private readonly db: KnowledgeDatabase) {}

  async index(): Promise<CompiledIndex> {
    const version = await dataVersion(this.db);
    if (this.cached?.version === version) return this.cached.index;
    this.building ??= this.loadOrBuild(version).finally(() => {
      this.building = undefined;
    });
    return this.building;
  }

  private async loadOrBuild(version: number): Promise<CompiledIndex> {
    const sourceKey = String(version);
    const bytes = await loadCompiledIndex(this.db, INDEX_KEY, INDEX_FORMAT_VERSION, sourceKey);
    let index: CompiledIndex;
    if (bytes) {
      index = deserializeIndex(bytes);
    } else {
      index = await this.compileFromStore();
      await saveCompiledIndex(this.db, {
        key: INDEX_KEY,
        formatVersion: INDEX_FORMAT_VERSION,
        sourceKey,
        bytes: await runInSlices(serializeIndexSteps(index)),
      });
    }
    this.cached = { version, index };
    return index;
  }

  /**
   * Entities are compiled as the store pages them in, so their records are never all in memory,
   * and in time slices, as a large store takes seconds to compile; read again when an install
   * swapped a pack meanwhile, so the index reflects one state of the store.
   */
  private async compileFromStore(): Promise<CompiledIndex> {
    const slicer = new Slicer();
    for (;;) {
      const compiler = new IndexCompiler();
      const claims: ClaimRecord[] = [];
      const entitiesUnchanged = await forEachEntity(this.db, async (entity) => {
        compiler.addEntity(entity);
        if (slicer.due()) await slicer.pause();
      });
      const claimsUnchanged = await forEachClaim(this.db, (claim) => void claims.push(claim));
      if (entitiesUnchanged && claimsUnchanged) return runInSlices(compiler.finishSteps(claims), slicer);
    }
  }

  /** `article` carries the context of earlier batches of the same article (lib/match/match-article.ts). */
  async match(blocks: string[], lang: string | undefined, article?: ArticleMemory): Promise<TextMatch[]> {
    const matches = matchArticle(blocks, await this.index(), {
      ...(lang === undefined ? {} : { lang }),
      ...(article ? { article } : {}),
    });
    const own = await ownEntityIds(this.db);
    if (own.size === 0) return matches;
    return matches.map((match) =>
      match.kind === 'entity' && own.has(match.id) ? { ...match, own: true } : match,
    );
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
