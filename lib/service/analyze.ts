import type { PageSummary } from '../messaging/page-requests';
import type { AnalyzeRequest, AnalyzeResult, TextMatch } from '../messaging/protocol';

/** What analysing an article needs from the knowledge side and the tab summaries. */
export interface AnalyzeDeps {
  match: (blocks: string[], lang: string | undefined) => Promise<TextMatch[]>;
  summarize: (url: string, matches: TextMatch[]) => Promise<PageSummary>;
  saveSummary: (tabId: number, summary: PageSummary) => Promise<void>;
}

/** Matches an article's text and remembers the tab's summary for the popup. */
export async function analyzeArticle(
  request: AnalyzeRequest,
  tabId: number | undefined,
  deps: AnalyzeDeps,
): Promise<AnalyzeResult> {
  const matches = await deps.match(request.blocks, request.lang);
  if (tabId !== undefined) await deps.saveSummary(tabId, await deps.summarize(request.url, matches));
  return { matches };
}
