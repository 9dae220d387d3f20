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
 * browser session, and in the worker's memory while it lives. The reply to an analysis waits for
 * neither: it waited for the write, a median 9–16 ms of the reply in Chromium and up to 90 ms,
 * and the write's call alone (`storage.session.set`, before it returns its promise) takes 6.5 ms
 * of the worker's CPU per page, so it runs in a task after the reply, once per tab however many
 * batches came meanwhile (replyfast, 2026-12-08). The popup may ask before the write has landed,
 * so a record this worker saved is answered from memory; a worker woken later reads what the
 * last one wrote.
 */
export class TabRecords {
  private readonly latest = new Map<number, TabRecord>();
  /** Tabs whose latest record is still to be written. */
  private readonly unwritten = new Set<number>();

  constructor(
    private readonly area: SessionArea,
    private readonly log: (message: string, detail: unknown) => void = (message, detail) =>
      console.error(`Source Context: ${message}`, detail),
    /** Runs a write after the current task, i.e. after the reply has been sent. */
    private readonly later: (write: () => void) => void = (write) => void setTimeout(write, 0),
  ) {}

  save(tabId: number, record: TabRecord): void {
    this.latest.set(tabId, record);
    if (this.unwritten.has(tabId)) return;
    this.unwritten.add(tabId);
    this.later(() => this.write(tabId));
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
    this.unwritten.delete(tabId);
    this.area.remove(keyOf(tabId)).catch(() => undefined);
  }

  private write(tabId: number): void {
    const record = this.latest.get(tabId);
    if (!this.unwritten.delete(tabId) || !record) return;
    this.area.set({ [keyOf(tabId)]: record }).catch((error: unknown) => {
      this.log(`could not keep the record of tab ${tabId}`, error);
    });
  }
}
