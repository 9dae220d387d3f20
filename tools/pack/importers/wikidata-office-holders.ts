import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PackManifest } from '../../../lib/schema/manifest';
import { buildPack } from '../build-pack';
import { importWikidata } from './wikidata';

const ROOT = resolve(import.meta.dirname, '../../..');
const PACK_SOURCE = join(ROOT, 'packs/office-holders');
const DUMP = join(PACK_SOURCE, 'source/public-office-holders.wikidata.json.gz');
/** Not committed (.gitignore has .output/): 115,000 YAML files and 100 MB of shards. */
export const OFFICE_HOLDERS_OUT = join(ROOT, '.output/packs/office-holders');
const STAMP = 'built-from.txt';
/** What the built pack depends on besides the dump: the pack's metadata and the importer. */
const INPUTS = [
  DUMP,
  join(PACK_SOURCE, 'pack.yaml'),
  ...['wikidata.ts', 'wikidata-input.ts', 'wikidata-json.ts', 'wikidata-scope.ts', 'wikidata-types.ts'].map(
    (file) => join(import.meta.dirname, file),
  ),
];

/**
 * `npm run pack:office-holders`: the office-holders dump (packs/office-holders/PROVENANCE.md) →
 * pack sources → a pack in `<out>/pack`, ready for any static host. The default classes keep the
 * people; the dump's position items only lend their labels to the roles. Dated 2022-06, when its
 * queries began (`--as-of`). Skips the work when the pack was built from the same inputs, so the e2e test
 * and the benchmark can call it on every run.
 */
export async function buildOfficeHoldersPack(
  outDir = OFFICE_HOLDERS_OUT,
): Promise<{ dir: string; manifest: PackManifest; reused: boolean }> {
  const packDir = join(outDir, 'pack');
  const hash = createHash('sha256');
  for (const file of INPUTS) hash.update(await readFile(file));
  const stamp = hash.digest('hex');
  const previous = await readFile(join(outDir, STAMP), 'utf8').catch(() => '');
  if (previous === stamp) {
    const manifest = JSON.parse(await readFile(join(packDir, 'manifest.json'), 'utf8')) as PackManifest;
    return { dir: packDir, manifest, reused: true };
  }
  const sourceDir = join(outDir, 'source');
  await rm(outDir, { recursive: true, force: true });
  await mkdir(sourceDir, { recursive: true });
  await importWikidata(DUMP, {
    langs: ['en', 'de', 'fr', 'ru', 'uk'],
    outDir: sourceDir,
    asOf: '2022-06',
  });
  await copyFile(join(PACK_SOURCE, 'pack.yaml'), join(sourceDir, 'pack.yaml'));
  const built = await buildPack(sourceDir, packDir);
  if (!built.ok) throw new Error(`office-holders pack: ${JSON.stringify(built.errors.slice(0, 5))}`);
  // The sources are only a step on the way; the pack is what is served.
  await rm(sourceDir, { recursive: true, force: true });
  await writeFile(join(outDir, STAMP), stamp);
  return { dir: packDir, manifest: built.manifest, reused: false };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { dir, manifest, reused } = await buildOfficeHoldersPack();
  const records = manifest.shards.reduce((sum, shard) => sum + shard.records, 0);
  process.stdout.write(
    `${reused ? 'up to date' : 'built'}: ${manifest.id} v${manifest.version}, ${records} records in ${dir}\n`,
  );
}
