import { TabRecord } from './tab-record';

/** The part of `browser.storage.session` the records use. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const keyOf = (tabId: number) => `tab-record:${tabId}`;

/**
 * Each tab's record, in session storage so it outlives a sleeping service worker but not the
 * browser session, and in the worker's memory while it lives. A save returns at once and the
 * write follows: the analysis waited for it before replying, a median 9–16 ms of the reply in
 * Chromium and up to 90 ms (replyfast, 2026-12-08). The popup may ask before the write has
 * landed, so a record this worker saved is answered from memory; a worker woken later reads
 * what the last one wrote.
 */
export class TabRecords {
  private readonly latest = new Map<number, TabRecord>();

  constructor(
    private readonly area: SessionArea,
    private readonly log: (message: string, detail: unknown) => void = (message, detail) =>
      console.error(`Source Context: ${message}`, detail),
  ) {}

  save(tabId: number, record: TabRecord): void {
    this.latest.set(tabId, record);
    this.area.set({ [keyOf(tabId)]: record }).catch((error: unknown) => {
      this.log(`could not keep the record of tab ${tabId}`, error);
    });
  }

  async load(tabId: number): Promise<TabRecord | null> {
    const known = this.latest.get(tabId);
    if (known) return known;
    const parsed = TabRecord.safeParse((await this.area.get(keyOf(tabId)))[keyOf(tabId)]);
    return parsed.success ? parsed.data : null;
  }

  /** The tab was closed. */
  forget(tabId: number): void {
    this.latest.delete(tabId);
    this.area.remove(keyOf(tabId)).catch(() => undefined);
  }
}
