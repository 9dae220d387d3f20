import { describe, expect, it } from 'vitest';
import type { TextMatch } from '../messaging/protocol';
import { ArticleBatches, analyzeArticle } from './analyze';
import { type SessionArea, TabRecords } from './tab-records';

/**
 * Session storage whose writes are started by the worker's next tasks (`next()`) and land only
 * when `land()` is called, as a slow browser's would; `writes` counts the calls to `set`.
 */
function slowSession() {
  const stored = new Map<string, unknown>();
  const tasks: (() => void)[] = [];
  const pending: (() => void)[] = [];
  const session = {
    stored,
    writes: 0,
    area: {
      get: async (key) => (stored.has(key) ? { [key]: stored.get(key) } : {}),
      set: (items) => {
        session.writes += 1;
        return new Promise<void>((resolve) => {
          pending.push(() => {
            for (const [key, value] of Object.entries(items)) stored.set(key, value);
            resolve();
          });
        });
      },
      remove: async (key) => void stored.delete(key),
    } satisfies SessionArea,
    records: () => new TabRecords(session.area, undefined, (task) => void tasks.push(task)),
    next: () => {
      for (const task of tasks.splice(0)) task();
    },
    land: async () => {
      session.next();
      for (const write of pending.splice(0)) write();
      await Promise.resolve();
    },
  };
  return session;
}

const milley: TextMatch = { kind: 'entity', id: 'mark-milley', block: 0, start: 8, end: 19 };
const analyze = (records: TabRecords, tabId: number, url: string) =>
  analyzeArticle({ type: 'analyze', url, blocks: ['General Mark Milley said …'] }, tabId, {
    match: async () => [milley],
    saveRecord: (tab, record) => records.save(tab, record),
    articles: new ArticleBatches(),
  });

describe('the tabs’ records', () => {
  // The analysis once waited for session storage before replying: a median 9–16 ms of the
  // reply in Chromium, up to 90 ms (replyfast, 2026-12-08).
  it('do not hold the marks back, and the popup sees them before the write has landed', async () => {
    const session = slowSession();
    const records = session.records();
    expect((await analyze(records, 4, 'https://news.example/a')).matches).toEqual([milley]);
    // Not even begun: the call alone took 6.5 ms of the worker's CPU per page.
    expect(session.writes).toBe(0);
    expect(await records.load(4)).toEqual({
      url: 'https://news.example/a',
      articleFound: true,
      marks: [{ kind: 'entity', id: 'mark-milley', count: 1 }],
    });
  });

  it('are read from session storage by a worker woken later', async () => {
    const session = slowSession();
    await analyze(session.records(), 4, 'https://news.example/a');
    await session.land();
    const woken = new TabRecords(session.area);
    expect((await woken.load(4))?.url).toBe('https://news.example/a');
    expect(await woken.load(5)).toBeNull();
  });

  it('answer the latest page of a tab, not an earlier write still under way', async () => {
    const session = slowSession();
    const records = session.records();
    await analyze(records, 4, 'https://news.example/a');
    session.next();
    const home = { url: 'https://news.example/', articleFound: false, marks: [] };
    records.save(4, { ...home, notArticleReason: 'index-page' });
    expect(await records.load(4)).toMatchObject(home);
    await session.land();
    expect(session.writes).toBe(2);
    expect(await new TabRecords(session.area).load(4)).toMatchObject(home);
  });

  it('are written once for the batches that came in one go', async () => {
    const session = slowSession();
    const records = session.records();
    await analyze(records, 4, 'https://news.example/a');
    await analyze(records, 4, 'https://news.example/b');
    await session.land();
    expect(session.writes).toBe(1);
    expect(await new TabRecords(session.area).load(4)).toMatchObject({ url: 'https://news.example/b' });
  });

  it('are gone when the tab closes, also one whose write had not begun', async () => {
    const session = slowSession();
    const records = session.records();
    await analyze(records, 4, 'https://news.example/a');
    await session.land();
    await analyze(records, 4, 'https://news.example/b');
    records.forget(4);
    await session.land();
    expect(await records.load(4)).toBeNull();
    expect(await new TabRecords(session.area).load(4)).toBeNull();
  });

  it('log a write that failed and still answer from memory', async () => {
    const logged: string[] = [];
    const records = new TabRecords(
      {
        get: async () => ({}),
        set: async () => {
          throw new Error('QUOTA_BYTES quota exceeded');
        },
        remove: async () => undefined,
      },
      (message) => void logged.push(message),
    );
    await analyze(records, 4, 'https://news.example/a');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(logged).toEqual(['could not keep the record of tab 4']);
    expect((await records.load(4))?.url).toBe('https://news.example/a');
  });

  it('ignore what is not a record in session storage', async () => {
    const records = new TabRecords({
      get: async (key) => ({ [key]: { url: 'https://news.example/a', marks: 'many' } }),
      set: async () => undefined,
      remove: async () => undefined,
    });
    expect(await records.load(4)).toBeNull();
  });
});
