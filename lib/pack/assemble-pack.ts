import { concatBytes } from '../bytes';
import { PACK_FORMAT, type PackManifest } from '../schema/manifest';
import type { PackRecord } from '../schema/records';
import { canonicalJson } from './canonical-json';
import { sha256Hex } from './digest';
import { BUILD_SHARD_BYTES } from './limits';

/** What a pack says about itself, apart from its shards. */
export type PackMeta = Pick<
  PackManifest,
  'id' | 'name' | 'description' | 'version' | 'published' | 'languages'
>;

export interface AssembledPack {
  manifest: PackManifest;
  /** Shard bytes by path; `manifest.json` is not among them (it may still be signed). */
  shards: Map<string, Uint8Array>;
}

const KIND_ORDER: Record<PackRecord['kind'], number> = { entity: 0, source: 1, claim: 2 };

/**
 * Lays records out as a pack: sorted by kind then id, one canonical-JSON line each, split by
 * kind into shards of at most `shardBytes` (`entity-001.ndjson`, `entity-002.ndjson`, …).
 * Same records in any order → same bytes.
 */
export async function assemblePack(
  meta: PackMeta,
  records: readonly PackRecord[],
  shardBytes = BUILD_SHARD_BYTES,
): Promise<AssembledPack> {
  const sorted = [...records].sort(
    (a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const encoder = new TextEncoder();
  const groups: { kind: PackRecord['kind']; lines: Uint8Array[]; bytes: number }[] = [];
  for (const record of sorted) {
    const line = encoder.encode(`${canonicalJson(record)}\n`);
    const last = groups.at(-1);
    if (last && last.kind === record.kind && last.bytes + line.length <= shardBytes) {
      last.lines.push(line);
      last.bytes += line.length;
    } else {
      groups.push({ kind: record.kind, lines: [line], bytes: line.length });
    }
  }
  const shards = new Map<string, Uint8Array>();
  const entries: PackManifest['shards'] = [];
  const counters = new Map<string, number>();
  for (const group of groups) {
    const count = (counters.get(group.kind) ?? 0) + 1;
    counters.set(group.kind, count);
    const path = `${group.kind}-${String(count).padStart(3, '0')}.ndjson`;
    const bytes = concatBytes(group.lines);
    shards.set(path, bytes);
    entries.push({ path, sha256: await sha256Hex(bytes), bytes: bytes.length, records: group.lines.length });
  }
  const manifest: PackManifest = {
    format: PACK_FORMAT,
    id: meta.id,
    name: meta.name,
    ...(meta.description === undefined ? {} : { description: meta.description }),
    version: meta.version,
    published: meta.published,
    languages: meta.languages,
    shards: entries,
  };
  return { manifest, shards };
}

/** manifest.json as written: canonical JSON, so rebuilding the same pack gives the same bytes. */
export function manifestBytes(manifest: PackManifest): Uint8Array {
  return new TextEncoder().encode(`${canonicalJson(manifest)}\n`);
}
