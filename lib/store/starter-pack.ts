import type { FetchPackFile } from '../pack/read-pack';
import { readManifest } from '../pack/read-pack';
import type { KnowledgeDatabase } from './database';
import { type InstallResult, installPackFrom } from './install';

export type StarterInstallResult =
  | InstallResult
  | { ok: true; packId: string; version: number; upToDate: true };

/**
 * Installs the starter pack shipped inside the extension when it is missing or older than the
 * shipped one. Needs no network: in the extension `fetchFile` reads
 * `browser.runtime.getURL('/packs/starter/' + path)`. Only the manifest is read when the
 * installed version is current, so this is cheap on every service-worker start.
 */
export async function installStarterPack(
  db: KnowledgeDatabase,
  fetchFile: FetchPackFile,
): Promise<StarterInstallResult> {
  const read = await readManifest(fetchFile);
  if (!read.ok) return read;
  const installed = await db.packs.get(read.manifest.id);
  if (installed && installed.version >= read.manifest.version) {
    return { ok: true, packId: installed.id, version: installed.version, upToDate: true };
  }
  return installPackFrom(db, fetchFile, { source: 'starter' });
}
