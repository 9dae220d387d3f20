import { describe, expect, it } from 'vitest';
import { type ArticleMemory, compileIndex, matchArticle } from '../match';
import type { PageSummary } from '../messaging/page-requests';
import type { TextMatch } from '../messaging/protocol';
import { EntityRecord } from '../schema/records';
import { ArticleBatches, analyzeArticle } from './analyze';

const milley: TextMatch = { kind: 'entity', id: 'mark-milley', block: 0, start: 8, end: 19 };

describe('analyzing an article', () => {
  it('returns the matches and remembers the summary of the asking tab', async () => {
    const summaries = new Map<number, PageSummary>();
    const result = await analyzeArticle(
      { type: 'analyze', url: 'https://news.example/a', blocks: ['General Mark Milley riet Kiew …'] },
      7,
      {
        match: async () => [milley],
        summarize: async (url, matches) => ({
          url,
          articleFound: true,
          entities: matches.map((m) => ({
            id: m.id,
            name: 'Mark Milley',
            type: 'person' as const,
            count: 1,
          })),
          claims: [],
        }),
        saveSummary: async (tabId, summary) => void summaries.set(tabId, summary),
        articles: new ArticleBatches(),
      },
    );
    expect(result.matches).toEqual([milley]);
    expect(summaries.get(7)?.entities.map((e) => e.id)).toEqual(['mark-milley']);
  });

  it('keeps no summary for a request that came from no tab', async () => {
    let saved = 0;
    await analyzeArticle({ type: 'analyze', url: 'https://x', blocks: [] }, undefined, {
      match: async () => [],
      summarize: async () => ({ url: 'x', articleFound: true, entities: [], claims: [] }),
      saveSummary: async () => void saved++,
      articles: new ArticleBatches(),
    });
    expect(saved).toBe(0);
  });

  // Issue 13: a page of more than 2,000 blocks is sent in batches; the full name in the first
  // batch must still support the surname in the second, and the summary must count both.
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
    const summaries = new Map<number, PageSummary>();
    const deps = {
      match: async (blocks: string[], lang: string | undefined, article: ArticleMemory) =>
        matchArticle(blocks, index, { ...(lang ? { lang } : {}), article }),
      summarize: async (url: string, matches: TextMatch[]) => ({
        url,
        articleFound: true,
        entities: [
          { id: 'antony-blinken', name: 'Antony Blinken', type: 'person' as const, count: matches.length },
        ],
        claims: [],
      }),
      saveSummary: async (tabId: number, summary: PageSummary) => void summaries.set(tabId, summary),
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
    expect(summaries.get(3)?.entities[0]?.count).toBe(2);
    // A new first batch is a new article: the context is gone.
    await batch(['Nichts.'], 0);
    expect((await batch(['Blinken sagte nichts.'], 1)).matches).toEqual([]);
  });
});
