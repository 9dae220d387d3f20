import Dexie, { type ObservabilitySet } from 'dexie';
import type { KnowledgeDatabase } from './database';
import { dataVersion } from './queries';

/**
 * The store's data version, read once and then known until a committed write touches `meta`,
 * where every change of packs or own entities bumps it in its own transaction
 * (`bumpDataVersion`). Reading it for every analysis cost a median 3.4–4.8 ms before the
 * matcher could start in Chromium's worker, up to 150 ms when IndexedDB was busy (replyfast,
 * 2026-12-08).
 *
 * Dexie reports each committed write transaction's tables (`storagemutated`) before the code
 * awaiting it goes on, so once an install or a save has returned, the next call reads the new
 * version; writes from other contexts of the origin arrive over Dexie's BroadcastChannel (only
 * the background writes the store today). A read that was under way while a write committed
 * may return the old version to its caller, as a read just before the write would have, but is
 * not kept.
 */
export class DataVersionCache {
  private known?: number;
  /** Counts the writes seen, so a read that overlapped one is not kept. */
  private writes = 0;
  private readonly metaPart: string;

  constructor(private readonly db: KnowledgeDatabase) {
    this.metaPart = `idb://${db.name}/meta/`;
    Dexie.on('storagemutated', (parts) => this.changed(parts));
  }

  async current(): Promise<number> {
    if (this.known !== undefined) return this.known;
    const writes = this.writes;
    const version = await dataVersion(this.db);
    if (writes === this.writes) this.known = version;
    return version;
  }

  /** Parts name `idb://<database>/<table>/<index>`; anything else (Dexie's "all") may be any table. */
  private changed(parts: ObservabilitySet): void {
    const touchesMeta = Object.keys(parts).some(
      (part) => part.startsWith(this.metaPart) || !part.startsWith('idb://'),
    );
    if (!touchesMeta) return;
    this.known = undefined;
    this.writes += 1;
  }
}
