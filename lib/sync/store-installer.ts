import type { KnowledgeDatabase } from '../store/database';
import { installPack, installPackShards, removePack } from '../store/install';
import type { PackInstaller } from './ports';

/** The knowledge store (lib/store) behind the sync engine's installer port. */
export function storeInstaller(db: KnowledgeDatabase): PackInstaller {
  return {
    installedVersion: async (packId) => (await db.packs.get(packId))?.version,
    isSubscribed: async (packId) => (await db.packs.get(packId))?.source === 'subscribed',
    install: (manifest, records) => installPack(db, { manifest, records: [...records] }, 'subscribed'),
    installShards: (manifest, shards) => installPackShards(db, manifest, shards, 'subscribed'),
    remove: (packId) => removePack(db, packId),
  };
}
