import { describe, expect, it } from 'vitest';
import type { PageSummary } from '../messaging/page-requests';
import type { TextMatch } from '../messaging/protocol';
import { analyzeArticle } from './analyze';

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
    });
    expect(saved).toBe(0);
  });
});
