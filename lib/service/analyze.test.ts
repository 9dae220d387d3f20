import { describe, expect, it } from 'vitest';
import { matchEntities } from '../match/skeleton-matcher';
import type { TabSummary } from '../messaging/protocol';
import { analyzeArticle } from './analyze';
import { SKELETON_ENTITIES } from './skeleton-entities';

describe('analyzing an article', () => {
  it('returns the matches and remembers a per-tab summary with mention counts', async () => {
    const summaries = new Map<number, TabSummary>();
    const result = await analyzeArticle(
      {
        type: 'analyze',
        url: 'https://news.example/a',
        blocks: ['General Mark Milley riet Kiew …', 'Milley sagte'],
      },
      7,
      {
        match: async (blocks) => matchEntities(blocks, SKELETON_ENTITIES),
        displayName: async (_kind, id) => SKELETON_ENTITIES.find((e) => e.id === id)?.name ?? id,
        saveSummary: async (tabId, summary) => void summaries.set(tabId, summary),
      },
    );
    expect(result.matches.map((m) => [m.id, m.block, m.start, m.end])).toEqual([
      ['mark-milley', 0, 8, 19],
      ['mark-milley', 1, 0, 6],
    ]);
    expect(summaries.get(7)?.mentions).toEqual([{ id: 'mark-milley', name: 'Mark Milley', count: 2 }]);
  });
});
