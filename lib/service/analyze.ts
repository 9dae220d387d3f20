import { ArticleMemory } from '../match';
import type { PageSummary } from '../messaging/page-requests';
import type { AnalyzeRequest, AnalyzeResult, TextMatch } from '../messaging/protocol';

/** What analysing an article needs from the knowledge side and the tab summaries. */
export interface AnalyzeDeps {
  match: (blocks: string[], lang: string | undefined, article: ArticleMemory) => Promise<TextMatch[]>;
  summarize: (url: string, matches: TextMatch[]) => Promise<PageSummary>;
  saveSummary: (tabId: number, summary: PageSummary) => Promise<void>;
  /** Articles whose batches are still arriving, per tab. */
  articles: ArticleBatches;
}

interface ArticleInProgress {
  url: string;
  memory: ArticleMemory;
  /** The matches of the batches so far, for the tab's summary. */
  matches: TextMatch[];
}

/**
 * A long article arrives in batches (the content script sends at most 2,000 blocks at a time):
 * the context of the earlier batches ("Antony Blinken" named in the first) and their matches
 * are kept per tab until the last batch, so a surname in a later batch keeps its evidence and the
 * summary counts every batch, not only the last (issue 13). Held in the worker's memory: if the
 * worker sleeps between two batches, the next starts afresh.
 */
export class ArticleBatches {
  private readonly byTab = new Map<number, ArticleInProgress>();

  /** The article this batch belongs to: a first batch, another page or a lost one starts anew. */
  take(tabId: number | undefined, request: AnalyzeRequest): ArticleInProgress {
    const known = tabId === undefined ? undefined : this.byTab.get(tabId);
    const part = request.part ?? { index: 0, count: 1 };
    const article =
      known && part.index > 0 && known.url === request.url
        ? known
        : { url: request.url, memory: new ArticleMemory(), matches: [] };
    if (tabId === undefined) return article;
    if (part.index + 1 < part.count) this.byTab.set(tabId, article);
    else this.byTab.delete(tabId);
    return article;
  }
}

/** Matches an article's text (or one batch of it) and remembers the tab's summary for the popup. */
export async function analyzeArticle(
  request: AnalyzeRequest,
  tabId: number | undefined,
  deps: AnalyzeDeps,
): Promise<AnalyzeResult> {
  const article = deps.articles.take(tabId, request);
  const matches = await deps.match(request.blocks, request.lang, article.memory);
  article.matches.push(...matches);
  if (tabId !== undefined) await deps.saveSummary(tabId, await deps.summarize(request.url, article.matches));
  return { matches };
}
