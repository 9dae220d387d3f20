import type { KnowledgeDatabase } from '../store/database';
import { deleteOwnEntity, getNote, listNotes, listOwnEntities, putOwnData, setNote } from '../store/own-data';
import { packsSummary } from '../store/queries';
import type { OwnDataStore } from './page-handlers';

/** Per-pack sync status, from the sync service; the starter pack has none. */
export type PackStatuses = () => Promise<
  Map<string, { lastSync?: string; status: 'ok' | 'syncing' | 'error'; error?: string }>
>;

/** The Dexie store seen through the interface the option page's handlers use. */
export function ownDataStore(
  db: KnowledgeDatabase,
  displayName: (id: string) => Promise<string | undefined>,
  packStatuses: PackStatuses,
): OwnDataStore {
  return {
    listPacks: async () => {
      const statuses = await packStatuses();
      return (await packsSummary(db)).map((pack) => {
        const sync = statuses.get(pack.id);
        return {
          id: pack.id,
          name: pack.name,
          source: pack.source,
          version: pack.version,
          published: pack.published,
          records: pack.records,
          status: sync?.status ?? 'ok',
          ...(sync?.lastSync ? { lastSync: sync.lastSync } : {}),
          ...(sync?.error ? { error: sync.error } : {}),
        };
      });
    },
    listOwnEntities: () => listOwnEntities(db),
    deleteOwnEntity: (id) => deleteOwnEntity(db, id),
    listNotes: () => listNotes(db),
    getNote: async (kind, id) => {
      const note = await getNote(db, id);
      return note?.kind === kind ? note : undefined;
    },
    deleteNote: async (kind, id) => void (await setNote(db, { kind, id }, '')),
    putOwnData: (data) => putOwnData(db, data),
    displayName: (_kind, id) => displayName(id),
  };
}
