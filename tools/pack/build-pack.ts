import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { assemblePack, manifestBytes } from '../../lib/pack/assemble-pack';
import type { PackError } from '../../lib/pack/errors';
import { MANIFEST_FILE, readPack } from '../../lib/pack/read-pack';
import { checkRecordSet } from '../../lib/pack/record-set';
import { PrivateKeyFile, signManifest } from '../../lib/pack/signature';
import type { PackManifest } from '../../lib/schema/manifest';
import { readKeyFile } from './key-files';
import { readPackSource } from './read-source';

export type BuildResult = { ok: true; manifest: PackManifest } | { ok: false; errors: PackError[] };

/** Removes what an earlier build wrote, so a pack that shrank leaves no stray shards behind. */
async function clearBuildOutput(outDir: string): Promise<void> {
  await mkdir(outDir, { recursive: true });
  for (const entry of await readdir(outDir)) {
    if (entry === MANIFEST_FILE || entry.endsWith('.ndjson')) await rm(join(outDir, entry));
  }
}

/**
 * Source folder → pack folder. Deterministic: the same sources give the same bytes (records
 * sorted, canonical JSON, no timestamps). The built pack is verified in memory before anything
 * is written, so a build never leaves a pack that `verify` would reject.
 */
export async function buildPack(sourceDir: string, outDir: string, keyFile?: string): Promise<BuildResult> {
  const source = await readPackSource(sourceDir);
  if (!source.ok) return source;
  const setErrors = checkRecordSet(source.records);
  if (setErrors.length > 0) return { ok: false, errors: setErrors };
  if (source.records.length === 0) {
    return { ok: false, errors: [{ file: sourceDir, where: '1', reason: 'holds no records' }] };
  }
  const key = keyFile === undefined ? undefined : await readKeyFile(keyFile, PrivateKeyFile);
  if (key && !key.ok) return key;
  const assembled = await assemblePack(
    source.meta,
    source.records.map((located) => located.record),
  );
  const manifest = key ? await signManifest(assembled.manifest, key.value) : assembled.manifest;
  const files = new Map([...assembled.shards, [MANIFEST_FILE, manifestBytes(manifest)]]);
  const check = await readPack(
    async (path) => {
      const bytes = files.get(path);
      if (!bytes) throw new Error('not written by the build');
      return bytes;
    },
    key ? { publicKey: key.value.publicKey } : {},
  );
  if (!check.ok) return check;
  await clearBuildOutput(outDir);
  for (const [path, bytes] of files) await writeFile(join(outDir, path), bytes);
  return { ok: true, manifest };
}
