/**
 * Notices when a page's article may have changed: text arriving late, content replaced by a
 * framework, single-page navigation. One MutationObserver whose callback only queues; the
 * re-analysis runs after the page has been quiet for a moment (debounced), at most every
 * MAX_WAIT_MS while it keeps changing — longer and longer on a page that never stops (ads,
 * live tickers, endless feeds) — and at most MAX_RUNS_PER_URL times per address.
 */

const QUIET_MS = 300;
const MAX_WAIT_MS = 1_500;
/** After this many runs for one address, each further one waits twice as long as the last. */
const RUNS_BEFORE_BACKOFF = 3;
const MAX_BACKOFF_MS = 30_000;
const MAX_RUNS_PER_URL = 20;

type ChangeReason = 'mutation' | 'navigation';

export class ChangeWatcher {
  private readonly observer: MutationObserver;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private firstQueued = 0;
  private queued: ChangeReason | undefined;
  private url: string;
  private runs = 0;
  private listening: AbortController | undefined;

  constructor(
    private readonly doc: Document,
    /** The parts of the page whose changes matter; none means any added content matters. */
    private readonly watched: () => readonly Element[],
    private readonly onChange: () => void,
  ) {
    this.url = doc.URL;
    this.observer = new MutationObserver((records) => {
      // Once a run is queued, any further change only pushes it back (debounce): no test needed.
      if (this.queued !== undefined || this.matters(records)) this.queue('mutation');
    });
  }

  start(): void {
    if (this.listening) return;
    this.listening = new AbortController();
    const { signal } = this.listening;
    this.observer.observe(this.doc.documentElement, { childList: true, subtree: true, characterData: true });
    const view = this.doc.defaultView;
    view?.addEventListener('popstate', () => this.queue('navigation'), { signal });
    // The Navigation API sees pushState/replaceState too, which no event reports otherwise;
    // where it is missing, the URL check on every queued change catches them.
    const navigation = (view as (Window & { navigation?: EventTarget }) | null)?.navigation;
    navigation?.addEventListener('navigatesuccess', () => this.queue('navigation'), { signal });
  }

  stop(): void {
    this.observer.disconnect();
    this.listening?.abort();
    this.listening = undefined;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.queued = undefined;
  }

  /** Drops the changes the extension made itself (the fallback painter's elements). */
  forgetOwnChanges(): void {
    this.observer.takeRecords();
  }

  private matters(records: MutationRecord[]): boolean {
    const roots = this.watched();
    if (roots.length === 0) return records.some((record) => record.addedNodes.length > 0);
    if (roots.some((root) => !root.isConnected)) return true;
    return records.some((record) => roots.some((root) => root.contains(record.target)));
  }

  private queue(reason: ChangeReason): void {
    if (this.queued !== 'navigation') this.queued = reason;
    const now = performance.now();
    if (this.timer === undefined) this.firstQueued = now;
    clearTimeout(this.timer);
    const backoff =
      this.runs > RUNS_BEFORE_BACKOFF
        ? Math.min(MAX_BACKOFF_MS, MAX_WAIT_MS * 2 ** (this.runs - RUNS_BEFORE_BACKOFF))
        : 0;
    // After QUIET_MS without changes, but not before the back-off and not after the longest wait.
    const latest = this.firstQueued + Math.max(MAX_WAIT_MS, backoff);
    const fireAt =
      reason === 'navigation'
        ? now + QUIET_MS
        : Math.min(latest, Math.max(now + QUIET_MS, this.firstQueued + backoff));
    const wait = fireAt - now;
    this.timer = setTimeout(() => this.flush(), wait);
  }

  private flush(): void {
    this.timer = undefined;
    let reason = this.queued ?? 'mutation';
    this.queued = undefined;
    if (this.doc.URL !== this.url) {
      this.url = this.doc.URL;
      reason = 'navigation';
    }
    if (reason === 'navigation') this.runs = 0;
    if (++this.runs > MAX_RUNS_PER_URL) return;
    this.onChange();
  }
}
