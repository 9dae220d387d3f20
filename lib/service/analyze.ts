import type { AnalyzeRequest, AnalyzeResult, TabSummary, TextMatch } from '../messaging/protocol';

/** What analysing an article needs from the knowledge side. */
export interface AnalyzeDeps {
  match: (blocks: string[], lang: string | undefined) => Promise<TextMatch[]>;
  displayName: (kind: TextMatch['kind'], id: string) => Promise<string>;
  saveSummary: (tabId: number, summary: TabSummary) => Promise<void>;
}

/** Counts mentions per entity in the order they first appear. */
function countMentions(matches: TextMatch[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const match of matches)
    if (match.kind === 'entity') counts.set(match.id, (counts.get(match.id) ?? 0) + 1);
  return counts;
}

export async function analyzeArticle(
  request: AnalyzeRequest,
  tabId: number | undefined,
  deps: AnalyzeDeps,
): Promise<AnalyzeResult> {
  const matches = await deps.match(request.blocks, request.lang);
  if (tabId !== undefined) {
    const mentions = await Promise.all(
      [...countMentions(matches)].map(async ([id, count]) => ({
        id,
        count,
        name: await deps.displayName('entity', id),
      })),
    );
    await deps.saveSummary(tabId, { url: request.url, articleFound: true, mentions });
  }
  return { matches };
}
