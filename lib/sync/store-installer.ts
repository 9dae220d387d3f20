import type { PackRecord } from '../schema/records';
import type { KnowledgeDatabase } from '../store/database';
import { installPack, installPackShards, removePack } from '../store/install';
import type { PackInstaller } from './ports';

/**
 * Watches an install's records as they stream to the store (the background compiles its matcher
 * index from them meanwhile): `shards` passes them on, `committed` is called once the new version
 * is swapped in.
 */
export type InstallWatcher = (
  packId: string,
  shards: AsyncIterable<readonly PackRecord[]>,
) => { shards: AsyncIterable<readonly PackRecord[]>; committed: () => Promise<void> };

/** The knowledge store (lib/store) behind the sync engine's installer port. */
export function storeInstaller(db: KnowledgeDatabase, watch?: InstallWatcher): PackInstaller {
  return {
    installedVersion: async (packId) => (await db.packs.get(packId))?.version,
    isSubscribed: async (packId) => (await db.packs.get(packId))?.source === 'subscribed',
    install: (manifest, records, state) =>
      installPack(db, { manifest, records: [...records] }, 'subscribed', { syncState: state }),
    installShards: async (manifest, shards, state) => {
      const watched = watch?.(manifest.id, shards);
      await installPackShards(db, manifest, watched?.shards ?? shards, 'subscribed', { syncState: state });
      await watched?.committed();
    },
    remove: (packId) => removePack(db, packId),
  };
}
