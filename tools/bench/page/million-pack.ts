import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assemblePack, manifestBytes } from '../../../lib/pack/assemble-pack';
import { BUILD_SHARD_BYTES, PACK_LIMITS } from '../../../lib/pack/limits';
import { MANIFEST_FILE } from '../../../lib/pack/read-pack';
import type { PackManifest } from '../../../lib/schema/manifest';
import { generateClaims } from '../claims/claim-generator';
import { generatePeople } from '../match/alias-generator';
import { loadNewsTexts } from '../match/news-texts';

/**
 * A knowledge pack of 1,000,000 generated aliases for the page benchmark: 250,000 people from
 * the matcher benchmark's seeded generator (tools/bench/match/alias-generator.ts; four name
 * forms each — Latin with diacritics with and without a middle name, Ukrainian and Russian
 * Cyrillic), laid out by lib/pack's `assemblePack` into shards of `BUILD_SHARD_BYTES`, exactly
 * as `pack build` would publish it, and written to a fresh temporary folder. With `claims`, that
 * many fact-check-sized claims (tools/bench/claims/claim-generator.ts) are in it too.
 */

export const PACK_ALIASES = 1_000_000;
export const PACK_ID = 'bench-million';

export interface WrittenPack {
  dir: string;
  manifest: PackManifest;
  aliasCount: number;
  entityCount: number;
  claimCount: number;
  bytes: number;
  /**
   * A generated person, with a title of theirs to put before the name: with only seventy first
   * names in the generator every full name is common (decision 0008) and needs such support.
   */
  probe: { id: string; name: string; title: string };
  /** Removes the folder. */
  remove: () => Promise<void>;
}

export async function writeMillionAliasPack(aliases = PACK_ALIASES, claims = 0): Promise<WrittenPack> {
  const { entities, aliasCount } = generatePeople(aliases);
  const claimRecords = claims > 0 ? generateClaims(claims, loadNewsTexts().all) : [];
  const { manifest, shards } = await assemblePack(
    {
      id: PACK_ID,
      name: 'Benchmark: one million generated aliases',
      version: 1,
      published: '2026-11-28',
      languages: ['en', 'de', 'uk', 'ru'],
    },
    [...entities, ...claimRecords],
    BUILD_SHARD_BYTES,
  );
  const bytes = manifest.shards.reduce((sum, shard) => sum + shard.bytes, 0);
  // The reader's limits, checked here so a pack the extension would refuse fails loudly, by name.
  const manifestFile = manifestBytes(manifest);
  if (manifestFile.length > PACK_LIMITS.manifestBytes || bytes > PACK_LIMITS.packBytes) {
    throw new Error(
      `the generated pack exceeds the reader's limits: manifest ${manifestFile.length} B, pack ${bytes} B`,
    );
  }
  const dir = await mkdtemp(join(tmpdir(), 'page-bench-pack-'));
  for (const [path, shard] of shards) await writeFile(join(dir, path), shard);
  await writeFile(join(dir, MANIFEST_FILE), manifestFile);
  return {
    dir,
    manifest,
    aliasCount,
    entityCount: entities.length,
    claimCount: claimRecords.length,
    bytes,
    probe: { id: entities[0]!.id, name: entities[0]!.name, title: entities[0]!.titles?.de?.[0] ?? '' },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
