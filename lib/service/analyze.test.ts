import { describe, expect, it } from 'vitest';
import { type ArticleMemory, compileIndex, matchArticle } from '../match';
import type { TextMatch } from '../messaging/protocol';
import { EntityRecord } from '../schema/records';
import { ArticleBatches, analyzeArticle } from './analyze';
import type { TabRecord } from './tab-record';

const milley: TextMatch = { kind: 'entity', id: 'mark-milley', block: 0, start: 8, end: 19 };

describe('analyzing an article', () => {
  it('returns the matches and records the asking tab’s marks', async () => {
    const records = new Map<number, TabRecord>();
    const result = await analyzeArticle(
      { type: 'analyze', url: 'https://news.example/a', blocks: ['General Mark Milley riet Kiew …'] },
      7,
      {
        match: async () => [milley],
        saveRecord: (tabId, record) => void records.set(tabId, record),
        articles: new ArticleBatches(),
      },
    );
    expect(result.matches).toEqual([milley]);
    expect(records.get(7)?.marks).toEqual([{ kind: 'entity', id: 'mark-milley', count: 1 }]);
  });

  it('keeps no record for a request that came from no tab', async () => {
    let saved = 0;
    await analyzeArticle({ type: 'analyze', url: 'https://x', blocks: [] }, undefined, {
      match: async () => [],
      saveRecord: () => void saved++,
      articles: new ArticleBatches(),
    });
    expect(saved).toBe(0);
  });

  // Issue 13: a page of more than 2,000 blocks is sent in batches; the full name in the first
  // batch must still support the surname in the second, and the tab's record must count both.
  it('keeps the article-wide context and one summary across the batches of a long page', async () => {
    const index = compileIndex(
      [
        EntityRecord.parse({
          kind: 'entity',
          id: 'antony-blinken',
          type: 'person',
          name: 'Antony Blinken',
          names: { en: ['Antony Blinken'] },
          shortNames: { en: ['Blinken'] },
        }),
      ],
      [],
    );
    const records = new Map<number, TabRecord>();
    const deps = {
      match: async (blocks: string[], lang: string | undefined, article: ArticleMemory) =>
        matchArticle(blocks, index, { ...(lang ? { lang } : {}), article }),
      saveRecord: (tabId: number, record: TabRecord) => void records.set(tabId, record),
      articles: new ArticleBatches(),
    };
    const url = 'https://news.example/long';
    const batch = (blocks: string[], index: number) =>
      analyzeArticle({ type: 'analyze', url, lang: 'de', blocks, part: { index, count: 2 } }, 3, deps);
    expect((await batch(['Antony Blinken reiste nach Kiew.'], 0)).matches).toHaveLength(1);
    const second = await batch(['Blinken sagte nichts.'], 1);
    expect(second.matches.map((match) => [match.alias, match.evidence])).toEqual([
      ['Blinken', 'full name in article'],
    ]);
    expect(records.get(3)?.marks).toEqual([{ kind: 'entity', id: 'antony-blinken', count: 2 }]);
    // A new first batch is a new article: the context is gone.
    await batch(['Nichts.'], 0);
    expect((await batch(['Blinken sagte nichts.'], 1)).matches).toEqual([]);
  });
});
