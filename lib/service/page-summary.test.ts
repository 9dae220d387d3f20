import { describe, expect, it } from 'vitest';
import type { TextMatch } from '../messaging/protocol';
import { EntityRecord } from '../schema/records';
import { KnowledgeDatabase } from '../store/database';
import { ArticleBatches, analyzeArticle } from './analyze';
import { Knowledge } from './knowledge';
import { buildPageSummary } from './page-summary';
import type { TabRecord } from './tab-record';

/**
 * The popup's summary, built from the tab's record when the popup asks (issue 15, finding 12):
 * a real store on fake-indexeddb with one outlet the reader added, a local paper.
 */
async function storeWithLocalPaper(): Promise<Knowledge> {
  const db = new KnowledgeDatabase(`summary-${crypto.randomUUID()}`);
  const record = EntityRecord.parse({
    kind: 'entity',
    id: 'local-paper',
    type: 'organization',
    name: 'Local Paper',
    outlet: { domains: ['localpaper.example'], notes: [] },
  });
  await db.ownEntities.add({
    id: record.id,
    record,
    domains: ['localpaper.example'],
    updated: '2026-12-01T00:00:00Z',
  });
  return new Knowledge(db);
}

const mention = (block: number): TextMatch => ({
  kind: 'entity',
  id: 'local-paper',
  block,
  start: 0,
  end: 11,
});

describe('the tab summary', () => {
  // The finding: the outlet was looked up only for articles, so a paper's front page showed none.
  it('shows the outlet on a page of a known outlet that is not an article', async () => {
    const summary = await buildPageSummary(
      {
        url: 'https://www.localpaper.example/',
        articleFound: false,
        notArticleReason: 'index-page',
        marks: [],
      },
      await storeWithLocalPaper(),
    );
    expect(summary).toMatchObject({
      articleFound: false,
      notArticleReason: 'index-page',
      outlet: { id: 'local-paper', name: 'Local Paper' },
      entities: [],
    });
  });

  // The finding: each batch of a long article waited for a lookup per entity and claim before
  // its marks came back. Now a batch only counts marks; the names are looked up when asked.
  it('counts the marks of every batch without a lookup, and names them when the popup asks', async () => {
    const knowledge = await storeWithLocalPaper();
    const records = new Map<number, TabRecord>();
    const deps = {
      match: async (blocks: string[]) => blocks.map((_, block) => mention(block)),
      saveRecord: (tabId: number, record: TabRecord) => void records.set(tabId, record),
      articles: new ArticleBatches(),
    };
    const url = 'https://www.localpaper.example/2026/12/07/council';
    for (const [index, blocks] of [
      ['Local Paper reports.'],
      ['Local Paper again.', 'And again.'],
    ].entries()) {
      const reply = await analyzeArticle(
        { type: 'analyze', url, blocks, part: { index, count: 2 } },
        5,
        deps,
      );
      expect(reply.matches).toHaveLength(blocks.length);
    }
    expect(records.get(5)).toEqual({
      url,
      articleFound: true,
      marks: [{ kind: 'entity', id: 'local-paper', count: 3 }],
    });
    const summary = await buildPageSummary(records.get(5) as TabRecord, knowledge);
    expect(summary.entities).toEqual([
      { id: 'local-paper', name: 'Local Paper', type: 'organization', count: 3 },
    ]);
    expect(summary.outlet?.name).toBe('Local Paper');
  });
});
